// Package leaks holds keys that reach logs, errors, panics and
// responses.
package leaks

import (
	"errors"
	"fmt"
	"log"
	"log/slog"
	"net/http"
	"os"
	"strings"
)

func logs() {
	key := os.Getenv("ZOOMINFO_API_KEY")
	log.Printf("using key %s", key)               // want `^ZoomInfo API key from os.Getenv\("ZOOMINFO_API_KEY"\) \(leaks.go:16\) reaches log.Printf; log zoominfo.Redact\(key\) instead$`
	log.Println("auth:", "Bearer "+key)           // want `reaches log.Println`
	fmt.Println(fmt.Sprintf("k=%v", key))         // want `reaches fmt.Println`
	fmt.Fprintln(os.Stderr, key)                  // want `reaches fmt.Fprintln`
	slog.Info("calling ZoomInfo", "key", key)     // want `reaches slog.Info`
	slog.Info("calling", slog.String("key", key)) // want `reaches slog.String`
	var b strings.Builder
	b.WriteString("Bearer ")
	b.WriteString(key)
	log.Print(b.String()) // want `reaches log.Print`
	parts := strings.Join([]string{"a", key}, ":")
	log.Fatal(parts) // want `reaches log.Fatal`
}

func errs(pass string) error {
	token, ok := os.LookupEnv("ZOOMINFO_ACCESS_TOKEN")
	if !ok {
		return errors.New("no token")
	}
	if len(token) < 10 {
		return fmt.Errorf("bad token %q", token) // want `ZoomInfo access token from os.LookupEnv\("ZOOMINFO_ACCESS_TOKEN"\) .* reaches fmt.Errorf; keep the key out of the error`
	}
	if token == "x" {
		return errors.New("bad " + token) // want `reaches errors.New`
	}
	if token == "y" {
		panic("token " + token) // want `reaches panic`
	}
	return fmt.Errorf("wrapped: %w", errors.New(string([]byte(token)))) // want `reaches errors.New`
}

func respond(w http.ResponseWriter, r *http.Request) {
	key := os.Getenv("ZI_API_KEY")
	if r.Header.Get("X-Key") != key {
		http.Error(w, "bad key "+key, 401) // want `ZoomInfo API key from .* reaches http.Error; never write the key to an HTTP response`
		return
	}
	w.Write([]byte(key))      // want `reaches ResponseWriter.Write`
	fmt.Fprintf(w, "%s", key) // want `reaches fmt.Fprintf; never write`
}

// closures and goroutines carry the key too.
func closures() {
	key := os.Getenv("ZOOMINFO_API_KEY")
	show := func() {
		log.Print(key) // want `reaches log.Print`
	}
	show()
	go fmt.Println(key)            // want `reaches fmt.Println`
	defer log.Println("done", key) // want `reaches log.Println`
}

// helpers in the same package: a returning one and a logging wrapper.
func loadKey() string { return os.Getenv("ZOOMINFO_API_KEY") }

func debugf(format string, args ...any) { log.Printf("debug: "+format, args...) }

func bearer(k string) string { return "Bearer " + k }

func helpers() {
	debugf("key %s", loadKey())     // want `ZoomInfo API key from os.Getenv\("ZOOMINFO_API_KEY"\) \(leaks.go:70\) via leaks.loadKey reaches leaks.debugf \(reaches log.Printf\)`
	log.Print(bearer(loadKey()))    // want `reaches log.Print`
	var apiKey = os.Getenv("OTHER") // not a ZoomInfo variable, but the name counts in context
	log.Print(apiKey)               // want `ZoomInfo API key from .*`
}

// A parameter named for a credential is a credential in ZoomInfo code.
func logParam(zoominfoToken string) {
	log.Printf("token=%s", zoominfoToken) // want `ZoomInfo API key from parameter zoominfoToken`
}

// A map holding the key is a container.
func maps() {
	m := map[string]string{"key": os.Getenv("ZOOMINFO_API_KEY")}
	log.Println(m) // want `reaches log.Println`
}
