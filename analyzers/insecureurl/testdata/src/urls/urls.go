// Package urls holds plain-http ZoomInfo URLs written as literals and
// constants.
package urls

import "net/http"

const base = "http://api.zoominfo.com" // want `plain-http ZoomInfo URL "http://api.zoominfo.com": credentials and data cross the network unencrypted; use https`

const secureBase = "https://api.zoominfo.com"

// The constant was reported at its declaration; using it is not a new
// occurrence.
var searchURL = base + "/search/contact"

func get() (*http.Response, error) {
	return http.Get("http://api.zoominfo.com/search/company") // want `plain-http ZoomInfo URL "http://api.zoominfo.com/…"`
}

func upper() string {
	return "HTTP://login.zoominfo.com/authenticate" // want `plain-http ZoomInfo URL`
}

func baseURL() string {
	return "http://api.zoominfo.com" // want `plain-http ZoomInfo URL`
}

func secureURL() string {
	return "https://api.zoominfo.com"
}

func raw() string {
	return `http://mcp.zoominfo.com/v1` // want `plain-http ZoomInfo URL "http://mcp.zoominfo.com/…"`
}

// The key in the query and the password in the userinfo are not shown.
func masked() string {
	return "http://user:pw@api.zoominfo.com/enrich?key=abcdef0123" // want `plain-http ZoomInfo URL "http://api.zoominfo.com/…\?…":`
}

var _ = []string{searchURL, secureBase, secureURL(), upper(), raw(), masked()}
