// Package concat builds plain-http ZoomInfo URLs by concatenation.
package concat

import (
	"fmt"

	"zihosts"
)

const host = "api.zoominfo.com"

const scheme = "http://"

// Constant-folded: no part alone is the URL, so the whole is reported.
const folded = "http://" + host // want `plain-http ZoomInfo URL "http://api.zoominfo.com"`

// Using the folded constant is not a new occurrence.
var search = folded + "/search"

// The scheme comes from a constant declared elsewhere: a finding, no fix.
var viaScheme = scheme + host // want `plain-http ZoomInfo URL "http://api.zoominfo.com"`

func regional(region string) string {
	return "http://" + region + ".zoominfo.com/enrich" // want `plain-http ZoomInfo URL "http://….zoominfo.com/…"`
}

func parens(path string) string {
	return ("http://" + host) + path // want `plain-http ZoomInfo URL "http://api.zoominfo.com…"`
}

func split() string {
	return "http" + "://" + host // want `plain-http ZoomInfo URL`
}

func withPath(path string) string {
	// The literal alone is the URL: reported at the literal only.
	return "http://api.zoominfo.com/" + path // want `plain-http ZoomInfo URL "http://api.zoominfo.com/"`
}

func secure(region string) string {
	return "https://" + region + ".zoominfo.com"
}

func unknownHost(h string) string {
	return "http://" + h + "/search"
}

// A constant imported from another package is a known part.
var imported = "http://" + zihosts.Host // want `plain-http ZoomInfo URL "http://api.zoominfo.com"`

// An imported constant that is already the URL was reported where it is
// declared.
var importedBase = zihosts.HTTPBase + "/enrich"

// Conversions are looked through.
var bytes = []byte(string("http://" + host)) // want `plain-http ZoomInfo URL "http://api.zoominfo.com"`

// A Sprintf result is one part of the concatenation.
func sprintfPart(region string) string {
	return fmt.Sprintf("http://%s", region) + ".zoominfo.com" // want `plain-http ZoomInfo URL "http://….zoominfo.com"`
}

var _ = []string{search, viaScheme, imported, importedBase}
