package zoominfo

import (
	"context"
	"io"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// Backoff between attempts: it starts at backoffBase, doubles up to
// backoffMax, and a Retry-After longer than maxRetryAfter is not waited
// for but returned to the caller as a *RateLimitError.
const (
	backoffBase   = 500 * time.Millisecond
	backoffMax    = 30 * time.Second
	maxRetryAfter = 2 * time.Minute
)

// send runs the attempts of one call and returns the 2xx body.
func (c *Client) send(ctx context.Context, method string, ref *url.URL,
	body []byte) ([]byte, error) {
	path := ref.Path
	retried401 := false
	for attempt := 1; ; attempt++ {
		req, rec, err := c.newRequest(ctx, method, ref, body)
		if err != nil {
			return nil, err
		}

		start := c.now()
		resp, err := c.http.Do(req)
		if err != nil {
			return nil, c.transportError(ctx, method, path, err)
		}
		c.logAttempt(ctx, method, path, resp.StatusCode, c.now().Sub(start), attempt)
		if resp.StatusCode/100 == 2 {
			return c.readBody(ctx, method, path, resp)
		}
		apiErr := newAPIError(resp, method, path, rec.get())
		closeBody(resp)

		// One more try after a 401, if the token may have changed since
		// (a JWT expired early, a key was rotated). It does not count as
		// an attempt.
		if resp.StatusCode == http.StatusUnauthorized && !retried401 &&
			c.auth.rejected(ctx, rec.get()) {
			retried401 = true
			attempt--
			continue
		}
		if !retryable(resp.StatusCode) {
			return nil, apiErr
		}

		wait, asked := retryAfter(resp.Header, c.now())
		var err429 error = apiErr
		if resp.StatusCode == http.StatusTooManyRequests {
			err429 = &RateLimitError{APIError: apiErr, RetryAfter: wait}
		}
		if attempt >= c.maxAttempts || wait > maxRetryAfter {
			return nil, err429
		}
		if !asked {
			wait = c.backoff(attempt)
		}
		if d, ok := ctx.Deadline(); ok && time.Until(d) < wait {
			return nil, err429 // waiting would outlast the caller
		}

		c.logRetry(ctx, method, path, resp.StatusCode, wait, attempt)
		if err := c.sleep(ctx, wait); err != nil {
			return nil, c.transportError(ctx, method, path, err)
		}
	}
}

// readBody reads a 2xx body through the cap; a body cut short by a
// dropped connection is an error.
func (c *Client) readBody(ctx context.Context, method, path string,
	resp *http.Response) ([]byte, error) {
	defer closeBody(resp)
	data, err := io.ReadAll(io.LimitReader(resp.Body, maxResponseBody+1))
	if err != nil {
		return nil, c.transportError(ctx, method, path, err)
	}
	if len(data) > maxResponseBody {
		return nil, c.transportError(ctx, method, path, errBodyTooLarge)
	}
	return data, nil
}

type bodyTooLargeError struct{}

func (bodyTooLargeError) Error() string { return "answer larger than 32 MiB" }

var errBodyTooLarge error = bodyTooLargeError{}

// closeBody closes a response body. The answer has been read or given up
// on, so a failure to close changes nothing for the caller.
func closeBody(resp *http.Response) { _ = resp.Body.Close() }

// retryable reports whether a status is worth another attempt: rate
// limiting and the server errors that are usually transient.
func retryable(status int) bool {
	switch status {
	case http.StatusTooManyRequests, http.StatusInternalServerError, http.StatusBadGateway,
		http.StatusServiceUnavailable, http.StatusGatewayTimeout:
		return true
	}
	return false
}

// retryAfter parses Retry-After, in seconds or as an HTTP date, relative
// to now. A date in the past means no wait.
func retryAfter(h http.Header, now time.Time) (time.Duration, bool) {
	v := strings.TrimSpace(h.Get("Retry-After"))
	if v == "" {
		return 0, false
	}
	if secs, err := strconv.ParseInt(v, 10, 64); err == nil {
		if secs < 0 {
			return 0, false
		}
		return time.Duration(min(secs, 1<<30)) * time.Second, true
	}
	if t, err := http.ParseTime(v); err == nil {
		return max(t.Sub(now), 0), true
	}
	return 0, false
}

// backoff is the wait before attempt+1: exponential, capped, jittered.
func (c *Client) backoff(attempt int) time.Duration {
	d := backoffBase << min(attempt-1, 10)
	return c.jitter(min(d, backoffMax))
}

// fullJitter returns a duration in [d/2, d), which spreads the retries of
// many clients while keeping the exponential growth.
func fullJitter(d time.Duration) time.Duration {
	if d <= 1 {
		return d
	}
	return d/2 + rand.N(d/2)
}

// sleepContext waits for d or until ctx is done.
func sleepContext(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// logAttempt records one answered request. Only the method, the path
// (never the query), the status and timings are logged.
func (c *Client) logAttempt(ctx context.Context, method, path string, status int,
	d time.Duration, attempt int) {
	if c.logger == nil {
		return
	}
	c.logger.LogAttrs(ctx, slog.LevelDebug, "zoominfo request",
		slog.String("method", method), slog.String("path", path),
		slog.Int("status", status), slog.Duration("duration", d), slog.Int("attempt", attempt))
}

func (c *Client) logRetry(ctx context.Context, method, path string, status int,
	wait time.Duration, attempt int) {
	if c.logger == nil {
		return
	}
	c.logger.LogAttrs(ctx, slog.LevelInfo, "zoominfo retry",
		slog.String("method", method), slog.String("path", path),
		slog.Int("status", status), slog.Duration("wait", wait), slog.Int("attempt", attempt))
}

func (c *Client) logFailure(ctx context.Context, method, path string, err error) {
	if c.logger == nil {
		return
	}
	c.logger.LogAttrs(ctx, slog.LevelWarn, "zoominfo request failed",
		slog.String("method", method), slog.String("path", path), slog.String("error", err.Error()))
}
