// Package sprintf builds plain-http ZoomInfo URLs with fmt.Sprintf.
package sprintf

import "fmt"

const zoomHost = "api.zoominfo.com"

const schemeName = "http"

func search() string {
	return fmt.Sprintf("http://%s/search", zoomHost) // want `plain-http ZoomInfo URL "http://api.zoominfo.com/…"`
}

func schemeArg() string {
	return fmt.Sprintf("%s://api.zoominfo.com", "http") // want `plain-http ZoomInfo URL "http://api.zoominfo.com"`
}

func regional(region string, id int) string {
	return fmt.Sprintf("http://%s.zoominfo.com/company/%d", region, id) // want `plain-http ZoomInfo URL "http://….zoominfo.com/…"`
}

// The format is a URL with holes: reported once, at the call.
func formatAlone(id int) string {
	return fmt.Sprintf("http://api.zoominfo.com/contact/%d", id) // want `plain-http ZoomInfo URL "http://api.zoominfo.com/…"`
}

// The scheme comes from a constant declared elsewhere: a finding, no fix.
func schemeConst() string {
	return fmt.Sprintf("%s://%s", schemeName, zoomHost) // want `plain-http ZoomInfo URL "http://api.zoominfo.com"`
}

func percent() string {
	return fmt.Sprintf("http://%s/q?x=100%%", zoomHost) // want `plain-http ZoomInfo URL "http://api.zoominfo.com/…\?…"`
}

func secure(path string) string {
	return fmt.Sprintf("https://%s/%s", zoomHost, path)
}

func unknownHost(h string) string {
	return fmt.Sprintf("http://%s/search", h)
}

func unknownScheme(s string) string {
	return fmt.Sprintf("%s://api.zoominfo.com", s)
}
