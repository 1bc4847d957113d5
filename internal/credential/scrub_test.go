package credential

import (
	"strings"
	"testing"
)

func TestScrub(t *testing.T) {
	key := fake(40, 40)
	for in, want := range map[string]string{
		`+	u := "http://api.zoominfo.com/x?api_key=` + key + `"`:                             `+	u := "http://api.zoominfo.com/x?api_key=` + Mask(key) + `"`,
		`zilint: t.go:5:18: cannot use "` + key + `" (untyped string constant) as int value`: `zilint: t.go:5:18: cannot use "` + Mask(key) + `" (untyped string constant) as int value`,
		"-\tk := `" + key + "`": "-\tk := `" + Mask(key) + "`",
		`internal/zi/v2_handler2024x.go:3:1: "InsecureSkipVerify"`: `internal/zi/v2_handler2024x.go:3:1: "InsecureSkipVerify"`,
		`"unterminated ` + key: `"unterminated ` + Mask(key),
		`"a\"b` + key + `"`:    `"a\"` + Mask("b"+key) + `"`,
		`no quotes ` + key:     `no quotes ` + key,
	} {
		if got := Scrub(in); got != want {
			t.Errorf("Scrub(%q)\n= %q\nwant %q", in, got, want)
		}
	}
	if got := Scrub(`x := "` + key + `" + "` + key + `"`); strings.Contains(got, key) {
		t.Errorf("Scrub left the key in %q", got)
	}
}
