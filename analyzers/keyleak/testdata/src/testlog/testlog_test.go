package testlog

import (
	"os"
	"testing"
)

func TestKey(t *testing.T) {
	t.Logf("key %s", os.Getenv("ZOOMINFO_API_KEY")) // want `reaches T.Logf`
}
