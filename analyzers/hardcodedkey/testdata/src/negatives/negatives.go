// Package negatives is in ZoomInfo context and holds values that look
// like credentials by their place but are not.
package negatives

import (
	"errors"
	"net/http"
	"os"
)

const keyEnv = "ZOOMINFO_API_KEY"

const (
	passwordEnv  = "ZOOMINFO_PASSWORD"
	tokenHeader  = "X-ZoomInfo-Token"
	APIKeyHeader = "Authorization"
	tokenURL     = "https://api.zoominfo.com/gtm/oauth/v1/token"
)

// Feature flags and config keys held by token-named variables.
var (
	publicTokensRoute = "public_tokens.route"
	tokenFlag         = "ENABLE_TOKEN_REFRESH"
	token             = "public_tokens.route"
	apiKeyName        = "zoominfo.api_key"
)

// Placeholders are never reported.
var (
	ziAPIKey     = "YOUR_API_KEY_HERE"
	apiKey       = "your_zoominfo_api_key"
	secret       = "<api-key>"
	password     = "${ZOOMINFO_PASSWORD}"
	clientSecret = "${{ secrets.ZOOMINFO_CLIENT_SECRET }}"
	accessToken  = "$ZOOMINFO_ACCESS_TOKEN"
	refreshToken = "xxxxxxxxxxxxxxxxxxxxxxxx"
	jwt          = "changeme"
	privateKey   = "REDACTED"
	apiToken     = "dummy-token-value-0001"
	emptyKey     = ""
)

type Config struct {
	Username string
	ClientID string
	APIKey   string
}

func load() (Config, error) {
	key := os.Getenv(keyEnv)
	if key == "" {
		return Config{}, errors.New("ZOOMINFO_API_KEY is not set")
	}
	pw, ok := os.LookupEnv(passwordEnv)
	if !ok || pw == "" {
		return Config{}, errors.New("ZOOMINFO_PASSWORD is not set")
	}
	// Usernames and client ids are not secrets.
	return Config{Username: "svc-zoominfo", ClientID: "0oa1b2c3d4e5f6g7h8i9", APIKey: key}, nil
}

func send(req *http.Request, key string) {
	// A key from the environment is envload's business, not this analyzer's.
	req.Header.Set("Authorization", "Bearer "+key)
	req.Header.Set(tokenHeader, key)
	req.Header.Set("Authorization", "Bearer %s")
	req.Header.Set("Content-Type", "application/json")
}
