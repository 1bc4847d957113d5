package fixes

import (
	"net/http"
)

const endpoint = "https://api.zoominfo.com/search/contact"

func newRequest() (*http.Request, error) {
	req, err := http.NewRequest("POST", endpoint, nil)
	if err != nil {
		return nil, err
	}
	apiKey := "4IC5LTRTFi5XI2Foib6csvrJvbTLjRjchIpZCZwh" // want `ZoomInfo API key .* hardcoded in apiKey`
	req.Header.Set("X-Api-Key", apiKey)
	req.Header.Set("Authorization", "Bearer dCcA64kcKTSykQR3V6QaEH2bLHvTwFmU5KSvSxmd") // want `ZoomInfo API key .* hardcoded in Authorization header`
	return req, nil
}

var clientSecret = "n5CEk0BfaHFpAOlZfzIOaYnm6K9fsuThNEKCjIKr" // want `ZoomInfo client secret .* hardcoded in clientSecret`

// A constant cannot call os.Getenv: reported, no fix.
const password = "Summer!2026pw" // want `ZoomInfo password .* hardcoded in password`
