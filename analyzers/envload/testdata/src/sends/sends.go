// Package sends puts unchecked and flag-borne keys on ZoomInfo requests.
package sends

import (
	"flag"
	"net/http"
	"os"

	"github.com/zilint/zilint/zoominfo"
)

var apiKey = flag.String("zoominfo-key", "", "ZoomInfo API key")

func unchecked() {
	key := os.Getenv("ZOOMINFO_API_KEY")
	req, _ := http.NewRequest("GET", "https://api.zoominfo.com/search", nil)
	req.Header.Set("Authorization", "Bearer "+key) // want `^ZoomInfo API key from os.Getenv\("ZOOMINFO_API_KEY"\) \(sends.go:15\) is sent by Header.Set with no emptiness check; return an error when it is empty, or load it with zoominfo.APIKeyFromEnv$`
	http.DefaultClient.Do(req)
}

func fromFlag() {
	req, _ := http.NewRequest("GET", "https://api.zoominfo.com/search", nil)
	req.Header.Set("Authorization", "Bearer "+*apiKey) // want `ZoomInfo API key from flag.String\("zoominfo-key"\) \(sends.go:12\) is sent by Header.Set; a flag shows in the process list`
	http.DefaultClient.Do(req)
}

func flagVar() {
	var pass string
	flag.StringVar(&pass, "zi-password", "", "password")
	flag.Parse()
	req, _ := http.NewRequest("POST", "https://api.zoominfo.com/authenticate", nil)
	req.SetBasicAuth("svc", pass) // want `ZoomInfo password from flag.StringVar\("zi-password"\)`
}

func secret() zoominfo.Option {
	return zoominfo.WithAPIKey(zoominfo.NewSecret(os.Getenv("ZOOMINFO_API_KEY"))) // want `is sent by zoominfo.NewSecret with no emptiness check`
}

// loadKey returns an unchecked value; the send in its caller is reported.
func loadKey() string { return os.Getenv("ZOOMINFO_API_KEY") }

func viaHelper(req *http.Request) {
	req.Header.Set("Authorization", "Bearer "+loadKey()) // want `via sends.loadKey is sent by Header.Set with no emptiness check`
}

// send receives the key: correct design, not a finding here; its
// callers are reported when they pass an unchecked value.
func send(req *http.Request, key string) {
	req.Header.Set("Authorization", "Bearer "+key)
}

func callsSend(req *http.Request) {
	send(req, os.Getenv("ZOOMINFO_API_KEY")) // want `is sent by sends.send \(reaches Header.Set\) with no emptiness check`
}

// checkedOnOneBranch checks, but the send also runs when empty.
func checkedOnOneBranch(verbose bool) {
	key := os.Getenv("ZOOMINFO_API_KEY")
	if verbose && key == "" {
		println("warning: no key")
	}
	req, _ := http.NewRequest("GET", "https://api.zoominfo.com/search", nil)
	req.Header.Set("Authorization", "Bearer "+key) // want `with no emptiness check`
}
