package zi // want package:"exports credential facts"

// Package zi reads the ZoomInfo key and logs through a wrapper; its
// facts carry both to importers.

import (
	"log"
	"os"
)

// Key returns the key from the environment.
func Key() string { // want Key:`returns API key from os.Getenv\("ZOOMINFO_API_KEY"\) \(zi.go:13\)`
	return os.Getenv("ZOOMINFO_API_KEY")
}

// Debugf forwards to log.Printf.
func Debugf(format string, args ...any) { // want Debugf:`param 1 reaches log log.Printf`
	log.Printf("[zi] "+format, args...)
}

// Config holds the key.
type Config struct {
	Region string
	APIKey string // want APIKey:`holds API key from field Config.APIKey`
}

// MustEnv exits when the variable is unset.
func MustEnv(name string) string { // want MustEnv:`returns env of param 0 \(checked true\)`
	v := os.Getenv(name)
	if v == "" {
		log.Fatalf("%s is not set", name)
	}
	return v
}

// RequireKey exits on an empty key.
func RequireKey(key string) { // want RequireKey:`rejects empty \[0\]`
	if len(key) == 0 {
		os.Exit(2)
	}
}
