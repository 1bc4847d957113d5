// Package negatives holds http URLs that are not findings.
package negatives

import (
	"fmt"
	"net/http"
	"net/http/httptest"
)

// A comment naming http://api.zoominfo.com is not code.

const callback = "http://localhost:9876/callback"

const loopback = "http://127.0.0.1:34567/token"

const other = "http://example.com/api"

// zoom.us belongs to a different company.
const zoom = "http://zoom.us/oauth/token"

const secure = "https://api.zoominfo.com/search"

const lookalike = "http://notzoominfo.com/x"

const evil = "http://zoominfo.com.evil.test/x"

const redirect = "http://example.com/?next=https://api.zoominfo.com"

const bareHost = "api.zoominfo.com"

func testServer(h http.Handler) string {
	srv := httptest.NewServer(h)
	defer srv.Close()
	return srv.URL + "/search"
}

func unknownHost(host string) string {
	return "http://" + host
}

func secureConcat(anything string) string {
	return "https://" + anything
}

func secureSprintf(region string) string {
	return fmt.Sprintf("https://%s.zoominfo.com", region)
}

func schemeOnly() string {
	return "http://"
}

var _ = []string{callback, loopback, other, zoom, secure, lookalike, evil, redirect, bareHost}
