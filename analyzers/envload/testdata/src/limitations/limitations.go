// Package limitations holds what envload knowingly misses or
// over-reports.
package limitations

import (
	"errors"
	"net/http"
	"os"
)

type config struct{ apiKey string }

// Missed: the key passes through a struct field, which becomes its
// origin; the unchecked lookup is no longer seen.
func viaField(req *http.Request) {
	cfg := config{apiKey: os.Getenv("ZOOMINFO_API_KEY")}
	req.Header.Set("Authorization", "Bearer "+cfg.apiKey)
}

func check(key string) error {
	if key == "" {
		return errors.New("empty")
	}
	return nil
}

// Spurious: a helper that returns an error on empty is not read as a
// check (only helpers that exit count).
func errHelper(req *http.Request) error {
	key := os.Getenv("ZOOMINFO_API_KEY")
	if err := check(key); err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+key) // want `with no emptiness check`
	return nil
}

// Missed: a key read from a file committed next to the code.
func fromFile(req *http.Request) {
	b, _ := os.ReadFile("testdata/zoominfo.key")
	req.Header.Set("Authorization", "Bearer "+string(b))
}
