package zoominfo

import (
	"errors"
	"net/http"
	"strconv"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// script answers a path with the given statuses in turn, then lets the
// fake API answer. Each status comes with a Retry-After value ("" for
// none).
func script(f *fakeAPI, path string, steps ...[2]string) *atomic.Int32 {
	var n atomic.Int32
	f.handle(path, func(w http.ResponseWriter, r *http.Request) {
		i := int(n.Add(1)) - 1
		if i >= len(steps) {
			f.api(w, r, path)
			return
		}
		if steps[i][1] != "" {
			w.Header().Set("Retry-After", steps[i][1])
		}
		status, _ := strconv.Atoi(steps[i][0])
		writeJSON(w, status, map[string]any{"message": "try later"})
	})
	return &n
}

// retryClient is keyClient with a fake clock and no jitter.
func retryClient(t *testing.T, opts ...Option) (*fakeAPI, *Client, *leakCheck, *fakeClock) {
	clock := newClock()
	opts = append([]Option{withClock(clock.now), withSleep(clock.sleep),
		withJitter(func(d time.Duration) time.Duration { return d })}, opts...)
	f, c, lc, _ := keyClient(t, opts...)
	return f, c, lc, clock
}

func TestRetries(t *testing.T) {
	t.Parallel()
	date := newClock().now().Add(30 * time.Second).Format(http.TimeFormat)
	past := newClock().now().Add(-time.Hour).Format(http.TimeFormat)
	cases := map[string]struct {
		steps     [][2]string
		wantWaits []time.Duration
	}{
		"429 seconds":      {[][2]string{{"429", "7"}}, []time.Duration{7 * time.Second}},
		"429 date":         {[][2]string{{"429", date}}, []time.Duration{30 * time.Second}},
		"429 past date":    {[][2]string{{"429", past}}, []time.Duration{0}},
		"429 no header":    {[][2]string{{"429", ""}}, []time.Duration{500 * time.Millisecond}},
		"429 bad header":   {[][2]string{{"429", "soon"}}, []time.Duration{500 * time.Millisecond}},
		"500 then success": {[][2]string{{"500", ""}}, []time.Duration{500 * time.Millisecond}},
		"502 503 504": {[][2]string{{"502", ""}, {"503", "1"}, {"504", ""}},
			[]time.Duration{500 * time.Millisecond, time.Second, 2 * time.Second}},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			f, c, lc, clock := retryClient(t)
			n := script(f, "/search/contact", tc.steps...)
			_, err := c.SearchContacts(t.Context(), &ContactSearchRequest{})
			lc.capture(err)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.wantWaits, clock.waits()); diff != "" {
				t.Errorf("waits (-want +got):\n%s", diff)
			}
			if got, want := int(n.Load()), len(tc.steps)+1; got != want {
				t.Errorf("%d attempts, want %d", got, want)
			}
		})
	}
}

func TestRateLimitExhausted(t *testing.T) {
	t.Parallel()
	f, c, lc, clock := retryClient(t)
	n := script(f, "/search/contact", [][2]string{{"429", "2"}, {"429", "2"}, {"429", "2"},
		{"429", "2"}, {"429", "2"}}...)
	_, err := c.SearchContacts(t.Context(), &ContactSearchRequest{})
	lc.capture(err)

	var rl *RateLimitError
	var apiErr *APIError
	if !errors.As(err, &rl) || !errors.As(err, &apiErr) {
		t.Fatalf("error %v is not a *RateLimitError wrapping an *APIError", err)
	}
	if rl.RetryAfter != 2*time.Second || apiErr.StatusCode != http.StatusTooManyRequests || apiErr.RequestID != "req-42" {
		t.Errorf("RateLimitError = %+v, APIError = %+v", rl, apiErr)
	}
	want := "zoominfo: POST /search/contact: 429 Too Many Requests (request id req-42): " +
		"try later (retry after 2s)"
	if err.Error() != want {
		t.Errorf("error = %q, want %q", err, want)
	}
	if got := n.Load(); got != DefaultMaxAttempts {
		t.Errorf("%d attempts, want %d", got, DefaultMaxAttempts)
	}
	if got := len(clock.waits()); got != DefaultMaxAttempts-1 {
		t.Errorf("%d waits, want %d", got, DefaultMaxAttempts-1)
	}
}

func TestNoRetry(t *testing.T) {
	t.Parallel()
	cases := map[string]struct {
		status, retryAfter string
		opts               []Option
	}{
		"400":               {"400", "", nil},
		"501":               {"501", "", nil},
		"403":               {"403", "1", nil},
		"long Retry-After":  {"429", "3600", nil},
		"one attempt":       {"503", "", []Option{WithMaxAttempts(1)}},
		"one attempt (429)": {"429", "1", []Option{WithMaxAttempts(1)}},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			f, c, lc, clock := retryClient(t, tc.opts...)
			n := script(f, "/search/contact", [2]string{tc.status, tc.retryAfter})
			_, err := c.SearchContacts(t.Context(), &ContactSearchRequest{})
			lc.capture(err)
			var apiErr *APIError
			if !errors.As(err, &apiErr) || strconv.Itoa(apiErr.StatusCode) != tc.status {
				t.Errorf("error = %v, want an *APIError with status %s", err, tc.status)
			}
			if n.Load() != 1 || len(clock.waits()) != 0 {
				t.Errorf("%d attempts and waits %v, want 1 and none", n.Load(), clock.waits())
			}
		})
	}
}

func TestRetryAfterParse(t *testing.T) {
	t.Parallel()
	now := newClock().now()
	cases := map[string]struct {
		want time.Duration
		ok   bool
	}{
		"":                     {0, false},
		"0":                    {0, true},
		" 120 ":                {2 * time.Minute, true},
		"-5":                   {0, false},
		"1.5":                  {0, false},
		"99999999999999999999": {0, false},
		now.Add(time.Minute).Format(http.TimeFormat): {time.Minute, true},
		"Wed, 02 Jan 2030 03:04:35 GMT":              {30 * time.Second, true},
		"Wednesday, 02-Jan-30 03:05:05 GMT":          {time.Minute, true},
		"yesterday":                                  {0, false},
	}
	for in, tc := range cases {
		got, ok := retryAfter(http.Header{"Retry-After": {in}}, now)
		if got != tc.want || ok != tc.ok {
			t.Errorf("retryAfter(%q) = %v, %v; want %v, %v", in, got, ok, tc.want, tc.ok)
		}
	}
}

func TestBackoffGrowsWithJitter(t *testing.T) {
	t.Parallel()
	c := &Client{jitter: fullJitter}
	for attempt := 1; attempt <= 12; attempt++ {
		ceiling := min(backoffBase<<(attempt-1), backoffMax)
		for range 50 {
			if d := c.backoff(attempt); d < ceiling/2 || d >= ceiling {
				t.Fatalf("backoff(%d) = %v, want in [%v, %v)", attempt, d, ceiling/2, ceiling)
			}
		}
	}
}
