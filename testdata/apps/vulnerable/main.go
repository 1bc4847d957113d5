// Command vulnerable calls the ZoomInfo API in every way zilint reports.
// Every secret here is a generated fake (marker: zilint-fake).
package main

import (
	"cmp"
	"crypto/tls"
	"fmt"
	"log"
	"net/http"
	"os"
	"strings"

	"example.com/vulnerable/internal/zi"
)

const baseURL = "http://api.zoominfo.com"

const apiKey = "4IC5LTRTFi5XI2Foib6csvrJvbTLjRjchIpZCZwh"

func main() {
	password := os.Getenv("ZOOMINFO_PASSWORD")
	if password == "" {
		password = "Summer!2026pw"
	}
	client := &http.Client{Transport: &http.Transport{
		TLSClientConfig: &tls.Config{InsecureSkipVerify: true},
	}}
	body := fmt.Sprintf(`{"username":%q,"password":%q}`, "svc-zoominfo", password)
	resp, err := client.Post(baseURL+"/authenticate", "application/json", strings.NewReader(body))
	if err != nil {
		log.Fatal(err)
	}
	resp.Body.Close()

	req, _ := http.NewRequest("GET", zi.SearchURL(), nil)
	req.Header.Set("Authorization", "Bearer "+apiKey)
	secret := cmp.Or(os.Getenv("ZOOMINFO_CLIENT_SECRET"), "dCcA64kcKTSykQR3V6QaEH2bLHvTwFmU5KSvSxmd")
	_ = secret
	if _, err := client.Do(req); err != nil {
		log.Fatal(err)
	}
}

// searchClient is built with a key literal.
type searchClient struct{ apiKey string }

func newSearchClient() *searchClient {
	return &searchClient{apiKey: "bfULwWWPu7nmCEumgeC11JGW0Exdq4DIlDgTfbX7"}
}
