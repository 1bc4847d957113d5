package ok

import "testing"

func TestKey(t *testing.T) {
	t.Setenv("ZOOMINFO_API_KEY", "")
	if Key() != "" {
		t.Fatal("want empty key")
	}
}
