package zoominfo

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// maxResponseBody bounds a successful response body.
const maxResponseBody = 32 << 20

// Client calls the ZoomInfo API. It is safe for concurrent use; share one
// per set of credentials so that they share the cached token.
//
// A Client prints as its base URL and flow only; it holds no credential
// in a form that a printer could reach.
type Client struct {
	base        *url.URL
	rt          http.RoundTripper // under the bearer transport
	http        *http.Client      // sends API requests with the token
	auth        authenticator
	authName    string
	timeout     time.Duration
	maxAttempts int
	logger      *slog.Logger
	userAgent   string

	now    func() time.Time
	sleep  func(ctx context.Context, d time.Duration) error
	jitter func(d time.Duration) time.Duration
}

// NewClient returns a client configured by opts. Without a credential
// option it loads the API key from ZOOMINFO_API_KEY and fails, naming the
// variable, when that is unset. Nothing is sent until the first call.
func NewClient(opts ...Option) (*Client, error) {
	cfg := config{
		timeout:     DefaultTimeout,
		maxAttempts: DefaultMaxAttempts,
		userAgent:   "zilint-zoominfo-go",
		now:         time.Now,
		sleep:       sleepContext,
		jitter:      fullJitter,
	}
	for _, opt := range opts {
		if opt == nil {
			return nil, errors.New("zoominfo: nil Option")
		}
		if err := opt(&cfg); err != nil {
			return nil, err
		}
	}

	if cfg.auth == nil {
		if _, err := APIKeyFromEnv(); err != nil {
			return nil, fmt.Errorf("%w (or pass a credential option)", err)
		}
		cfg.auth, cfg.authName = apiKeyFactory(EnvSource(EnvAPIKey)), "API key from "+EnvAPIKey
	}
	if cfg.baseURL == "" {
		cfg.baseURL = DefaultBaseURL
		if cfg.authName == "WithClientCredentials" {
			cfg.baseURL = GTMBaseURL
		}
	}
	base, err := parseBaseURL(cfg.baseURL)
	if err != nil {
		return nil, err
	}
	if cfg.transport == nil {
		cfg.transport = defaultTransport()
	}

	c := &Client{
		base: base, rt: cfg.transport, authName: cfg.authName,
		timeout: cfg.timeout, maxAttempts: cfg.maxAttempts,
		logger: cfg.logger, userAgent: cfg.userAgent,
		now: cfg.now, sleep: cfg.sleep, jitter: cfg.jitter,
	}
	if c.auth, err = cfg.auth(c); err != nil {
		return nil, err
	}
	c.http = &http.Client{
		Transport:     &bearerTransport{base: c.rt, token: c.auth.token},
		CheckRedirect: checkRedirect,
	}
	return c, nil
}

// BaseURL returns the base URL the client sends requests under.
func (c *Client) BaseURL() string { return c.base.String() }

// String describes the client without its credentials.
func (c *Client) String() string {
	return fmt.Sprintf("zoominfo.Client{base: %s, auth: %s}", c.base, c.authName)
}

// Format prints String for every verb, so %+v and %#v cannot walk into
// the client's fields.
func (c *Client) Format(f fmt.State, _ rune) { _, _ = io.WriteString(f, c.String()) }

// endpoint joins the base URL and a path that starts with a slash.
func (c *Client) endpoint(path string) string {
	u := *c.base
	u.Path = c.base.Path + path
	return u.String()
}

// plainHTTP returns an HTTP client without the bearer token, for the
// requests that obtain one; the redirect rules still apply.
func (c *Client) plainHTTP() *http.Client {
	return &http.Client{Transport: c.rt, CheckRedirect: checkRedirect}
}

// Do sends a request to path, relative to the base URL (for example
// "/lookup/inputfields/contact/search"), with in encoded as the JSON body
// (nil for none), and decodes a 2xx answer's JSON into out (nil to
// discard it). It retries and authenticates like the typed methods and
// returns an *APIError or *RateLimitError for a non-2xx answer. Nothing
// is sent when the path or the body is invalid.
func (c *Client) Do(ctx context.Context, method, path string, in, out any) error {
	if ctx == nil {
		return errors.New("zoominfo: nil Context")
	}
	u, err := url.Parse(path)
	if err != nil || u.Scheme != "" || u.Host != "" || !strings.HasPrefix(u.Path, "/") {
		return errors.New("zoominfo: Do: path must be relative to the base URL and start with /")
	}
	var body []byte
	if in != nil {
		if body, err = json.Marshal(in); err != nil {
			return fmt.Errorf("zoominfo: %s %s: encoding the request: %w", method, u.Path, err)
		}
	}

	if c.timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, c.timeout)
		defer cancel()
	}
	data, err := c.send(ctx, method, u, body)
	if err != nil || out == nil || len(bytes.TrimSpace(data)) == 0 {
		return err
	}
	if err := json.Unmarshal(data, out); err != nil {
		return fmt.Errorf("zoominfo: %s %s: decoding the answer: %w", method, u.Path, err)
	}
	return nil
}

// newRequest builds one attempt's request, recording the token sent.
func (c *Client) newRequest(ctx context.Context, method string, ref *url.URL,
	body []byte) (*http.Request, *tokenRecord, error) {
	rec := &tokenRecord{}
	ctx = context.WithValue(ctx, tokenRecordKey{}, rec)

	u := *c.base
	u.Path = c.base.Path + ref.Path
	u.RawQuery = ref.RawQuery
	var rd io.Reader
	if body != nil {
		rd = bytes.NewReader(body)
	}
	req, err := http.NewRequestWithContext(ctx, method, u.String(), rd)
	if err != nil {
		return nil, nil, fmt.Errorf("zoominfo: %s %s: %w", method, ref.Path, err)
	}

	req.Header.Set("Accept", "application/json")
	req.Header.Set("User-Agent", c.userAgent)
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	return req, rec, nil
}
