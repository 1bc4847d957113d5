// Package nocontext never talks to ZoomInfo: generic names do not count
// here, ZoomInfo-specific names and shapes do.
package nocontext

import "net/http"

var (
	apiKey       = "4IC5LTRTFi5XI2Foib6csvrJvbTLjRjchIpZCZwh"
	clientSecret = "dCcA64kcKTSykQR3V6QaEH2bLHvTwFmU5KSvSxmd"
	password     = "Tr0ub4dor&3"
	// A JWT of some other service.
	otherJWT = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJmYWtlLXVzZXIiLCJleHAiOjE5MDAwMDAwMDB9.stfOBWJyGJRXB9m_lOdogSrzoYwykoTtkwiPIf-bAXM"
)

var ziAPIKey = "n5CEk0BfaHFpAOlZfzIOaYnm6K9fsuThNEKCjIKr" // want `ZoomInfo API key .* hardcoded in ziAPIKey`

const ZI_PASS = "Summer!2026pw" // want `ZoomInfo password .* hardcoded in ZI_PASS`

// A JWT whose claims name ZoomInfo is a ZoomInfo JWT wherever it is.
var cached = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJhcGktY2xpZW50QHpvb21pbmZvLmNvbSIsImF1ZCI6ImVudGVycHJpc2VfYXBpIiwidXNlcm5hbWUiOiJmYWtlIn0.stfOBWJyGJRXB9m_lOdogSrzoYwykoTtkwiPIf-bAXM" // want `ZoomInfo JWT .* hardcoded in cached`

func send(req *http.Request) {
	req.Header.Set("Authorization", "Bearer 5r8sRdeaEAE9vNQ7GU2X3qfD")
}

// A key in the query of another service's URL is not ZoomInfo's outside
// ZoomInfo context.
var other = "https://api.example.com/v1?api_key=AlgejguUmwgHUw0u76awXqfoDnEpkry2rZyoEMZH"
