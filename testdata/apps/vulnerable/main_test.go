package main

import "testing"

// A key in a test file is reported unless test files are skipped.
func TestSearch(t *testing.T) {
	t.Setenv("ZOOMINFO_API_KEY", "n5CEk0BfaHFpAOlZfzIOaYnm6K9fsuThNEKCjIKr")
	t.Setenv("ZOOMINFO_PASSWORD", "fake-password")
}
