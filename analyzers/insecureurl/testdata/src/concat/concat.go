// Package concat builds plain-http ZoomInfo URLs by concatenation.
package concat

const host = "api.zoominfo.com"

const scheme = "http://"

// Constant-folded: no part alone is the URL, so the whole is reported.
const folded = "http://" + host // want `plain-http ZoomInfo URL "http://api.zoominfo.com"`

// Using the folded constant is not a new occurrence.
var search = folded + "/search"

// The scheme comes from a constant declared elsewhere: a finding, no fix.
var viaScheme = scheme + host // want `plain-http ZoomInfo URL "http://api.zoominfo.com"`

func regional(region string) string {
	return "http://" + region + ".zoominfo.com/enrich" // want `plain-http ZoomInfo URL "http://….zoominfo.com/enrich"`
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

var _ = []string{search, viaScheme}
