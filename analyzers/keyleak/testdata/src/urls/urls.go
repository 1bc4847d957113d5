// Package urls puts keys in URLs, request dumps and request errors.
package urls

import (
	"fmt"
	"log"
	"net/http"
	"net/http/httputil"
	"net/url"
	"os"

	"github.com/zilint/zilint/zoominfo"
)

const base = "https://partners.zoominfo.com/search"

func query() error {
	key := os.Getenv("ZOOMINFO_PARTNER_KEY")
	u := base + "?format=json&key=" + key // want `ZoomInfo partner API key from os.Getenv\("ZOOMINFO_PARTNER_KEY"\) .* reaches URL query; send the key in the Authorization header`
	resp, err := http.Get(u)
	if err != nil {
		log.Printf("search failed: %v", err) // want `reaches log.Printf`
		return err
	}
	defer resp.Body.Close()
	log.Printf("status %s", resp.Status)
	return nil
}

func values(w http.ResponseWriter) {
	key := os.Getenv("ZOOMINFO_API_KEY")
	u, _ := url.Parse(base)
	q := u.Query()
	q.Set("api_key", key) // want `reaches Values.Set; send the key in the Authorization header`
	u.RawQuery = q.Encode()
	req, _ := http.NewRequest("GET", u.String(), nil)
	if _, err := http.DefaultClient.Do(req); err != nil {
		http.Error(w, err.Error(), 502) // want `reaches http.Error`
	}
	_ = fmt.Errorf("GET %s: failed", u.Redacted()) // want `reaches fmt.Errorf`
}

func status(u *url.URL, resp *http.Response) error {
	key := os.Getenv("ZOOMINFO_API_KEY")
	q := u.Query()
	q.Set("key", key) // want `reaches Values.Set`
	u.RawQuery = q.Encode()
	return fmt.Errorf("GET %s: %s", u.String(), resp.Status) // want `reaches fmt.Errorf`
}

func dump(debug *log.Logger) {
	key := os.Getenv("ZOOMINFO_API_KEY")
	req, _ := http.NewRequest("GET", base, nil)
	req.Header.Set("Authorization", "Bearer "+key)
	out, _ := httputil.DumpRequestOut(req, true)
	debug.Printf("%s", out) // want `reaches Logger.Printf`
	// A header-only key does not make the transport error leak.
	if _, err := http.DefaultClient.Do(req); err != nil {
		debug.Print(err)
	}
}

func dumpMasked(debug *log.Logger) {
	key := os.Getenv("ZOOMINFO_API_KEY")
	req, _ := http.NewRequest("GET", base, nil)
	req.Header.Set("Authorization", "Bearer "+key)
	clone := req.Clone(req.Context())
	clone.Header.Set("Authorization", "Bearer REDACTED")
	out, _ := httputil.DumpRequestOut(clone, true)
	debug.Printf("%s", out)
}

func sprintfQuery() string {
	return fmt.Sprintf("https://partners.zoominfo.com/search?key=%s", os.Getenv("ZOOMINFO_PARTNER_KEY")) // want `reaches URL query`
}

func headerCloneMasked(debug *log.Logger) {
	key := os.Getenv("ZOOMINFO_API_KEY")
	req, _ := http.NewRequest("GET", base, nil)
	req.Header.Set("Authorization", "Bearer "+key)
	h := req.Header.Clone()
	h.Set("Authorization", "Bearer "+zoominfo.Redact(key))
	out := req.Clone(req.Context())
	out.Header = h
	b, _ := httputil.DumpRequestOut(out, true)
	debug.Printf("%s", b)
}

func fetchToken() string { return "" }

// tokenInHeader: what goes into the Authorization header is a
// credential, wherever it came from.
func tokenInHeader(req *http.Request) {
	tok := fetchToken()
	req.Header.Set("Authorization", "Bearer "+tok)
	log.Printf("token %s", tok)    // want `ZoomInfo access token from the Authorization header \(urls.go:95\) reaches log.Printf`
	log.Printf("request %+v", req) // want `reaches log.Printf`
	log.Printf("user agent %s", req.UserAgent())
}
