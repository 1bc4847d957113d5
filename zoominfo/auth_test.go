package zoominfo

import (
	"encoding/json"
	"errors"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"
	"github.com/google/go-cmp/cmp"
)

// authFake adds POST /authenticate and the OAuth token endpoint to the
// fake API. Every token it issues is added to the leak check.
type authFake struct {
	*fakeAPI
	lc       *leakCheck
	clock    *fakeClock
	user     string
	password string // for the password flow and as the OAuth secret
	clientID string
	delay    atomic.Int64 // how long an exchange takes, in nanoseconds

	exchanges atomic.Int32
}

func newAuthFake(t *testing.T) *authFake {
	a := &authFake{fakeAPI: newFake(t), clock: newClock(), user: "ada@example.com",
		password: fakeKey(t), clientID: "client-7"}
	a.lc = newLeakCheck(t, a.password)
	a.handle("/authenticate", a.authenticate)
	a.handle("/gtm/oauth/v1/token", a.token)
	return a
}

// issue makes a token the API accepts from now on.
func (a *authFake) issue(w http.ResponseWriter, field string) {
	tok := "FAKE-jwt-" + fakeKey(a.t)
	a.lc.addSecret(tok)
	a.accept(tok, true)
	writeJSON(w, http.StatusOK, map[string]any{field: tok, "token_type": "bearer",
		"expires_in": 3600})
}

func (a *authFake) authenticate(w http.ResponseWriter, r *http.Request) {
	a.exchanges.Add(1)
	time.Sleep(time.Duration(a.delay.Load()))
	if assertion, ok := bearer(r); ok {
		if err := a.checkAssertion(assertion); err != nil {
			writeJSON(w, http.StatusUnauthorized, map[string]any{"message": err.Error()})
			return
		}
		a.issue(w, "jwt")
		return
	}

	var in struct{ Username, Password string }
	json.NewDecoder(r.Body).Decode(&in)
	if in.Username != a.user || in.Password != a.password {
		// A careless server echoes what it was sent.
		writeJSON(w, http.StatusUnauthorized,
			map[string]any{"message": "invalid credentials: " + in.Password})
		return
	}
	a.issue(w, "jwt")
}

// checkAssertion verifies the PKI flow's client assertion.
func (a *authFake) checkAssertion(assertion string) error {
	claims := jwt.MapClaims{}
	_, err := jwt.ParseWithClaims(assertion, claims,
		func(*jwt.Token) (any, error) { return &testKey().PublicKey, nil },
		jwt.WithValidMethods([]string{"RS256"}), jwt.WithAudience(assertionAudience),
		jwt.WithIssuer(assertionIssuer), jwt.WithTimeFunc(a.clock.now), jwt.WithIssuedAt())
	if err != nil {
		return err
	}
	iat, _ := claims.GetIssuedAt()
	exp, _ := claims.GetExpirationTime()
	switch {
	case claims["username"] != a.user || claims["client_id"] != a.clientID:
		return errors.New("unknown user or client")
	case exp.Sub(iat.Time) != 300*time.Second:
		return errors.New("assertion must live 300 s")
	}
	return nil
}

func (a *authFake) token(w http.ResponseWriter, r *http.Request) {
	a.exchanges.Add(1)
	id, secret, _ := r.BasicAuth()
	if r.PostFormValue("grant_type") != "client_credentials" || id != a.clientID ||
		secret != a.password {
		writeJSON(w, http.StatusUnauthorized, map[string]any{"error": "invalid_client",
			"error_description": "bad secret " + secret})
		return
	}
	a.issue(w, "access_token")
}

func bearer(r *http.Request) (string, bool) {
	tok, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	return tok, ok && tok != ""
}

// client builds a client for the fake with the given credential option.
func (a *authFake) client(t *testing.T, base string, cred Option) *Client {
	t.Helper()
	opts := []Option{WithBaseURL(base), cred, WithLogger(a.lc.logger()),
		withClock(a.clock.now), withSleep(a.clock.sleep)}
	c, err := NewClient(opts...)
	if err != nil {
		t.Fatal(err)
	}
	a.lc.capture(c, opts)
	return c
}

func (a *authFake) passwordClient(t *testing.T) *Client {
	return a.client(t, a.url(), WithPassword(PasswordCredentials{a.user, NewSecret(a.password)}))
}

func search(t *testing.T, c *Client, lc *leakCheck) error {
	_, err := c.SearchContacts(t.Context(), &ContactSearchRequest{LastName: "Lovelace"})
	lc.capture(err)
	return err
}

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
	if err := search(t, bad, a.lc); !errors.As(err, &apiErr) || apiErr.StatusCode != 401 {
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
	if apiErr.StatusCode != 401 || apiErr.Message != "invalid_client: bad secret [redacted]" {
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
