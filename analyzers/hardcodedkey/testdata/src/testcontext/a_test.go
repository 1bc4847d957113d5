package testcontext

import "testing"

const endpoint = "https://api.zoominfo.com/search/contact"

// The test itself talks to ZoomInfo, so its generic names count.
func TestSearch(t *testing.T) {
	token := "N8eeUBllIYcKPt1KMARwBpVwfTk4Z5DE" // want `ZoomInfo API key .* hardcoded in token`
	_ = token
}
