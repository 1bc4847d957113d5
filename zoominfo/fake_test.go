package zoominfo

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
)

// prefix is where the fake mounts the API, so that tests catch a client
// that drops the base URL's path.
const prefix = "/zi"

// fakeKey returns a visibly fake random credential.
func fakeKey(t testing.TB) string {
	t.Helper()
	b := make([]byte, 18)
	if _, err := rand.Read(b); err != nil {
		t.Fatal(err)
	}
	return "FAKE-zi-" + hex.EncodeToString(b)
}

// fakeAPI is an httptest server standing in for the API. It accepts
// bearer tokens in tokens, counts requests, and lets a test take over any
// path with a handler of its own.
type fakeAPI struct {
	t   *testing.T
	srv *httptest.Server

	mu       sync.Mutex
	tokens   map[string]bool // bearer tokens the API accepts
	seen     []string        // "METHOD /path?query" of every request
	auths    []string        // the Authorization header of every request
	handlers map[string]http.HandlerFunc

	calls atomic.Int32 // requests to API paths (not /authenticate)
}

// newFake starts a fake that accepts the given bearer tokens.
func newFake(t *testing.T, tokens ...string) *fakeAPI {
	f := &fakeAPI{t: t, tokens: map[string]bool{}, handlers: map[string]http.HandlerFunc{}}
	for _, tok := range tokens {
		f.tokens[tok] = true
	}
	f.srv = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(f.srv.Close)
	return f
}

// url is the base URL to give the client.
func (f *fakeAPI) url() string { return f.srv.URL + prefix }

// handle overrides the handler of a path below the prefix.
func (f *fakeAPI) handle(path string, h http.HandlerFunc) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.handlers[path] = h
}

func (f *fakeAPI) accept(tok string, ok bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.tokens[tok] = ok
}

// requests returns what the fake has received.
func (f *fakeAPI) requests() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]string(nil), f.seen...)
}

// authHeaders returns the Authorization header of every request.
func (f *fakeAPI) authHeaders() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]string(nil), f.auths...)
}

func (f *fakeAPI) serve(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	f.seen = append(f.seen, r.Method+" "+r.URL.RequestURI())
	f.auths = append(f.auths, r.Header.Get("Authorization"))
	path, found := strings.CutPrefix(r.URL.Path, prefix)
	h := f.handlers[path]
	f.mu.Unlock()

	switch {
	case !found:
		http.NotFound(w, r)
	case h != nil:
		h(w, r)
	default:
		f.api(w, r, path)
	}
}

// api answers the typed endpoints for an accepted bearer token.
func (f *fakeAPI) api(w http.ResponseWriter, r *http.Request, path string) {
	f.calls.Add(1)
	tok, _ := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	f.mu.Lock()
	ok := f.tokens[tok]
	f.mu.Unlock()
	if !ok {
		writeJSON(w, http.StatusUnauthorized, map[string]any{"error": "invalid token"})
		return
	}
	if r.Method != http.MethodPost || r.Header.Get("Content-Type") != "application/json" {
		writeJSON(w, http.StatusBadRequest, map[string]any{"message": "want POST with JSON"})
		return
	}
	var in map[string]any
	if err := json.NewDecoder(io.LimitReader(r.Body, 1<<20)).Decode(&in); err != nil {
		writeJSON(w, http.StatusBadRequest, map[string]any{"message": "bad JSON"})
		return
	}

	switch path {
	case "/search/contact":
		writeJSON(w, 200, map[string]any{"maxResults": 1, "totalResults": 1, "currentPage": 1,
			"data": []any{map[string]any{"id": 7, "firstName": "Ada", "lastName": "Lovelace",
				"jobTitle": "Engineer", "company": map[string]any{"id": 3, "name": in["companyName"]}}}})
	case "/search/company":
		writeJSON(w, 200, map[string]any{"maxResults": 1, "totalResults": 1, "currentPage": 1,
			"data": []any{map[string]any{"id": 3, "name": in["companyName"]}}})
	case "/enrich/contact", "/enrich/company":
		input := in["matchPersonInput"]
		data := map[string]any{"id": 7, "firstName": "Ada", "email": "ada@example.com"}
		if path == "/enrich/company" {
			input = in["matchCompanyInput"]
			data = map[string]any{"id": 3, "name": "Example Corp", "website": "example.com"}
		}
		first := input.([]any)[0]
		writeJSON(w, 200, map[string]any{"success": true, "data": map[string]any{
			"result": []any{map[string]any{"input": first, "data": []any{data},
				"matchStatus": "FULL_MATCH"}}}})
	default:
		writeJSON(w, 200, map[string]any{"echo": in, "path": path})
	}
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("X-Request-Id", "req-42")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v) // the client sees a short body if this fails
}
