package main

import (
	"fmt"
	"log"
	"net/http"
	"os"
)

// searchWithEnvKey logs the key it reads and sends it without checking
// that the variable was set.
func searchWithEnvKey() error {
	key := os.Getenv("ZOOMINFO_API_KEY")
	log.Printf("calling ZoomInfo with key %s", key)
	req, err := http.NewRequest("GET", "https://api.zoominfo.com/search/contact", nil)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+key)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return fmt.Errorf("search: %w", err)
	}
	return resp.Body.Close()
}
