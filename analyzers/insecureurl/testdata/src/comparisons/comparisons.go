// Package comparisons holds ZoomInfo http URLs used as patterns to
// compare against, not as URLs to call: they are not findings, and a fix
// to https would invert the guard.
package comparisons

import (
	"bytes"
	"net/http"
	"strings"
)

const host = "api.zoominfo.com"

func hasPrefix(u string) bool {
	return strings.HasPrefix(u, "http://api.zoominfo.com")
}

func hasSuffix(u string) bool {
	return strings.HasSuffix(u, "http://api.zoominfo.com")
}

func contains(u string) bool {
	return strings.Contains(u, "http://api.zoominfo.com/")
}

func equalFold(u string) bool {
	return strings.EqualFold("HTTP://api.zoominfo.com", u)
}

func trim(u string) string {
	u = strings.TrimPrefix(u, "http://api.zoominfo.com")
	return strings.TrimSuffix(u, "http://api.zoominfo.com")
}

func cut(u string) (string, bool) {
	if rest, ok := strings.CutPrefix(u, "http://api.zoominfo.com"); ok {
		return rest, ok
	}
	if rest, ok := strings.CutSuffix(u, "http://api.zoominfo.com"); ok {
		return rest, ok
	}
	_, after, ok := strings.Cut(u, "http://api.zoominfo.com")
	return after, ok
}

func index(u string) int {
	return strings.Index(u, "http://api.zoominfo.com")
}

// The pattern replaced is not a finding.
func upgrade(u string) string {
	u = strings.Replace(u, "http://api.zoominfo.com", "https://api.zoominfo.com", 1)
	return strings.ReplaceAll(u, "http://"+host, "https://"+host)
}

// The replacement is a URL the program goes on to use: a downgrade is
// still reported.
func downgrade(u string) string {
	return strings.ReplaceAll(u, "https://api.zoominfo.com", "http://api.zoominfo.com") // want `plain-http ZoomInfo URL "http://api.zoominfo.com"`
}

func bytesPatterns(b []byte) bool {
	return bytes.HasPrefix(b, []byte("http://api.zoominfo.com")) ||
		bytes.Contains(b, []byte("http://"+host)) ||
		bytes.EqualFold(b, []byte("http://api.zoominfo.com"))
}

func equal(u string) bool {
	return u == "http://api.zoominfo.com" || "http://api.zoominfo.com/search" == u
}

func notEqual(u string) bool {
	return u != "http://"+host
}

func tagged(u string) bool {
	switch u {
	case "http://api.zoominfo.com", "http://api-eu.zoominfo.com":
		return true
	}
	return false
}

func insecure(u string) bool {
	if strings.HasPrefix(u, "http://api.zoominfo.com") {
		return true
	}
	return (u == "http://api.zoominfo.com")
}

// A URL that is called, next to a comparison, is still reported.
func call(u string) (*http.Response, error) {
	if u == "http://api.zoominfo.com" {
		return nil, nil
	}
	return http.Get("http://api.zoominfo.com") // want `plain-http ZoomInfo URL "http://api.zoominfo.com"`
}

var _ = []any{hasPrefix, hasSuffix, contains, equalFold, trim, cut, index, upgrade,
	downgrade, bytesPatterns, equal, notEqual, tagged, insecure, call}
