package zoominfo

import (
	"crypto/tls"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestBaseURL(t *testing.T) {
	t.Parallel()
	key := fakeKey(t)
	good := map[string]string{
		"https://api.zoominfo.com":          "https://api.zoominfo.com",
		"https://api.zoominfo.com/":         "https://api.zoominfo.com",
		" https://api.zoominfo.com/gtm/\n":  "https://api.zoominfo.com/gtm",
		"http://127.0.0.1:8080/zi":          "http://127.0.0.1:8080/zi",
		"http://[::1]:9/":                   "http://[::1]:9",
		"http://localhost:1234":             "http://localhost:1234",
		"HTTPS://API.ZOOMINFO.COM/enrich/x": "https://API.ZOOMINFO.COM/enrich/x",
	}
	for in, want := range good {
		c, err := NewClient(WithBaseURL(in), WithAPIKey(NewSecret(key)))
		if err != nil {
			t.Errorf("WithBaseURL(%q): %v", in, err)
			continue
		}
		if got := c.BaseURL(); got != want {
			t.Errorf("WithBaseURL(%q).BaseURL() = %q, want %q", in, got, want)
		}
	}

	bad := map[string]string{
		"http://api.zoominfo.com":              "uses http",
		"http://10.0.0.1":                      "uses http",
		"http://localhost.evil.example":        "uses http",
		"api.zoominfo.com":                     "no scheme",
		key:                                    "no scheme",
		"":                                     "no scheme",
		"ftp://api.zoominfo.com":               `scheme "ftp"`,
		"https://user:" + key + "@h.example":   "credentials",
		"https://api.zoominfo.com/?key=" + key: "query",
		"https://api.zoominfo.com/#" + key:     "query or fragment",
		"https:opaque":                         "no host",
		"https://":                             "no host",
		"https://bad host/":                    "does not parse",
	}
	for in, want := range bad {
		_, err := NewClient(WithBaseURL(in), WithAPIKey(NewSecret(key)))
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("WithBaseURL(%q) = %v, want an error with %q", in, err, want)
			continue
		}
		if strings.Contains(err.Error(), key) {
			t.Errorf("WithBaseURL error quotes the input: %v", err)
		}
	}
}

func TestOptionErrors(t *testing.T) {
	t.Parallel()
	key := NewSecret(fakeKey(t))
	lc := newLeakCheck(t, key.reveal())
	insecure := &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}
	oldTLS := &http.Transport{TLSClientConfig: &tls.Config{MinVersion: tls.VersionTLS10}}
	cases := map[string][]Option{
		"negative timeout":  {WithAPIKey(key), WithTimeout(-time.Second)},
		"zero attempts":     {WithAPIKey(key), WithMaxAttempts(0)},
		"many attempts":     {WithAPIKey(key), WithMaxAttempts(100)},
		"nil transport":     {WithAPIKey(key), WithTransport(nil)},
		"insecure TLS":      {WithAPIKey(key), WithTransport(insecure)},
		"TLS 1.0":           {WithAPIKey(key), WithTransport(oldTLS)},
		"empty key":         {WithAPIKey(Secret{})},
		"white-space key":   {WithAPIKey(NewSecret(" \n"))},
		"nil source":        {WithAPIKeySource(nil)},
		"two credentials":   {WithAPIKey(key), WithPassword(PasswordCredentials{"ada", key})},
		"no username":       {WithPassword(PasswordCredentials{"", key})},
		"no password":       {WithPassword(PasswordCredentials{"ada", Secret{}})},
		"no client id":      {WithClientCredentials(ClientCredentials{"", key})},
		"no client secret":  {WithClientCredentials(ClientCredentials{ClientID: "c"})},
		"PKI without id":    {WithPKI(PKICredentials{Username: "ada", PrivateKey: key})},
		"PKI malformed PEM": {WithPKI(PKICredentials{"ada", "c", key})},
		"nil option":        {WithAPIKey(key), nil},
	}
	for name, opts := range cases {
		c, err := NewClient(opts...)
		lc.capture(err)
		if err == nil || c != nil {
			t.Errorf("%s: NewClient = %v, %v; want an error", name, c, err)
		}
	}
}

func TestDefaults(t *testing.T) {
	t.Parallel()
	c, err := NewClient(WithAPIKey(NewSecret(fakeKey(t))))
	if err != nil {
		t.Fatal(err)
	}
	tr, ok := c.rt.(*http.Transport)
	if !ok || tr.TLSClientConfig == nil || tr.TLSClientConfig.MinVersion != tls.VersionTLS12 {
		t.Errorf("default transport does not require TLS 1.2: %#v", c.rt)
	}
	got := []any{c.BaseURL(), c.timeout, c.maxAttempts, c.String()}
	want := []any{DefaultBaseURL, DefaultTimeout, DefaultMaxAttempts,
		"zoominfo.Client{base: https://api.zoominfo.com, auth: WithAPIKey}"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("defaults (-want +got):\n%s", diff)
	}

	gtm, err := NewClient(WithClientCredentials(ClientCredentials{"c", NewSecret(fakeKey(t))}))
	if err != nil {
		t.Fatal(err)
	}
	if gtm.BaseURL() != GTMBaseURL || gtm.endpoint(tokenPath) != GTMBaseURL+"/oauth/v1/token" {
		t.Errorf("client credentials: base %s, token URL %s", gtm.BaseURL(), gtm.endpoint(tokenPath))
	}
}

func TestCheckRedirect(t *testing.T) {
	t.Parallel()
	req := func(s string) *http.Request {
		u, err := url.Parse(s)
		if err != nil {
			t.Fatal(err)
		}
		return &http.Request{URL: u}
	}
	from := []*http.Request{req("https://api.zoominfo.com/search/contact")}
	cases := map[string]bool{
		"https://api.zoominfo.com/v2/search/contact": true,
		"https://API.zoominfo.com/other":             true,
		"http://api.zoominfo.com/search/contact":     false,
		"https://evil.example/search/contact":        false,
		"https://api.zoominfo.com:8443/x":            false,
		"https://zoominfo.com/x":                     false,
	}
	for to, allowed := range cases {
		if err := checkRedirect(req(to), from); (err == nil) != allowed {
			t.Errorf("redirect to %s: %v, want allowed=%v", to, err, allowed)
		}
	}
	long := []*http.Request{from[0], from[0], from[0], from[0], from[0]}
	if checkRedirect(req("https://api.zoominfo.com/x"), long) == nil {
		t.Error("a sixth redirect is allowed")
	}
}
