package zoominfo

import (
	"errors"
	"net/http"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// keyClient returns a fake accepting a fresh API key and a client using
// it, with a leak check covering the key.
func keyClient(t *testing.T, opts ...Option) (*fakeAPI, *Client, *leakCheck, string) {
	t.Helper()
	key := fakeKey(t)
	f := newFake(t, key)
	lc := newLeakCheck(t, key)
	opts = append([]Option{WithBaseURL(f.url()), WithAPIKey(NewSecret(key)),
		WithLogger(lc.logger())}, opts...)
	c, err := NewClient(opts...)
	if err != nil {
		t.Fatal(err)
	}
	lc.capture(c, opts)
	return f, c, lc, key
}

func TestSearchContacts(t *testing.T) {
	t.Parallel()
	f, c, lc, key := keyClient(t)

	got, err := c.SearchContacts(t.Context(), &ContactSearchRequest{CompanyName: "Example Corp"})
	lc.capture(got, err)
	if err != nil {
		t.Fatal(err)
	}
	want := &ContactSearchResponse{MaxResults: 1, TotalResults: 1, CurrentPage: 1,
		Data: []Contact{{ID: 7, FirstName: "Ada", LastName: "Lovelace", JobTitle: "Engineer",
			Company: CompanyLink{ID: 3, Name: "Example Corp"}}}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("SearchContacts (-want +got):\n%s", diff)
	}

	// The key travels in the header only.
	if diff := cmp.Diff([]string{"POST /zi/search/contact"}, f.requests()); diff != "" {
		t.Errorf("requests (-want +got):\n%s", diff)
	}
	if f.authHeaders()[0] != "Bearer "+key {
		t.Errorf("Authorization header is not the bearer key")
	}
	if !strings.Contains(lc.log.String(), `"path":"/search/contact"`) {
		t.Errorf("log lacks the path: %s", lc.log.String())
	}
}

func TestTypedMethods(t *testing.T) {
	t.Parallel()
	f, c, lc, _ := keyClient(t)
	ctx := t.Context()

	companies, err := c.SearchCompanies(ctx, &CompanySearchRequest{CompanyName: "Example Corp"})
	lc.capture(companies, err)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]Company{{ID: 3, Name: "Example Corp"}}, companies.Data); diff != "" {
		t.Errorf("SearchCompanies (-want +got):\n%s", diff)
	}

	people, err := c.EnrichContacts(ctx, &ContactEnrichRequest{
		MatchPersonInput: []ContactMatch{{EmailAddress: "ada@example.com"}},
		OutputFields:     []string{"id", "firstName", "email"},
	})
	if err != nil {
		t.Fatal(err)
	}
	wantPeople := []ContactEnrichResult{{Input: ContactMatch{EmailAddress: "ada@example.com"},
		Data:        []Contact{{ID: 7, FirstName: "Ada", Email: "ada@example.com"}},
		MatchStatus: "FULL_MATCH"}}
	if diff := cmp.Diff(wantPeople, people.Data.Result); diff != "" {
		t.Errorf("EnrichContacts (-want +got):\n%s", diff)
	}

	firms, err := c.EnrichCompanies(ctx, &CompanyEnrichRequest{
		MatchCompanyInput: []CompanyMatch{{CompanyWebsite: "example.com"}},
		OutputFields:      []string{"id", "name", "website"},
	})
	if err != nil {
		t.Fatal(err)
	}
	wantFirms := []CompanyEnrichResult{{Input: CompanyMatch{CompanyWebsite: "example.com"},
		Data:        []Company{{ID: 3, Name: "Example Corp", Website: "example.com"}},
		MatchStatus: "FULL_MATCH"}}
	if diff := cmp.Diff(wantFirms, firms.Data.Result); diff != "" {
		t.Errorf("EnrichCompanies (-want +got):\n%s", diff)
	}

	var echo struct {
		Path string         `json:"path"`
		Echo map[string]any `json:"echo"`
	}
	err = c.Do(ctx, http.MethodPost, "/lookup/outputfields?x=1", map[string]any{"a": "b"}, &echo)
	if err != nil {
		t.Fatal(err)
	}
	if echo.Path != "/lookup/outputfields" || echo.Echo["a"] != "b" {
		t.Errorf("Do answer = %+v", echo)
	}
	if strings.Contains(lc.log.String(), "x=1") {
		t.Errorf("log has the query string: %s", lc.log.String())
	}
	if got := len(f.requests()); got != 4 {
		t.Errorf("fake received %d requests, want 4", got)
	}
}

func TestBadCallInputSendsNothing(t *testing.T) {
	t.Parallel()
	f, c, lc, _ := keyClient(t)
	ctx := t.Context()

	errs := []error{
		c.Do(ctx, "POST", "https://elsewhere.example/x", nil, nil),
		c.Do(ctx, "POST", "//elsewhere.example/x", nil, nil),
		c.Do(ctx, "POST", "relative/path", nil, nil),
		c.Do(ctx, "POST", "/search/contact", map[string]any{"c": make(chan int)}, nil),
		c.Do(nil, "POST", "/search/contact", nil, nil), //nolint:staticcheck // nil ctx on purpose
		c.Do(ctx, "BAD METHOD", "/search/contact", nil, nil),
	}
	_, err := c.SearchContacts(ctx, nil)
	errs = append(errs, err)
	_, err = c.EnrichCompanies(ctx, nil)
	errs = append(errs, err)

	for i, err := range errs {
		lc.capture(err)
		if err == nil {
			t.Errorf("case %d: no error", i)
		}
	}
	if got := f.requests(); len(got) != 0 {
		t.Errorf("fake received %v, want nothing", got)
	}
}

func TestUnauthorizedStaticKey(t *testing.T) {
	t.Parallel()
	f, c, lc, key := keyClient(t)
	f.accept(key, false)

	_, err := c.SearchContacts(t.Context(), &ContactSearchRequest{LastName: "Lovelace"})
	lc.capture(err)
	var apiErr *APIError
	if !errors.As(err, &apiErr) {
		t.Fatalf("error %v is not an *APIError", err)
	}
	want := &APIError{StatusCode: 401, Method: "POST", Path: "/search/contact",
		RequestID: "req-42", Message: "invalid token"}
	if diff := cmp.Diff(want, apiErr); diff != "" {
		t.Errorf("APIError (-want +got):\n%s", diff)
	}
	// The same key would be refused again, so there is no second try.
	if got := len(f.requests()); got != 1 {
		t.Errorf("fake received %d requests, want 1", got)
	}
}

func TestErrorBodies(t *testing.T) {
	t.Parallel()
	f, c, lc, key := keyClient(t)
	cases := map[string]struct {
		contentType, body, want string
	}{
		"echo": {"application/json", `{"message":"bad key Bearer ` + key + `"}`,
			"bad key Bearer [redacted]"},
		"html": {"text/html", "<html>" + key + "</html>", "non-JSON error body (text/html, 57 bytes)"},
		"oversize": {"application/json", `{"message":"` + strings.Repeat(key, 3000) + `"}`,
			"error body larger than 64 KiB, not read"},
		"empty": {"", "", ""},
	}
	for name, tc := range cases {
		f.handle("/case/"+name, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", tc.contentType)
			w.WriteHeader(http.StatusBadRequest)
			_, _ = w.Write([]byte(tc.body))
		})
		err := c.Do(t.Context(), "POST", "/case/"+name, nil, nil)
		lc.capture(err)
		var apiErr *APIError
		if !errors.As(err, &apiErr) {
			t.Fatalf("%s: error %v is not an *APIError", name, err)
		}
		if apiErr.Message != tc.want || apiErr.StatusCode != http.StatusBadRequest {
			t.Errorf("%s: got %d %q, want 400 %q", name, apiErr.StatusCode, apiErr.Message, tc.want)
		}
	}
}
