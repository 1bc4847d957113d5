package skiptests

import "testing"

// With skip-tests set, a key in a test file is not reported.
func TestKey(t *testing.T) {
	t.Setenv("ZOOMINFO_API_KEY", "dCcA64kcKTSykQR3V6QaEH2bLHvTwFmU5KSvSxmd")
}
