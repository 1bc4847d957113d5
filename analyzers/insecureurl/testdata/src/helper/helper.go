// Package helper takes a ZoomInfo host from a same-package function.
package helper

import "fmt"

func host() string { return "api.zoominfo.com" }

// hostOf returns the same constant on every path.
func hostOf(region string) string {
	if region == "" {
		return "api.zoominfo.com"
	}
	return "api.zoominfo.com"
}

// pick returns different constants: not resolved.
func pick(eu bool) string {
	if eu {
		return "api-eu.zoominfo.com"
	}
	return "api.zoominfo.com"
}

func baseURL() string {
	return "http://api.zoominfo.com" // want `plain-http ZoomInfo URL "http://api.zoominfo.com"`
}

func concat() string {
	return "http://" + host() + "/search" // want `plain-http ZoomInfo URL "http://api.zoominfo.com/…"`
}

func sprintf() string {
	return fmt.Sprintf("http://%s/enrich", hostOf("us")) // want `plain-http ZoomInfo URL "http://api.zoominfo.com/…"`
}

// The helper's literal was reported; using its result is not new.
func useBase() string {
	return baseURL() + "/search/contact"
}

func unresolved(eu bool) string {
	return "http://" + pick(eu)
}

func secure() string {
	return "https://" + host()
}
