package zoominfo

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"time"
)

// The API's base URLs. The enterprise API authenticates with an API key
// or a JWT from POST /authenticate; the GTM API with OAuth 2.0 client
// credentials.
const (
	DefaultBaseURL = "https://api.zoominfo.com"
	GTMBaseURL     = "https://api.zoominfo.com/gtm"
)

// Defaults for the options.
const (
	DefaultTimeout     = 60 * time.Second
	DefaultMaxAttempts = 4
)

// An Option configures a Client. Options validate their arguments, and
// NewClient returns the first error.
type Option func(*config) error

// config is what the options build; NewClient turns it into a Client.
type config struct {
	baseURL     string
	auth        authenticatorFactory
	authName    string
	transport   http.RoundTripper
	timeout     time.Duration
	maxAttempts int
	logger      *slog.Logger
	userAgent   string

	// Seams for tests: the clock, the sleep between attempts and the
	// jitter applied to backoff.
	now    func() time.Time
	sleep  func(ctx context.Context, d time.Duration) error
	jitter func(d time.Duration) time.Duration
}

// authenticatorFactory builds the authenticator once the base URL and the
// transport are known.
type authenticatorFactory func(c *Client) (authenticator, error)

func (cfg *config) setAuth(name string, f authenticatorFactory) error {
	if cfg.auth != nil {
		return fmt.Errorf("zoominfo: %s given after %s; choose one way to authenticate",
			name, cfg.authName)
	}
	cfg.auth, cfg.authName = f, name
	return nil
}

// WithBaseURL sets the API's base URL. It must be https; http is accepted
// only for a loopback host (127.0.0.1, ::1, localhost), for test servers.
// It must not carry credentials, a query or a fragment.
func WithBaseURL(rawURL string) Option {
	return func(cfg *config) error {
		if _, err := parseBaseURL(rawURL); err != nil {
			return err
		}
		cfg.baseURL = rawURL
		return nil
	}
}

// WithAPIKey authenticates every request with a static API key sent as a
// bearer token. Load it with APIKeyFromEnv rather than writing it down.
func WithAPIKey(key Secret) Option {
	return func(cfg *config) error {
		if key.IsZero() {
			return errors.New("zoominfo: WithAPIKey: empty key")
		}
		return cfg.setAuth("WithAPIKey", apiKeyFactory(StaticSource(key)))
	}
}

// WithAPIKeySource authenticates with an API key that src supplies and
// may rotate; the client asks src again after a 401.
func WithAPIKeySource(src SecretSource) Option {
	return func(cfg *config) error {
		if src == nil {
			return errors.New("zoominfo: WithAPIKeySource: nil source")
		}
		return cfg.setAuth("WithAPIKeySource", apiKeyFactory(src))
	}
}

// WithPassword authenticates with POST /authenticate and a username and
// password; the JWT it returns is cached and refreshed before it expires.
func WithPassword(c PasswordCredentials) Option {
	return func(cfg *config) error {
		if c.Username == "" || c.Password.IsZero() {
			return errors.New("zoominfo: WithPassword: username and password are required")
		}
		return cfg.setAuth("WithPassword", passwordFactory(c))
	}
}

// WithPKI authenticates with POST /authenticate and an assertion signed
// by the RSA private key. The key is parsed here, so a malformed key fails
// before any request is sent.
func WithPKI(c PKICredentials) Option {
	return func(cfg *config) error {
		if c.Username == "" || c.ClientID == "" {
			return errors.New("zoominfo: WithPKI: username and client id are required")
		}
		c.PrivateKey = c.PrivateKey.unescapeNewlines()
		if _, err := parsePrivateKey(c.PrivateKey); err != nil {
			return fmt.Errorf("zoominfo: WithPKI: %w", err)
		}
		return cfg.setAuth("WithPKI", pkiFactory(c))
	}
}

// WithClientCredentials authenticates with OAuth 2.0 client credentials,
// the flow of the GTM API. Unless WithBaseURL says otherwise the base URL
// becomes GTMBaseURL and the token endpoint is its /oauth/v1/token.
func WithClientCredentials(c ClientCredentials) Option {
	return func(cfg *config) error {
		if c.ClientID == "" || c.ClientSecret.IsZero() {
			return errors.New("zoominfo: WithClientCredentials: client id and secret are required")
		}
		return cfg.setAuth("WithClientCredentials", oauthFactory(c))
	}
}

// WithTransport sets the RoundTripper under the client's own. An
// *http.Transport must not skip certificate verification or allow TLS
// below 1.2. The default is a clone of http.DefaultTransport with TLS 1.2
// as the minimum.
func WithTransport(rt http.RoundTripper) Option {
	return func(cfg *config) error {
		if rt == nil {
			return errors.New("zoominfo: WithTransport: nil transport")
		}
		if err := checkTLS(rt); err != nil {
			return err
		}
		cfg.transport = rt
		return nil
	}
}

// WithTimeout bounds each call, retries and waits included. Zero means no
// bound beyond the caller's context; a negative timeout is an error.
func WithTimeout(d time.Duration) Option {
	return func(cfg *config) error {
		if d < 0 {
			return fmt.Errorf("zoominfo: WithTimeout: negative timeout %v", d)
		}
		cfg.timeout = d
		return nil
	}
}

// WithMaxAttempts bounds how many times a call is sent when the API
// answers 429 or 5xx; 1 disables retries.
func WithMaxAttempts(n int) Option {
	return func(cfg *config) error {
		if n < 1 || n > 20 {
			return fmt.Errorf("zoominfo: WithMaxAttempts: %d is outside 1..20", n)
		}
		cfg.maxAttempts = n
		return nil
	}
}

// WithLogger logs each attempt's method, path, status and duration at
// debug level, and retries at info level. Credentials, headers and query
// strings are never logged. The default is no logging.
func WithLogger(l *slog.Logger) Option {
	return func(cfg *config) error {
		cfg.logger = l
		return nil
	}
}

// WithUserAgent sets the User-Agent header.
func WithUserAgent(ua string) Option {
	return func(cfg *config) error {
		cfg.userAgent = ua
		return nil
	}
}
