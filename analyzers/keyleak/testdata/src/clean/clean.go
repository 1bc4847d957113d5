// Package clean logs around a key without logging it.
package clean

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"log"
	"net/http"
	"os"

	"github.com/zilint/zilint/zoominfo"
)

var required = []string{"ZOOMINFO_API_KEY", "ZOOMINFO_USERNAME"}

func safe(resp *http.Response) error {
	key := os.Getenv("ZOOMINFO_API_KEY")
	user := os.Getenv("ZOOMINFO_USERNAME")
	log.Printf("key type %T, length %d", key, len(key))
	log.Printf("user %s", user)
	log.Printf("status %s", resp.Status)
	log.Printf("header %s is set: %v", "Authorization", key != "")
	log.Printf("key %s", zoominfo.Redact(key))
	log.Printf("key sha %x", sha256.Sum256([]byte(key)))
	log.Printf("env var %s", "ZOOMINFO_API_KEY")
	var missing []string
	for _, name := range required {
		if os.Getenv(name) == "" {
			missing = append(missing, name)
		}
	}
	if len(missing) > 0 {
		return fmt.Errorf("missing %v", missing)
	}
	secret := zoominfo.NewSecret(key)
	log.Printf("secret %v", secret)
	fmt.Println(secret)
	if key == "" {
		return errors.New("ZOOMINFO_API_KEY is not set")
	}
	req, _ := http.NewRequest("GET", "https://api.zoominfo.com/search", nil)
	req.Header.Set("Authorization", "Bearer "+key)
	if _, err := http.DefaultClient.Do(req); err != nil {
		return fmt.Errorf("search: %w", err)
	}
	return nil
}

// maskKey is a masking helper: a sanitizer by name.
func maskKey(k string) string { return k[:4] + "…" }

func masked() {
	log.Print(maskKey(os.Getenv("ZOOMINFO_API_KEY")))
}

// creds keeps its key in an exported Secret: printing creds calls the
// field's String method.
type creds struct {
	User string
	Key  zoominfo.Secret
}

func loadCreds() creds {
	return creds{User: "svc", Key: zoominfo.NewSecret(os.Getenv("ZOOMINFO_API_KEY"))}
}

func showCreds() {
	log.Printf("creds %v", loadCreds())
}
