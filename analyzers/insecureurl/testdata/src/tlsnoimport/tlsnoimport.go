// Package tlsnoimport reaches a tls.Config without importing crypto/tls.
package tlsnoimport

import "net/http"

const baseURL = "https://api.zoominfo.com"

func transport() *http.Transport {
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.TLSClientConfig.InsecureSkipVerify = true // want `TLS certificate verification disabled on a client used for ZoomInfo`
	tr.TLSClientConfig.MinVersion = 0x0301       // want `TLS 1.0 allowed on a client used for ZoomInfo; require tls.VersionTLS12 or higher`
	return tr
}
