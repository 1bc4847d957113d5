// Package nofix holds findings whose repair is not an environment lookup
// in place of the literal: each is reported with no suggested fix.
package nofix

import (
	"net/http"
	"strings"
)

const base = "https://api.zoominfo.com"

// A field of a request body: replacing the literal would drop the body.
func login() (*http.Response, error) {
	return http.Post(base+"/authenticate", "application/json",
		strings.NewReader(`{"username": "svc-zoominfo", "password": "qj6hU17DqDRVa8TN"}`)) // want `ZoomInfo password .* hardcoded in request body field password`
}

// A token followed by other text: the scheme and the token cannot be
// split cleanly.
func trailing(req *http.Request) {
	req.Header.Set("Authorization", "Bearer dCcA64kcKTSykQR3V6QaEH2bLHvTwFmU5KSvSxmd ") // want `ZoomInfo API key .* hardcoded in Authorization header`
}

// "os" names something else here.
func shadowed(os string, req *http.Request) {
	apiKey := "n5CEk0BfaHFpAOlZfzIOaYnm6K9fsuThNEKCjIKr" // want `ZoomInfo API key .* hardcoded in apiKey`
	req.Header.Set("X-Api-Key", apiKey+os)
}
