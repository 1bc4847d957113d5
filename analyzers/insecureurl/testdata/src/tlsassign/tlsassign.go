// Package tlsassign weakens TLS by assigning fields, in ZoomInfo context.
package tlsassign

import (
	"crypto/tls"
	"net/http"
)

const baseURL = "https://api.zoominfo.com"

type wrapped struct {
	tls.Config
}

func pointer() *tls.Config {
	c := &tls.Config{}
	c.InsecureSkipVerify = true // want `TLS certificate verification disabled on a client used for ZoomInfo; remove InsecureSkipVerify`
	return c
}

func value() tls.Config {
	var c tls.Config
	c.InsecureSkipVerify = true // want `TLS certificate verification disabled`
	return c
}

func nested() *http.Transport {
	tr := &http.Transport{TLSClientConfig: &tls.Config{}}
	tr.TLSClientConfig.InsecureSkipVerify = true // want `TLS certificate verification disabled`
	return tr
}

func embedded(w *wrapped) {
	w.InsecureSkipVerify = true // want `TLS certificate verification disabled`
}

func configured(c *tls.Config, skip bool) {
	c.InsecureSkipVerify = skip // want `TLS certificate verification can be disabled by configuration \(skip\) on a client used for ZoomInfo`
}

func reads(c *tls.Config) bool {
	if c.InsecureSkipVerify {
		return true
	}
	x := c.InsecureSkipVerify
	_ = x
	return c.InsecureSkipVerify
}

func off(c *tls.Config) {
	c.InsecureSkipVerify = false
}

type other struct{ InsecureSkipVerify bool }

func notTLS(o *other) {
	o.InsecureSkipVerify = true
}
