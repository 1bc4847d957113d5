// Package zihosts exports the constants that other testdata packages
// build URLs from.
package zihosts

const (
	Scheme   = "http"
	Host     = "api.zoominfo.com"
	HTTPBase = "http://api.zoominfo.com" // want `plain-http ZoomInfo URL "http://api.zoominfo.com"`
)
