package intests

import "testing"

// By default test files are reported; placeholders never are.
func TestKey(t *testing.T) {
	t.Setenv("ZOOMINFO_API_KEY", "dCcA64kcKTSykQR3V6QaEH2bLHvTwFmU5KSvSxmd") // want `ZoomInfo API key .* hardcoded in ZOOMINFO_API_KEY`
	t.Setenv("ZOOMINFO_API_KEY", "test-api-key")
	t.Setenv("ZOOMINFO_PASSWORD", "fake-password")
}
