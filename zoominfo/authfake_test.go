package zoominfo

import (
	"encoding/json"
	"errors"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"
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
	_ = json.NewDecoder(r.Body).Decode(&in) // a bad body fails the check below
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
