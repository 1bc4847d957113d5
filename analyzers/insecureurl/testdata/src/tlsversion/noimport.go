package tlsversion

// This file does not import crypto/tls: a finding, but no fix.
func raw(c *cfg) {
	c.MinVersion = 0x0301 // want `TLS 1.0 allowed on a client used for ZoomInfo; require tls.VersionTLS12 or higher`
}
