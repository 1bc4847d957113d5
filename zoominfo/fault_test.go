package zoominfo

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"
)

// blockUntilDone is a handler that answers only when the client gives up.
// It reads the body first: the server notices a closed connection only
// after that.
func blockUntilDone(w http.ResponseWriter, r *http.Request) {
	_, _ = io.Copy(io.Discard, r.Body)
	select {
	case <-r.Context().Done():
	case <-time.After(10 * time.Second):
	}
}

func TestSlowServerDeadline(t *testing.T) {
	t.Parallel()
	f, c, lc, _ := keyClient(t)
	f.handle("/search/contact", blockUntilDone)

	ctx, cancel := context.WithTimeout(t.Context(), 50*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err := c.SearchContacts(ctx, &ContactSearchRequest{})
	lc.capture(err)
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("error = %v, want context.DeadlineExceeded", err)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("call took %v after a 50ms deadline", d)
	}
	if want := "zoominfo: POST /search/contact: context deadline exceeded"; err.Error() != want {
		t.Errorf("error = %q, want %q", err, want)
	}
}

func TestClientTimeout(t *testing.T) {
	t.Parallel()
	f, c, lc, _ := keyClient(t, WithTimeout(50*time.Millisecond))
	f.handle("/search/contact", blockUntilDone)
	_, err := c.SearchContacts(t.Context(), &ContactSearchRequest{})
	lc.capture(err)
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("error = %v, want context.DeadlineExceeded", err)
	}
}

func TestCancelDuringBackoff(t *testing.T) {
	t.Parallel()
	f, c, lc, _ := keyClient(t) // the real sleep
	script(f, "/search/contact", [2]string{"503", "30"})

	ctx, cancel := context.WithCancel(t.Context())
	time.AfterFunc(50*time.Millisecond, cancel)
	_, err := c.SearchContacts(ctx, &ContactSearchRequest{})
	lc.capture(err)
	if !errors.Is(err, context.Canceled) {
		t.Errorf("error = %v, want context.Canceled", err)
	}
}

func TestWaitLongerThanDeadline(t *testing.T) {
	t.Parallel()
	f, c, lc, _ := keyClient(t)
	n := script(f, "/search/contact", [2]string{"429", "60"})
	ctx, cancel := context.WithTimeout(t.Context(), 5*time.Second)
	defer cancel()

	// Waiting 60 s would outlast the caller, so the 429 comes back at once.
	_, err := c.SearchContacts(ctx, &ContactSearchRequest{})
	lc.capture(err)
	var rl *RateLimitError
	if !errors.As(err, &rl) || rl.RetryAfter != time.Minute || n.Load() != 1 {
		t.Errorf("error = %v after %d attempts, want a *RateLimitError at once", err, n.Load())
	}
}

func TestDroppedConnection(t *testing.T) {
	t.Parallel()
	cases := map[string]string{
		"mid-body":     "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{\"data\":[",
		"mid-header":   "HTTP/1.1 200 OK\r\nContent-Le",
		"before reply": "",
	}
	for name, partial := range cases {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			f, c, lc, _ := keyClient(t)
			f.handle("/search/contact", func(w http.ResponseWriter, r *http.Request) {
				conn, buf, err := http.NewResponseController(w).Hijack()
				if err != nil {
					t.Error(err)
					return
				}
				_, _ = buf.WriteString(partial)
				_ = buf.Flush()
				_ = conn.Close()
			})
			_, err := c.SearchContacts(t.Context(), &ContactSearchRequest{})
			lc.capture(err)
			if err == nil {
				t.Fatal("no error from a dropped connection")
			}
			if name == "mid-body" && !errors.Is(err, io.ErrUnexpectedEOF) {
				t.Errorf("error = %v, want io.ErrUnexpectedEOF", err)
			}
		})
	}
}

// countingServer is a second host that must never be reached.
func countingServer(t *testing.T) (*httptest.Server, *atomic.Int32) {
	var n atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n.Add(1)
	}))
	t.Cleanup(srv.Close)
	return srv, &n
}

func TestRedirectToAnotherHost(t *testing.T) {
	t.Parallel()
	other, hits := countingServer(t)
	f, c, lc, _ := keyClient(t)
	f.handle("/search/contact", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, other.URL+"/steal", http.StatusTemporaryRedirect)
	})

	_, err := c.SearchContacts(t.Context(), &ContactSearchRequest{})
	lc.capture(err)
	if !errors.Is(err, ErrRedirect) {
		t.Errorf("error = %v, want ErrRedirect", err)
	}
	if hits.Load() != 0 {
		t.Errorf("the other host received %d requests", hits.Load())
	}
}

func TestRedirectToHTTP(t *testing.T) {
	t.Parallel()
	plain, hits := countingServer(t)
	key := fakeKey(t)
	lc := newLeakCheck(t, key)
	tlsSrv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, plain.URL+r.URL.Path, http.StatusFound)
	}))
	t.Cleanup(tlsSrv.Close)

	c, err := NewClient(WithBaseURL(tlsSrv.URL+prefix), WithAPIKey(NewSecret(key)),
		WithTransport(tlsSrv.Client().Transport), WithLogger(lc.logger()))
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.SearchContacts(t.Context(), &ContactSearchRequest{})
	lc.capture(err)
	if !errors.Is(err, ErrRedirect) {
		t.Errorf("error = %v, want ErrRedirect", err)
	}
	if hits.Load() != 0 {
		t.Errorf("the http server received %d requests", hits.Load())
	}
}

func TestRedirectSameHost(t *testing.T) {
	t.Parallel()
	f, c, lc, _ := keyClient(t)
	f.handle("/old/search", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, prefix+"/search/contact", http.StatusPermanentRedirect)
	})
	var out ContactSearchResponse
	err := c.Do(t.Context(), http.MethodPost, "/old/search", &ContactSearchRequest{}, &out)
	lc.capture(err)
	if err != nil || len(out.Data) != 1 {
		t.Errorf("same-host redirect: %v, %+v", err, out)
	}
}
