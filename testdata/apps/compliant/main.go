// Command compliant calls the ZoomInfo API the way zilint expects: the
// key from the environment, checked, sent over https in a header.
package main

import (
	"crypto/tls"
	"errors"
	"fmt"
	"log"
	"net/http"
	"os"
	"time"
)

const (
	baseURL   = "https://api.zoominfo.com"
	keyEnv    = "ZOOMINFO_API_KEY"
	userAgent = "compliant-example/1.0"
)

// callbackURL is an OAuth loopback redirect; plain http is fine on loopback.
const callbackURL = "http://localhost:9876/callback"

func loadKey() (string, error) {
	key := os.Getenv(keyEnv)
	if key == "" {
		return "", errors.New(keyEnv + " is not set")
	}
	return key, nil
}

func newClient() *http.Client {
	return &http.Client{
		Timeout: 30 * time.Second,
		Transport: &http.Transport{
			TLSClientConfig: &tls.Config{MinVersion: tls.VersionTLS12},
		},
	}
}

func main() {
	key, err := loadKey()
	if err != nil {
		log.Fatal(err)
	}
	req, err := http.NewRequest("GET", baseURL+"/search/contact", nil)
	if err != nil {
		log.Fatal(err)
	}
	req.Header.Set("Authorization", "Bearer "+key)
	req.Header.Set("User-Agent", userAgent)
	resp, err := newClient().Do(req)
	if err != nil {
		log.Fatal(err)
	}
	defer resp.Body.Close()
	fmt.Println(resp.Status, callbackURL != "")
}
