// Package extraenv reads ACME_TOKEN, which -hardcodedkey.env-vars
// declares a ZoomInfo credential variable; nothing else here names
// ZoomInfo.
package extraenv

import (
	"cmp"
	"os"
)

func token() string {
	return cmp.Or(os.Getenv("ACME_TOKEN"), "AlgejguUmwgHUw0u76awXqfoDnEpkry2rZyoEMZH") // want `ZoomInfo API key .* hardcoded in fallback for ACME_TOKEN`
}

func setenv() {
	os.Setenv("ACME_TOKEN", "N8eeUBllIYcKPt1KMARwBpVwfTk4Z5DEbvp3") // want `ZoomInfo API key .* hardcoded in ACME_TOKEN`
}

// The variable's name puts the package in ZoomInfo context.
var apiKey = "du1sE4juHAEXbTPUBynEDMW1LEBQRCN3XhhrSx" // want `ZoomInfo API key .* hardcoded in apiKey`
