// Package notcontext never talks to ZoomInfo: its TLS settings are left
// to general-purpose linters.
package notcontext

import "crypto/tls"

const internalURL = "https://metrics.internal.example"

func client() *tls.Config {
	c := &tls.Config{InsecureSkipVerify: true, MinVersion: tls.VersionTLS10}
	c.InsecureSkipVerify = true
	return c
}
