package zoominfo

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strings"
)

// ErrRedirect is the cause of the error a call returns when the API
// redirects to another host or from https to http. Such redirects are
// refused rather than followed, because the bearer token would follow the
// request.
var ErrRedirect = errors.New("zoominfo: redirect refused")

// parseBaseURL validates a base URL. Its errors never quote the input,
// which may be a key pasted into the wrong variable.
func parseBaseURL(raw string) (*url.URL, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return nil, errors.New("zoominfo: base URL does not parse")
	}
	switch {
	case u.Scheme == "":
		return nil, errors.New("zoominfo: base URL has no scheme; want https://host")
	case u.User != nil:
		return nil, errors.New("zoominfo: base URL must not carry credentials")
	case u.RawQuery != "" || u.Fragment != "" || u.ForceQuery:
		return nil, errors.New("zoominfo: base URL must not have a query or fragment")
	case u.Host == "" || u.Opaque != "":
		return nil, errors.New("zoominfo: base URL has no host")
	case u.Scheme == "https":
	case u.Scheme == "http" && isLoopback(u.Hostname()):
	case u.Scheme == "http":
		return nil, errors.New("zoominfo: base URL uses http; use https " +
			"(http is accepted only for loopback test servers)")
	default:
		return nil, fmt.Errorf("zoominfo: base URL scheme %q is not https", u.Scheme)
	}
	u.Path = strings.TrimSuffix(u.Path, "/")
	u.RawPath = ""
	return u, nil
}

// isLoopback reports whether host is localhost or a loopback address.
func isLoopback(host string) bool {
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// checkTLS refuses a transport whose TLS settings are weaker than the
// client's rules. Transports of other types are the caller's business.
func checkTLS(rt http.RoundTripper) error {
	t, ok := rt.(*http.Transport)
	if !ok || t.TLSClientConfig == nil {
		return nil
	}
	if t.TLSClientConfig.InsecureSkipVerify {
		return errors.New("zoominfo: transport skips TLS certificate verification")
	}
	if v := t.TLSClientConfig.MinVersion; v != 0 && v < tls.VersionTLS12 {
		return errors.New("zoominfo: transport allows TLS below 1.2")
	}
	return nil
}

// defaultTransport is http.DefaultTransport with TLS 1.2 as the minimum.
func defaultTransport() http.RoundTripper {
	t := http.DefaultTransport.(*http.Transport).Clone()
	t.TLSClientConfig = &tls.Config{MinVersion: tls.VersionTLS12}
	return t
}

// checkRedirect refuses redirects that leave the original host or drop
// from https to http, and bounds the chain.
func checkRedirect(req *http.Request, via []*http.Request) error {
	first := via[0].URL
	switch {
	case len(via) >= 5:
		return fmt.Errorf("%w: more than 5 redirects", ErrRedirect)
	case !strings.EqualFold(req.URL.Host, first.Host):
		return fmt.Errorf("%w: to another host", ErrRedirect)
	case first.Scheme == "https" && req.URL.Scheme != "https":
		return fmt.Errorf("%w: from https to http", ErrRedirect)
	}
	return nil
}

// bearerTransport sets "Authorization: Bearer …" on a clone of each
// request. It is the only place the bearer credential is read out of its
// Secret.
type bearerTransport struct {
	base  http.RoundTripper
	token func(ctx context.Context) (Secret, error)
}

// RoundTrip implements http.RoundTripper. The caller's request is not
// modified, as the RoundTripper contract requires.
func (t *bearerTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	ctx := req.Context()
	tok, err := t.token(ctx)
	if err != nil {
		if req.Body != nil {
			_ = req.Body.Close() // the RoundTripper contract: always close
		}
		return nil, err
	}
	if rec, ok := ctx.Value(tokenRecordKey{}).(*tokenRecord); ok {
		rec.set(tok)
	}

	r := req.Clone(ctx)
	r.Header.Set("Authorization", "Bearer "+tok.reveal())
	return t.base.RoundTrip(r)
}

// staticToken returns a token function for a value already in hand, such
// as a signed client assertion.
func staticToken(s Secret) func(context.Context) (Secret, error) {
	return func(context.Context) (Secret, error) { return s, nil }
}
