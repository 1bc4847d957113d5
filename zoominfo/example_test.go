package zoominfo_test

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"

	"github.com/zilint/zilint/zoominfo"
)

// exampleAPI stands in for api.zoominfo.com under the path /zi. It
// accepts the bearer token key, and answers POST /authenticate for the
// username "ada" with the password key.
func exampleAPI(key string) *httptest.Server {
	mux := http.NewServeMux()
	authorized := func(h http.HandlerFunc) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			tok := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
			if tok != key && tok != "jwt-for-ada" {
				w.Header().Set("X-Request-Id", "r-1")
				http.Error(w, `{"message":"invalid token"}`, http.StatusUnauthorized)
				return
			}
			h(w, r)
		}
	}
	mux.HandleFunc("POST /zi/authenticate", func(w http.ResponseWriter, r *http.Request) {
		var in struct{ Username, Password string }
		_ = json.NewDecoder(r.Body).Decode(&in) // a bad body fails the check below
		if in.Username != "ada" || in.Password != key {
			http.Error(w, `{"message":"invalid credentials"}`, http.StatusUnauthorized)
			return
		}
		fmt.Fprint(w, `{"jwt": "jwt-for-ada"}`)
	})
	contacts := func(w http.ResponseWriter, _ *http.Request) {
		fmt.Fprint(w, `{"maxResults": 1, "totalResults": 1, "currentPage": 1, "data": [
			{"id": 7, "firstName": "Ada", "lastName": "Lovelace",
			 "company": {"id": 3, "name": "Example Corp"}}]}`)
	}
	mux.HandleFunc("POST /zi/search/contact", authorized(contacts))
	mux.HandleFunc("GET /zi/lookup/outputfields/contact/enrich",
		authorized(func(w http.ResponseWriter, r *http.Request) {
			fmt.Fprint(w, `{"data": [{"fieldName": "email"}, {"fieldName": "jobTitle"}]}`)
		}))
	return httptest.NewServer(mux)
}

// fakeKey is a visibly fake, randomly generated key for the examples.
func fakeKey() string {
	b := make([]byte, 16)
	rand.Read(b)
	return "FAKE-example-" + hex.EncodeToString(b)
}

// The compliant way end to end: the key comes from the environment, is
// held in a Secret, and travels only in the Authorization header of an
// https request (http here only because the test server is on loopback).
func Example() {
	deployed := fakeKey()
	_ = os.Setenv("ZOOMINFO_API_KEY", deployed+"\n") // as a deployment would, newline and all
	defer func() { _ = os.Unsetenv("ZOOMINFO_API_KEY") }()
	srv := exampleAPI(deployed)
	defer srv.Close()

	key, err := zoominfo.APIKeyFromEnv()
	if err != nil {
		fmt.Println(err) // "zoominfo: ZOOMINFO_API_KEY: unset or empty"
		return
	}
	client, err := zoominfo.NewClient(
		zoominfo.WithBaseURL(srv.URL+"/zi"), // default: https://api.zoominfo.com
		zoominfo.WithAPIKey(key),
	)
	if err != nil {
		fmt.Println(err)
		return
	}

	page, err := client.SearchContacts(context.Background(), &zoominfo.ContactSearchRequest{
		CompanyName: "Example Corp",
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, c := range page.Data {
		fmt.Println(c.FirstName, c.LastName, "at", c.Company.Name)
	}
	fmt.Println("key:", key)
	// Output:
	// Ada Lovelace at Example Corp
	// key: [redacted]
}

// A missing variable is an error that names it and can be tested with
// errors.Is.
func ExampleAPIKeyFromEnv() {
	_ = os.Unsetenv("ZOOMINFO_API_KEY")
	_, err := zoominfo.APIKeyFromEnv()
	fmt.Println(err)
	fmt.Println(errors.Is(err, zoominfo.ErrMissingEnv))
	// Output:
	// zoominfo: ZOOMINFO_API_KEY: unset or empty
	// true
}

// A Secret prints redacted however it is printed, encoded or logged.
func ExampleSecret() {
	s := zoominfo.NewSecret(fakeKey())
	cfg := struct {
		User string
		Key  zoominfo.Secret
	}{"ada", s}
	js, _ := json.Marshal(cfg)

	fmt.Println(s)
	fmt.Printf("%+v %q\n", cfg, s)
	fmt.Printf("%#v\n", s)
	fmt.Println(string(js))
	// Output:
	// [redacted]
	// {User:ada Key:[redacted]} "[redacted]"
	// zoominfo.Secret("[redacted]")
	// {"User":"ada","Key":"[redacted]"}
}

// Redact masks a raw string that has to be shown, keeping a hint to tell
// keys apart.
func ExampleRedact() {
	fmt.Println(zoominfo.Redact("FAKE-0123456789abcdef0123456789abcdef"))
	// Output: FAKE…(37 chars)
}

// The username-and-password flow exchanges the credentials for a JWT,
// which the client caches and refreshes.
func ExampleWithPassword() {
	password := fakeKey()
	srv := exampleAPI(password)
	defer srv.Close()

	client, err := zoominfo.NewClient(
		zoominfo.WithBaseURL(srv.URL+"/zi"),
		zoominfo.WithPassword(zoominfo.PasswordCredentials{
			Username: "ada", // in production: zoominfo.PasswordCredentialsFromEnv()
			Password: zoominfo.NewSecret(password),
		}),
	)
	if err != nil {
		fmt.Println(err)
		return
	}
	page, err := client.SearchContacts(context.Background(), &zoominfo.ContactSearchRequest{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(page.TotalResults, "contact")
	// Output: 1 contact
}

// Do calls endpoints that have no typed method.
func ExampleClient_Do() {
	key := fakeKey()
	srv := exampleAPI(key)
	defer srv.Close()
	client, err := zoominfo.NewClient(zoominfo.WithBaseURL(srv.URL+"/zi"),
		zoominfo.WithAPIKey(zoominfo.NewSecret(key)))
	if err != nil {
		fmt.Println(err)
		return
	}

	var fields struct {
		Data []struct{ FieldName string }
	}
	err = client.Do(context.Background(), http.MethodGet, "/lookup/outputfields/contact/enrich",
		nil, &fields)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(len(fields.Data), "fields")
	// Output: 2 fields
}

// Failures are typed; the error carries the status and request id, never
// the key.
func ExampleAPIError() {
	srv := exampleAPI(fakeKey())
	defer srv.Close()
	client, err := zoominfo.NewClient(zoominfo.WithBaseURL(srv.URL+"/zi"),
		zoominfo.WithAPIKey(zoominfo.NewSecret(fakeKey()))) // not the key the API knows
	if err != nil {
		fmt.Println(err)
		return
	}

	_, err = client.SearchContacts(context.Background(), &zoominfo.ContactSearchRequest{})
	var apiErr *zoominfo.APIError
	if errors.As(err, &apiErr) {
		fmt.Println(apiErr.StatusCode, apiErr.RequestID, apiErr.Message)
	}
	fmt.Println(err)
	// Output:
	// 401 r-1 invalid token
	// zoominfo: POST /search/contact: 401 Unauthorized (request id r-1): invalid token
}
