package intests

import (
	"log"
	"os"
	"testing"
)

func TestKey(t *testing.T) {
	t.Logf("key %s", os.Getenv("ZOOMINFO_API_KEY"))
	log.Printf("key %s", os.Getenv("ZOOMINFO_API_KEY"))
}
