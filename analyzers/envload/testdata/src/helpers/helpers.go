// Package helpers has its own loader, approved with -envload.loaders.
package helpers

import (
	"net/http"
	"os"
)

// Key reads the key; the team's convention checks it at start-up.
func Key() string { return os.Getenv("ZOOMINFO_API_KEY") }

func send(req *http.Request) {
	req.Header.Set("Authorization", "Bearer "+Key())
}
