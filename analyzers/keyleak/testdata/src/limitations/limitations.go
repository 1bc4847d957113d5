// Package limitations holds what keyleak knowingly misses or
// over-reports; each line says which.
package limitations

import (
	"encoding/json"
	"log"
	"net/http"
	"os"
)

type keyError struct{ key string }

// Error prints the key.
func (e *keyError) Error() string { return "bad key " + e.key }

// Missed: a custom error type whose Error method prints a field; the
// error is built from a value, not a catalogued sink.
func customError() error {
	return &keyError{key: os.Getenv("ZOOMINFO_API_KEY")}
}

type payload struct{ Key string }

// Missed: JSON encoding of a struct holding the key into a response;
// the encoder is not a catalogued sink and payload.Key is no
// credential name.
func encode(w http.ResponseWriter) {
	_ = json.NewEncoder(w).Encode(payload{Key: os.Getenv("ZOOMINFO_API_KEY")})
}

// Missed: a call through an interface has no summary.
func viaInterface() {
	key := os.Getenv("ZOOMINFO_API_KEY")
	var logger interface{ Printf(string, ...any) } = log.Default()
	logger.Printf("key %s", key)
}

// Spurious: a slice is one container, so logging a harmless element of
// a slice that also holds the key is reported.
func sliceElement() {
	values := []string{"region-us", os.Getenv("ZOOMINFO_API_KEY")}
	log.Print(values[0]) // want `reaches log.Print`
}
