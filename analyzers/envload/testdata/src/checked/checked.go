// Package checked loads keys the approved ways.
package checked

import (
	"errors"
	"log"
	"net/http"
	"os"
	"strings"

	"github.com/zilint/zilint/zoominfo"
	"zi"
)

func returnsErr(req *http.Request) error {
	key := os.Getenv("ZOOMINFO_API_KEY")
	if key == "" {
		return errors.New("ZOOMINFO_API_KEY is not set")
	}
	req.Header.Set("Authorization", "Bearer "+key)
	return nil
}

func lenCheck(req *http.Request) {
	key := strings.TrimSpace(os.Getenv("ZOOMINFO_API_KEY"))
	if len(key) == 0 {
		log.Fatal("ZOOMINFO_API_KEY is not set")
	}
	req.Header.Set("Authorization", "Bearer "+key)
}

func lookup(req *http.Request) error {
	key, ok := os.LookupEnv("ZOOMINFO_API_KEY")
	if !ok {
		return errors.New("ZOOMINFO_API_KEY is not set")
	}
	req.Header.Set("Authorization", "Bearer "+key)
	return nil
}

func nonEmptyBranch(req *http.Request) {
	if key := os.Getenv("ZOOMINFO_API_KEY"); key != "" {
		req.Header.Set("Authorization", "Bearer "+key)
	}
}

// mustEnv exits when the variable is unset.
func mustEnv(name string) string {
	v := os.Getenv(name)
	if v == "" {
		log.Fatalf("%s is not set", name)
	}
	return v
}

func withMustEnv(req *http.Request) {
	req.Header.Set("Authorization", "Bearer "+mustEnv("ZOOMINFO_API_KEY"))
	req.Header.Set("Authorization", "Bearer "+zi.MustEnv("ZOOMINFO_API_KEY"))
}

func withRequire(req *http.Request) {
	key := os.Getenv("ZOOMINFO_API_KEY")
	zi.RequireKey(key)
	req.Header.Set("Authorization", "Bearer "+key)
}

func loader() (*http.Request, error) {
	key, err := zoominfo.APIKeyFromEnv()
	if err != nil {
		return nil, err
	}
	_ = zoominfo.WithAPIKey(key)
	return nil, nil
}

// loadKey checks before it returns: its callers need not check again.
func loadKey() (string, error) {
	key := os.Getenv("ZOOMINFO_API_KEY")
	if key == "" {
		return "", errors.New("ZOOMINFO_API_KEY is not set")
	}
	return key, nil
}

func viaLoadKey(req *http.Request) error {
	key, err := loadKey()
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+key)
	return nil
}

// A literal key is hardcodedkey's finding, not envload's.
func literal(req *http.Request) {
	req.Header.Set("Authorization", "Bearer zilint-fake-0000000000000000")
}

// Other headers are not the credential's destination.
func otherHeader(req *http.Request) {
	req.Header.Set("X-Debug", os.Getenv("ZOOMINFO_API_KEY"))
}

// vaultClient stands for a secret-manager client: its results are not
// sources.
type vaultClient struct{}

func (vaultClient) GetSecretValue(name string) string { return "" }

func fromVault(req *http.Request, v vaultClient) {
	req.Header.Set("Authorization", "Bearer "+v.GetSecretValue("zoominfo/api-key"))
}
