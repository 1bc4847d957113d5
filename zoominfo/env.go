package zoominfo

import (
	"errors"
	"fmt"
	"os"
	"strings"
)

// The environment variables the loaders read. Their names are not
// secrets; their values are.
const (
	EnvAPIKey         = "ZOOMINFO_API_KEY"
	EnvUsername       = "ZOOMINFO_USERNAME"
	EnvPassword       = "ZOOMINFO_PASSWORD"
	EnvClientID       = "ZOOMINFO_CLIENT_ID"
	EnvClientSecret   = "ZOOMINFO_CLIENT_SECRET"
	EnvPrivateKey     = "ZOOMINFO_PRIVATE_KEY"
	EnvPrivateKeyFile = "ZOOMINFO_PRIVATE_KEY_FILE"
)

// ErrMissingEnv is the cause of an *EnvError for a variable that is unset
// or empty; test for it with errors.Is.
var ErrMissingEnv = errors.New("unset or empty")

// EnvError reports an environment variable that is unset, empty or
// unusable. It names the variable and never holds its value.
type EnvError struct {
	Name string // the variable, e.g. ZOOMINFO_API_KEY
	Err  error  // ErrMissingEnv, or why the value is unusable
}

// Error returns "zoominfo: NAME: cause".
func (e *EnvError) Error() string {
	return "zoominfo: " + e.Name + ": " + e.Err.Error()
}

// Unwrap returns the cause.
func (e *EnvError) Unwrap() error { return e.Err }

// PasswordCredentials are a username and password for POST /authenticate.
type PasswordCredentials struct {
	Username string
	Password Secret
}

// PKICredentials are a username, a client id and an RSA private key in
// PEM form, for POST /authenticate with a signed client assertion.
type PKICredentials struct {
	Username   string
	ClientID   string
	PrivateKey Secret
}

// ClientCredentials are an OAuth 2.0 client id and secret for the GTM API.
type ClientCredentials struct {
	ClientID     string
	ClientSecret Secret
}

// APIKeyFromEnv loads the API key from ZOOMINFO_API_KEY, trimming the
// white space and newline that pasting often adds. An unset or empty
// variable is an *EnvError naming it.
//
// This is the function zilint's hardcodedkey fix and envload message
// point to for an API key written in the source.
func APIKeyFromEnv() (Secret, error) {
	return secretFromEnv(EnvAPIKey)
}

// PasswordCredentialsFromEnv loads ZOOMINFO_USERNAME and ZOOMINFO_PASSWORD.
func PasswordCredentialsFromEnv() (PasswordCredentials, error) {
	user, err := plainFromEnv(EnvUsername)
	if err != nil {
		return PasswordCredentials{}, err
	}
	pass, err := secretFromEnv(EnvPassword)
	if err != nil {
		return PasswordCredentials{}, err
	}
	return PasswordCredentials{Username: user, Password: pass}, nil
}

// PKICredentialsFromEnv loads ZOOMINFO_USERNAME, ZOOMINFO_CLIENT_ID and
// the private key, either as PEM text in ZOOMINFO_PRIVATE_KEY or from the
// file named by ZOOMINFO_PRIVATE_KEY_FILE. A key pasted on one line with
// literal "\n" sequences is accepted. The key is parsed once here, so a
// malformed key fails before any request is sent.
func PKICredentialsFromEnv() (PKICredentials, error) {
	user, err := plainFromEnv(EnvUsername)
	if err != nil {
		return PKICredentials{}, err
	}
	id, err := plainFromEnv(EnvClientID)
	if err != nil {
		return PKICredentials{}, err
	}
	key, err := privateKeyFromEnv()
	if err != nil {
		return PKICredentials{}, err
	}
	return PKICredentials{Username: user, ClientID: id, PrivateKey: key}, nil
}

// ClientCredentialsFromEnv loads ZOOMINFO_CLIENT_ID and
// ZOOMINFO_CLIENT_SECRET.
func ClientCredentialsFromEnv() (ClientCredentials, error) {
	id, err := plainFromEnv(EnvClientID)
	if err != nil {
		return ClientCredentials{}, err
	}
	secret, err := secretFromEnv(EnvClientSecret)
	if err != nil {
		return ClientCredentials{}, err
	}
	return ClientCredentials{ClientID: id, ClientSecret: secret}, nil
}

func secretFromEnv(name string) (Secret, error) {
	s := NewSecret(os.Getenv(name))
	if s.IsZero() {
		return Secret{}, &EnvError{Name: name, Err: ErrMissingEnv}
	}
	return s, nil
}

func plainFromEnv(name string) (string, error) {
	v := strings.TrimSpace(os.Getenv(name))
	if v == "" {
		return "", &EnvError{Name: name, Err: ErrMissingEnv}
	}
	return v, nil
}

// privateKeyFromEnv prefers the PEM text in the variable and falls back
// to the file; either way the key must parse.
func privateKeyFromEnv() (Secret, error) {
	name := EnvPrivateKey
	key := NewSecret(os.Getenv(EnvPrivateKey))
	if key.IsZero() {
		path := strings.TrimSpace(os.Getenv(EnvPrivateKeyFile))
		if path == "" {
			err := fmt.Errorf("%w, and so is %s", ErrMissingEnv, EnvPrivateKeyFile)
			return Secret{}, &EnvError{Name: EnvPrivateKey, Err: err}
		}
		data, err := os.ReadFile(path)
		if err != nil {
			// The error names the path, which is not a secret.
			return Secret{}, &EnvError{Name: EnvPrivateKeyFile, Err: err}
		}
		name, key = EnvPrivateKeyFile, NewSecret(string(data))
	}

	key = key.unescapeNewlines()
	if _, err := parsePrivateKey(key); err != nil {
		return Secret{}, &EnvError{Name: name, Err: err}
	}
	return key, nil
}
