package credential

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// The fuzz targets check properties that must hold for any input: no
// panic, and no secret shown whole.

func FuzzMask(f *testing.F) {
	for _, s := range []string{"", "k", fake(1, 40), "hunter22", "-----BEGIN RSA PRIVATE KEY-----\nabc", "ключ-секрет-ключ-секрет"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m := Mask(s)
		if utf8.RuneCountInString(s) >= 5 && strings.Contains(m, s) && !strings.HasPrefix(s, "-----BEGIN ") {
			t.Errorf("Mask(%q) = %q shows the secret", s, m)
		}
	})
}

func FuzzClassify(f *testing.F) {
	for _, s := range []string{"", "YOUR_API_KEY", fake(2, 40), "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJlMDEy",
		"http://partnerapi.zoominfo.com/x?pc=a&key=0123456789abcdef0123456789abcdef", "${{ secrets.X }}", "zoominfoAPIKey2"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, k := range Kinds() {
			LooksLikeSecret(k, s)
		}
		shape := ClassifyValue(s)
		if shape.Kind != None && !strings.Contains(s, shape.Secret) {
			t.Errorf("ClassifyValue(%q).Secret = %q is not part of the value", s, shape.Secret)
		}
		ClassifyName(s)
		EnvVarKind(s)
		IsPlaceholder(s)
	})
}

func FuzzURL(f *testing.F) {
	for _, s := range []string{"http://api.zoominfo.com", "https://x.zoominfo.com:443/p?q#f", "http://[::1", "http://%zz", "HTTP://A@zoominfo.com.", "zoominfo.com"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		u, ok := ParseURL(s)
		if IsInsecureZoomInfoURL(s) && (!ok || u.Scheme != "http" || !IsHost(u.Host)) {
			t.Errorf("IsInsecureZoomInfoURL(%q) disagrees with ParseURL = %+v, %v", s, u, ok)
		}
		MentionsHost(s)
	})
}

func FuzzScrub(f *testing.F) {
	for _, s := range []string{`x := "` + fake(3, 40) + `"`, "`a` `b", `"\"`, `"?key=` + fake(4, 32) + `&x=1"`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := Scrub(s)
		if !strings.ContainsAny(s, "\"`") && out != s {
			t.Errorf("Scrub changed a line without quotes: %q -> %q", s, out)
		}
	})
}
