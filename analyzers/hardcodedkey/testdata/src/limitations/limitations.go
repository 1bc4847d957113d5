// Package limitations records what hardcodedkey knowingly misses or
// over-reports. Each case says which.
package limitations

import (
	"net/http"
	"strings"
)

const host = "api.zoominfo.com"

// Missed: a key assembled at run time from non-constant parts.
func assembled(parts []string) string {
	return strings.Join([]string{"4IC5LTRTFi5X", "I2Foib6csvrJ", "vbTLjRjchIpZCZwh"}, "")
}

// Missed: a password of plain words with no digit or separator reads as
// an identifier.
var password = "correcthorsebatterystaple"

// Missed: a literal assigned to a generically named variable and only
// later moved into a header (the data flow is keyleak's and envload's).
func moved(req *http.Request) {
	v := "dCcA64kcKTSykQR3V6QaEH2bLHvTwFmU5KSvSxmd"
	req.Header.Set("X-Api-Key", v)
}

// Spurious: a token-named value that is a high-entropy identifier of
// something else (a commit hash) is reported in ZoomInfo context.
var buildToken = "7794e50b2e5575e3ce25fe57b5dffbc2a1b2c3d4" // want `ZoomInfo API key .* hardcoded in buildToken`

// Missed: positional struct literals carry no field name at the value.
type creds struct{ user, apiKey string }

var positional = creds{"svc-zoominfo", "AlgejguUmwgHUw0u76awXqfoDnEpkry2rZyoEMZH"}

// Missed: a default in a struct tag is not a Go value.
type envConfig struct {
	APIKey string `env:"ZOOMINFO_API_KEY" envDefault:"N8eeUBllIYcKPt1KMARwBpVwfTk4Z5DE"`
}

// Missed: a fallback in a switch rather than an assignment.
func switchFallback(key string) string {
	switch key {
	case "":
		return "du1sE4juHAEXbTPUBynEDMW1LEBQRCN3"
	}
	return key
}
