// Package tlsconfig weakens TLS in composite literals, in ZoomInfo context.
package tlsconfig

import (
	"crypto/tls"
	"net/http"
)

const baseURL = "https://api.zoominfo.com"

type config struct{ SkipVerify bool }

func client() *http.Client {
	return &http.Client{Transport: &http.Transport{
		TLSClientConfig: &tls.Config{InsecureSkipVerify: true}, // want `TLS certificate verification disabled on a client used for ZoomInfo; remove InsecureSkipVerify`
	}}
}

func multiLine() *tls.Config {
	return &tls.Config{
		MinVersion:         tls.VersionTLS12,
		InsecureSkipVerify: true, // want `TLS certificate verification disabled`
	}
}

func first() tls.Config {
	return tls.Config{
		InsecureSkipVerify: true, // want `TLS certificate verification disabled`
		ServerName:         "api.zoominfo.com",
	}
}

func fromConfig(cfg config) *tls.Config {
	return &tls.Config{InsecureSkipVerify: cfg.SkipVerify} // want `TLS certificate verification can be disabled by configuration \(cfg.SkipVerify\) on a client used for ZoomInfo; make sure it is never set in production`
}

func verified() *tls.Config {
	return &tls.Config{InsecureSkipVerify: false, MinVersion: tls.VersionTLS13}
}
