// Package tlsversion allows TLS versions below 1.2, in ZoomInfo context.
package tlsversion

import (
	stdtls "crypto/tls"
)

const baseURL = "https://api.zoominfo.com"

func literal() *stdtls.Config {
	return &stdtls.Config{MinVersion: stdtls.VersionTLS10} // want `TLS 1.0 allowed on a client used for ZoomInfo; require stdtls.VersionTLS12 or higher`
}

func number() *stdtls.Config {
	return &stdtls.Config{MinVersion: 0x0302} // want `TLS 1.1 allowed`
}

func ssl() *stdtls.Config {
	return &stdtls.Config{MinVersion: stdtls.VersionSSL30} // want `SSL 3.0 allowed`
}

func maxVersion() *stdtls.Config {
	return &stdtls.Config{MaxVersion: stdtls.VersionTLS11} // want `TLS capped at TLS 1.1 on a client used for ZoomInfo; allow stdtls.VersionTLS12`
}

func assigned(c *stdtls.Config) {
	c.MinVersion = stdtls.VersionTLS11 // want `TLS 1.1 allowed`
}

func fine(c *stdtls.Config) *stdtls.Config {
	c.MinVersion = stdtls.VersionTLS13
	return &stdtls.Config{MinVersion: stdtls.VersionTLS12, MaxVersion: stdtls.VersionTLS13}
}

func unset() *stdtls.Config {
	return &stdtls.Config{}
}

// cfg lets noimport.go name the type without importing crypto/tls.
type cfg = stdtls.Config
