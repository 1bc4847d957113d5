// Package sites places credentials in every kind of site hardcodedkey
// knows. Every secret below is a generated fake (marker: zilint-fake).
package sites

import (
	"bytes"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"strings"
)

const baseURL = "https://api.zoominfo.com"

// Const and var declarations.
const apiKey = "4IC5LTRTFi5XI2Foib6csvrJvbTLjRjchIpZCZwh" // want `ZoomInfo API key "4IC5…\(40 chars\)" hardcoded in apiKey; load it from ZOOMINFO_API_KEY at run time`

var clientSecret = "dCcA64kcKTSykQR3V6QaEH2bLHvTwFmU5KSvSxmd" // want `ZoomInfo client secret "dCcA…\(40 chars\)" hardcoded in clientSecret`

var refreshToken = []byte("n5CEk0BfaHFpAOlZfzIOaYnm6K9fsuThNEKCjIKr") // want `ZoomInfo refresh token .* hardcoded in refreshToken`

var rawToken = `Vu8NT0sMNwulGLBl8IU1NVQmi34Zs2g5` // want `ZoomInfo API key .* hardcoded in rawToken`

// Constant-folded concatenation is reported once, at the expression.
const accessToken = "bfULwWWPu7nmCEumgeC11JGW" + "0Exdq4DIlDgTfbX7QiBKyhqB" // want `ZoomInfo access token "bfUL…\(48 chars\)" hardcoded in accessToken`

type Config struct {
	BaseURL      string
	Username     string
	Password     string
	ClientSecret string
	APIKey       string
}

// Keyed struct literal and field assignment.
func structFields() Config {
	cfg := Config{
		BaseURL:      baseURL,
		Username:     "svc-zoominfo@example.com",
		ClientSecret: "1JKUGflllnN0j3zSmgrAJCHfZhSEmSwsjLgUbTEUnfASenHfG4Q1dr04pMeSgMt6", // want `ZoomInfo client secret "1JKU…\(64 chars\)" hardcoded in field ClientSecret`
	}
	cfg.Password = "S3cure!pw7" // want `ZoomInfo password "…\(10 chars\)" hardcoded in field Password`
	return cfg
}

// Map values and url.Values.
func mapValues() (map[string]string, url.Values) {
	m := map[string]string{
		"username": "svc-zoominfo",
		"api_key":  "5r8sRdeaEAE9vNQ7GU2X3qfD", // want `ZoomInfo API key .* hardcoded in api_key`
	}
	m["password"] = "Tr0ub4dor&3" // want `ZoomInfo password .* hardcoded in password`
	form := url.Values{"client_secret": {"AlgejguUmwgHUw0u76awXqfoDnEpkry2rZyoEMZH"}} // want `ZoomInfo client secret .* hardcoded in client_secret`
	return m, form
}

// NewClient is a client constructor whose parameter is named for a key.
func NewClient(baseURL, apiKey string) *http.Client { return http.DefaultClient }

// Call arguments: a parameter named for a key, SetBasicAuth, key/value calls.
func callArguments(req *http.Request) {
	NewClient(baseURL, "qj6hU17DqDRVa8TN9TBbfKDtdTjKhnVOm4Hz2BiX") // want `ZoomInfo API key .* hardcoded in argument apiKey of NewClient`
	req.SetBasicAuth("svc-zoominfo", "Summer!2026pw")               // want `ZoomInfo password .* hardcoded in argument password of SetBasicAuth`
	os.Setenv("ZOOMINFO_API_KEY", "N8eeUBllIYcKPt1KMARwBpVwfTk4")   // want `ZoomInfo API key .* hardcoded in ZOOMINFO_API_KEY`
	req.Header.Set("X-Api-Key", "du1sE4juHAEXbTPUBynEDMW1LEBQ")     // want `ZoomInfo API key .* hardcoded in X-Api-Key`
}

// Authorization header values.
func headers(req *http.Request) {
	req.Header.Set("Authorization", "Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJmYWtlLXVzZXIiLCJleHAiOjE5MDAwMDAwMDB9.stfOBWJyGJRXB9m_lOdogSrzoYwykoTtkwiPIf-bAXM") // want `ZoomInfo JWT "eyJh…\(\d+ chars\)" hardcoded in Authorization header`
	req.Header.Add("Authorization", fmt.Sprintf("Bearer %s", "Va4XfGP1gRKHBL4ldsfRHDCv5RVECMSf"))                                                                                         // want `ZoomInfo API key .* hardcoded in Authorization header`
	req.Header = http.Header{"Authorization": {"Bearer TqswyGllWHvJtWq2aZEkJXUvpqd4XY"}}                                                                                                   // want `ZoomInfo API key .* hardcoded in Authorization header`
	req.Header.Set("Authorization", "Bearer "+"bfULwWWPu7nmCEumgeC11JGW0Exdq4DI")                                                                                                     // want `ZoomInfo API key .* hardcoded in Authorization header`
	req.Header["Authorization"] = []string{"MCqbVVStbqly1pTsfU5LBB7igB2ZTZhc"}                                                                                                          // want `ZoomInfo API key .* hardcoded in Authorization header`
}

// Auth request bodies, as JSON, as a form and through a template.
func bodies() {
	_, _ = http.Post(baseURL+"/authenticate", "application/json",
		strings.NewReader(`{"username": "svc-zoominfo", "password": "qj6hU17DqDRVa8TN"}`)) // want `ZoomInfo password .* hardcoded in request body field password`
	_ = bytes.NewBufferString("username=svc&password=Xk29!mQpz&grant_type=password") // want `ZoomInfo password .* hardcoded in request body field password`
	_ = fmt.Sprintf(`{"username":%q,"password":"%s"}`, "svc", "Wq8!zLm2rT")         // want `ZoomInfo password .* hardcoded in formatted field password`
}

// A constant is reported once, where it is written, even when it is
// folded into a header value elsewhere.
const headerToken = "Vu8NT0sMNwulGLBl8IU1NVQmi34Zs2g6" // want `ZoomInfo API key .* hardcoded in headerToken`

const v1 = "qj6hU17DqDRVa8TN9TBbfKDtdTjKhnVOm4Hz2BiY" // want `ZoomInfo API key .* hardcoded in Authorization header`

func constHeaders(req *http.Request) {
	req.Header.Set("Authorization", "Bearer "+headerToken)
	req.Header.Set("Authorization", "Bearer "+v1)
}

// Names with a version or a qualifier hold keys too.
var apiKeyV2 = "AlgejguUmwgHUw0u76awXqfoDnEpkry2rZyoEMZ1" // want `ZoomInfo API key .* hardcoded in apiKeyV2`

var zoominfoAPIKeyProd = "N8eeUBllIYcKPt1KMARwBpVwfTk4Z5DE" // want `ZoomInfo API key .* hardcoded in zoominfoAPIKeyProd`

// A function named for a key returns one.
func zoomInfoToken() string {
	return "du1sE4juHAEXbTPUBynEDMW1LEBQRCN3" // want `ZoomInfo API key .* hardcoded in return value of zoomInfoToken`
}

// Composite literals whose pointer type is elided.
type Client struct{ APIKey string }

var clients = []*Client{{APIKey: "TqswyGllWHvJtWq2aZEkJXUvpqd4XYtY"}} // want `ZoomInfo API key .* hardcoded in field APIKey`

var byName = map[string]*Client{"p": {APIKey: "MCqbVVStbqly1pTsfU5LBB7igB2ZTZhQ"}} // want `ZoomInfo API key .* hardcoded in field APIKey`

// Config keys, hashes and sequences held by key-named variables are not keys.
var (
	apiKeyPath     = "zoominfo.api.v2.key"
	apiKey3        = "ZoomInfoApiKey2024"
	apiKey4        = "0123456789abcdef0123456789abcdef"
	apiKeyChecksum = "sha256:3f9a0c6e1b2d4f5a6c7e8d9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b"
)

// A key in the query of a URL.
var search = "https://api.zoominfo.com/search/contact?api_key=AlgejguUmwgHUw0u76awXqfoDnEpkry2rZyoEMZH&size=10" // want `ZoomInfo API key .* hardcoded in URL query parameter api_key`

// Basic credentials are judged by their password.
func basic(req *http.Request) {
	req.Header.Set("Authorization", "Basic c3ZjLXpvb21pbmZvOlhrMjkhbVFwekx3Nw==") // want `ZoomInfo API key .* hardcoded in Authorization header`
	req.Header.Set("Authorization", "Basic WU9VUl9VU0VSOllPVVJfUEFTU1dPUkQ=")
}
