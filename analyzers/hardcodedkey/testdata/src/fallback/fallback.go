// Package fallback falls back to literal keys when the environment has
// none; the fallback is the real key.
package fallback

import (
	"cmp"
	"os"
)

func password() string {
	pw := os.Getenv("ZOOMINFO_PASSWORD")
	if pw == "" {
		pw = "Summer!2026pw" // want `ZoomInfo password .* hardcoded in fallback for ZOOMINFO_PASSWORD`
	}
	return pw
}

func apiKey() string {
	return cmp.Or(os.Getenv("ZOOMINFO_API_KEY"), "4IC5LTRTFi5XI2Foib6csvrJvbTLjRjchIpZCZwh") // want `ZoomInfo API key .* hardcoded in fallback for ZOOMINFO_API_KEY`
}

func lookup() string {
	k, ok := os.LookupEnv("ZI_PASS")
	if !ok {
		k = "Xk29!mQpz" // want `ZoomInfo password .* hardcoded in fallback for ZI_PASS`
	}
	return k
}

type settings struct{ secret string }

func field() settings {
	var s settings
	s.secret = os.Getenv("ZOOMINFO_CLIENT_SECRET")
	if s.secret == "" {
		s.secret = "AlgejguUmwgHUw0u76awXqfoDnEpkry2rZyoEMZH" // want `ZoomInfo client secret .* hardcoded in fallback for ZOOMINFO_CLIENT_SECRET`
	}
	return s
}

// getenv is a helper with a default; its default is a key.
func getenv(name, def string) string { return cmp.Or(os.Getenv(name), def) }

func helper() string {
	return getenv("ZOOMINFO_CLIENT_SECRET", "qj6hU17DqDRVa8TN9TBbfKDtdTjKhnVOm4Hz2BiX") // want `ZoomInfo client secret .* hardcoded in ZOOMINFO_CLIENT_SECRET`
}

// Defaults that are not keys.
func notKeys() (string, string, string) {
	user := cmp.Or(os.Getenv("ZOOMINFO_USERNAME"), "svc-zoominfo-4IC5LTRTFi5X")
	key := cmp.Or(os.Getenv("ZOOMINFO_API_KEY"), "")
	base := cmp.Or(os.Getenv("ZOOMINFO_API_KEY"), "YOUR_API_KEY")
	return user, key, base
}
