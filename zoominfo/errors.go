package zoominfo

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"
)

// Bounds on what an error carries: the body read from an error response,
// and the message kept from it.
const (
	maxErrorBody = 64 << 10
	maxMessage   = 300
)

// APIError is an answer from the API with a status other than 2xx.
// Message is the API's own explanation when the body is JSON that has
// one, scrubbed of the credential that was sent; the body itself is not
// kept.
type APIError struct {
	StatusCode int
	Method     string
	Path       string // the request path, without the query
	RequestID  string // from X-Request-Id or a similar header, if any
	Message    string
}

// Error describes the failure on one line.
func (e *APIError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "zoominfo: %s %s: %d %s", e.Method, e.Path, e.StatusCode,
		http.StatusText(e.StatusCode))
	if e.RequestID != "" {
		fmt.Fprintf(&b, " (request id %s)", e.RequestID)
	}
	if e.Message != "" {
		b.WriteString(": ")
		b.WriteString(e.Message)
	}
	return b.String()
}

// RateLimitError is a 429 answer that was not retried, or that was still
// 429 after the last attempt. errors.As finds the *APIError inside too.
type RateLimitError struct {
	*APIError
	// RetryAfter is how long the API asked the caller to wait, zero if it
	// did not say.
	RetryAfter time.Duration
}

// Error adds the requested wait to the APIError's description.
func (e *RateLimitError) Error() string {
	if e.RetryAfter <= 0 {
		return e.APIError.Error()
	}
	return fmt.Sprintf("%s (retry after %v)", e.APIError.Error(), e.RetryAfter)
}

// Unwrap returns the *APIError.
func (e *RateLimitError) Unwrap() error { return e.APIError }

// requestIDHeaders are the headers that may carry the request's id, in
// order of preference.
var requestIDHeaders = []string{"X-Request-Id", "X-Amzn-Requestid", "X-Correlation-Id"}

func requestID(h http.Header) string {
	for _, name := range requestIDHeaders {
		if v := h.Get(name); v != "" {
			return truncate(v, 100)
		}
	}
	return ""
}

// newAPIError reads at most maxErrorBody bytes of an error response and
// builds the error. It does not close the body.
func newAPIError(resp *http.Response, method, path string, sent Secret) *APIError {
	e := &APIError{
		StatusCode: resp.StatusCode,
		Method:     method,
		Path:       path,
		RequestID:  requestID(resp.Header),
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, maxErrorBody+1))
	switch {
	case err != nil:
		e.Message = "error body could not be read"
	case len(data) > maxErrorBody:
		e.Message = fmt.Sprintf("error body larger than %d KiB, not read", maxErrorBody>>10)
	case len(data) > 0:
		e.Message = bodyMessage(resp.Header.Get("Content-Type"), data)
	}
	e.Message = truncate(sent.scrub(e.Message), maxMessage)
	return e
}

// bodyMessage picks the explanation out of a JSON error body, or says
// what kind of body it was.
func bodyMessage(contentType string, data []byte) string {
	var fields map[string]any
	if err := json.Unmarshal(data, &fields); err != nil {
		mt, _, _ := mime.ParseMediaType(contentType)
		if mt == "" {
			mt = "unknown type"
		}
		return fmt.Sprintf("non-JSON error body (%s, %d bytes)", mt, len(data))
	}
	for _, key := range []string{"message", "error_description", "error", "errorMessage", "detail"} {
		if s, ok := fields[key].(string); ok && s != "" {
			return s
		}
	}
	return ""
}

// truncate cuts s to at most n bytes on a rune boundary, marking the cut,
// and replaces control characters so a message stays on one line.
func truncate(s string, n int) string {
	s = strings.Map(func(r rune) rune {
		if r < ' ' || r == 0x7f {
			return ' '
		}
		return r
	}, s)
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}

// transportError describes a failure to get an answer. A done context
// wins: the error is then the context's, so errors.Is(err,
// context.DeadlineExceeded) holds. The URL that *url.Error would quote,
// with its query, is dropped.
func (c *Client) transportError(ctx context.Context, method, path string, err error) error {
	if ctxErr := ctx.Err(); ctxErr != nil {
		err = ctxErr
	} else if ue, ok := errors.AsType[*url.Error](err); ok {
		err = ue.Err
	}
	c.logFailure(ctx, method, path, err)
	if strings.HasPrefix(err.Error(), "zoominfo: ") {
		return err // obtaining the token failed, and the error says where
	}
	return fmt.Errorf("zoominfo: %s %s: %w", method, path, err)
}
