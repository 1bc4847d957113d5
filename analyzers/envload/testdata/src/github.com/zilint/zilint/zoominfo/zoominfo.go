package zoominfo // want package:"exports credential facts"

// Package zoominfo is a stub of the reference client for tests.

import "os"

// Secret is a credential that prints redacted.
type Secret struct{ v string } // want Secret:"redacts"

// NewSecret wraps a credential.
func NewSecret(v string) Secret { return Secret{v} } // want NewSecret:`passes \[0\]`

func (s Secret) String() string { return "REDACTED" }

// MarshalJSON redacts.
func (s Secret) MarshalJSON() ([]byte, error) { return []byte(`"REDACTED"`), nil }

// Redact masks a credential.
func Redact(s string) string { return "…" }

// APIKeyFromEnv loads the key and fails when it is unset.
func APIKeyFromEnv() (Secret, error) { // want APIKeyFromEnv:`returns API key from os.Getenv\("ZOOMINFO_API_KEY"\) \(zoominfo.go:23\), checked non-empty`
	v := os.Getenv("ZOOMINFO_API_KEY")
	if v == "" {
		return Secret{}, os.ErrNotExist
	}
	return NewSecret(v), nil
}

// Option configures a client.
type Option func()

// WithAPIKey sets the key.
func WithAPIKey(s Secret) Option { return func() {} }
