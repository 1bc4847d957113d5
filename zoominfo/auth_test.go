package zoominfo

import (
	"context"
	"errors"
	"net/http"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestPasswordFlow(t *testing.T) {
	t.Parallel()
	a := newAuthFake(t)
	c := a.passwordClient(t)
	for range 3 {
		if err := search(t, c, a.lc); err != nil {
			t.Fatal(err)
		}
	}
	want := []string{"POST /zi/authenticate", "POST /zi/search/contact",
		"POST /zi/search/contact", "POST /zi/search/contact"}
	if diff := cmp.Diff(want, a.requests()); diff != "" {
		t.Errorf("requests (-want +got):\n%s", diff)
	}
	if h := a.authHeaders()[0]; h != "" {
		t.Errorf("POST /authenticate carried an Authorization header")
	}
}

func TestPasswordFlowFailure(t *testing.T) {
	t.Parallel()
	a := newAuthFake(t)
	c := a.client(t, a.url(), WithPassword(PasswordCredentials{a.user, NewSecret(fakeKey(t))}))
	err := search(t, c, a.lc)
	var apiErr *APIError
	if !errors.As(err, &apiErr) {
		t.Fatalf("error %v is not an *APIError", err)
	}
	want := &APIError{StatusCode: 401, Method: "POST", Path: "/authenticate",
		RequestID: "req-42", Message: "invalid credentials: [redacted]"}
	if diff := cmp.Diff(want, apiErr); diff != "" {
		t.Errorf("APIError (-want +got):\n%s", diff)
	}
	if n := a.calls.Load(); n != 0 {
		t.Errorf("the API was called %d times without a token", n)
	}
}

func TestPKIFlow(t *testing.T) {
	t.Parallel()
	a := newAuthFake(t)
	pemKey := testPEM(t)
	a.lc.addSecret(pemKey)
	c := a.client(t, a.url(), WithPKI(PKICredentials{a.user, a.clientID, NewSecret(pemKey)}))
	if err := search(t, c, a.lc); err != nil {
		t.Fatal(err)
	}

	bad := a.client(t, a.url(), WithPKI(PKICredentials{"eve", a.clientID, NewSecret(pemKey)}))
	var apiErr *APIError
	if err := search(t, bad, a.lc); !errors.As(err, &apiErr) || apiErr.StatusCode != http.StatusUnauthorized {
		t.Errorf("unknown user: %v, want a 401 *APIError", err)
	}
	if n := a.exchanges.Load(); n != 2 {
		t.Errorf("%d exchanges, want 2", n)
	}
}

func TestClientCredentialsFlow(t *testing.T) {
	t.Parallel()
	a := newAuthFake(t)
	c := a.client(t, a.url()+"/gtm",
		WithClientCredentials(ClientCredentials{a.clientID, NewSecret(a.password)}))
	for range 2 {
		if _, err := c.SearchCompanies(t.Context(), &CompanySearchRequest{}); err != nil {
			t.Fatal(err)
		}
	}
	if n := a.exchanges.Load(); n != 1 {
		t.Errorf("%d token requests, want 1", n)
	}

	wrong := a.client(t, a.url()+"/gtm",
		WithClientCredentials(ClientCredentials{a.clientID, NewSecret(fakeKey(t))}))
	_, err := wrong.SearchCompanies(t.Context(), &CompanySearchRequest{})
	a.lc.capture(err)
	var apiErr *APIError
	if !errors.As(err, &apiErr) {
		t.Fatalf("error %v is not an *APIError", err)
	}
	if apiErr.StatusCode != http.StatusUnauthorized || apiErr.Message != "invalid_client: bad secret [redacted]" {
		t.Errorf("APIError = %+v", apiErr)
	}
}

func TestTokenRefreshBeforeExpiry(t *testing.T) {
	t.Parallel()
	a := newAuthFake(t)
	c := a.passwordClient(t)
	steps := []struct {
		advance time.Duration
		want    int32
	}{{0, 1}, {30 * time.Minute, 1}, {24 * time.Minute, 1}, {2 * time.Minute, 2},
		{54 * time.Minute, 2}, {2 * time.Minute, 3}}
	for i, s := range steps {
		a.clock.advance(s.advance)
		if err := search(t, c, a.lc); err != nil {
			t.Fatal(err)
		}
		if n := a.exchanges.Load(); n != s.want {
			t.Errorf("step %d: %d exchanges, want %d", i, n, s.want)
		}
	}
}

func TestRefreshAfter401(t *testing.T) {
	t.Parallel()
	a := newAuthFake(t)
	c := a.passwordClient(t)
	if err := search(t, c, a.lc); err != nil {
		t.Fatal(err)
	}
	tok, _ := bearer(&http.Request{Header: http.Header{"Authorization": {a.authHeaders()[1]}}})
	a.accept(tok, false) // the server revokes the JWT early

	if err := search(t, c, a.lc); err != nil {
		t.Fatalf("after revocation: %v", err)
	}
	want := []string{"POST /zi/authenticate", "POST /zi/search/contact",
		"POST /zi/search/contact", "POST /zi/authenticate", "POST /zi/search/contact"}
	if diff := cmp.Diff(want, a.requests()); diff != "" {
		t.Errorf("requests (-want +got):\n%s", diff)
	}
}

func TestConcurrentRefresh(t *testing.T) {
	t.Parallel()
	a := newAuthFake(t)
	a.delay.Store(int64(20 * time.Millisecond))
	c := a.passwordClient(t)
	burst := func() {
		var wg sync.WaitGroup
		for range 64 {
			wg.Go(func() {
				if err := search(t, c, a.lc); err != nil {
					t.Error(err)
				}
			})
		}
		wg.Wait()
	}

	burst()
	if n := a.exchanges.Load(); n != 1 {
		t.Errorf("%d exchanges for 64 concurrent calls, want 1", n)
	}
	tok, _ := bearer(&http.Request{Header: http.Header{"Authorization": {a.authHeaders()[1]}}})
	a.accept(tok, false)
	burst()
	if n := a.exchanges.Load(); n != 2 {
		t.Errorf("%d exchanges after a revocation, want 2", n)
	}
}
func TestSharedFetchOutlivesOneCaller(t *testing.T) {
	t.Parallel()
	a := newAuthFake(t)
	a.delay.Store(int64(100 * time.Millisecond))
	c := a.passwordClient(t)

	// The first caller gives up while the exchange is in flight; a second
	// caller waiting on the same exchange still gets the token.
	impatient, cancel := context.WithTimeout(t.Context(), 20*time.Millisecond)
	defer cancel()
	done := make(chan error, 1)
	go func() {
		_, err := c.SearchContacts(impatient, &ContactSearchRequest{})
		done <- err
	}()
	time.Sleep(5 * time.Millisecond)
	if err := search(t, c, a.lc); err != nil {
		t.Errorf("patient caller: %v", err)
	}
	if err := <-done; !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("impatient caller: %v, want context.DeadlineExceeded", err)
	}
	if n := a.exchanges.Load(); n != 1 {
		t.Errorf("%d exchanges, want 1", n)
	}
}
