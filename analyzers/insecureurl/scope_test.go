package insecureurl

import (
	"crypto/rand"
	"strings"
	"testing"
)

func TestMentionsURL(t *testing.T) {
	for lit, want := range map[string]bool{
		`"http://"`:                 true,
		`"HTTPS://x"`:               true,
		"`Http`":                    true,
		`"api.ZoomInfo.com"`:        true,
		`"zoominf"`:                 false,
		`"htt"`:                     false,
		`"Content-Type"`:            false,
		`"ftp://files.example.com"`: false,
	} {
		if got := mentionsURL(lit); got != want {
			t.Errorf("mentionsURL(%s) = %v, want %v", lit, got, want)
		}
	}
}

func TestDisplay(t *testing.T) {
	for _, c := range []struct {
		t    template
		want string
	}{
		{template{{text: "http://api.zoominfo.com/search"}}, "http://api.zoominfo.com/…"},
		{template{{text: "http://api.zoominfo.com/"}}, "http://api.zoominfo.com/"},
		{template{{text: "http://api.zoominfo.com:8080/a/b"}}, "http://api.zoominfo.com:8080/…"},
		{
			template{{text: "http://u:pw@api.zoominfo.com/x?key=abc#frag"}},
			"http://api.zoominfo.com/…?…",
		},
		{template{{text: "http://api.zoominfo.com?key=abc"}}, "http://api.zoominfo.com?…"},
		{
			template{{text: "http://"}, {hole: true}, {text: ".zoominfo.com/company/"}, {hole: true}},
			"http://….zoominfo.com/…",
		},
		{template{{text: "http://"}, {hole: true}, {text: ".zoominfo.com"}}, "http://….zoominfo.com"},
		{
			template{{text: "http://"}, {hole: true}, {text: "@api.zoominfo.com"}},
			"http://api.zoominfo.com",
		},
		{template{{text: "  http://api.zoominfo.com#x"}}, "http://api.zoominfo.com#…"},
	} {
		if got := c.t.display(); got != c.want {
			t.Errorf("display(%q) = %q, want %q", c.t.fill("…"), got, c.want)
		}
	}
}

// TestDisplayHidesPath checks that a random 40-character path segment,
// such as a webhook token, never appears in the displayed URL, whatever
// the shape of the URL around it.
func TestDisplayHidesPath(t *testing.T) {
	// A visibly fake token: a FAKE marker, then random characters.
	secret := ("FAKEtestonly" + rand.Text() + rand.Text())[:40]
	if len(secret) != 40 {
		t.Fatalf("secret %q has %d characters, want 40", secret, len(secret))
	}
	for _, t2 := range []template{
		{{text: "http://api.zoominfo.com/webhooks/" + secret}},
		{{text: "http://api.zoominfo.com/" + secret}},
		{{text: "http://api.zoominfo.com/" + secret + "/events?x=1"}},
		{{text: "http://user:" + secret + "@api.zoominfo.com/" + secret + "#" + secret}},
		{{text: "http://"}, {hole: true}, {text: ".zoominfo.com/hooks/" + secret}},
		{{text: "http://api.zoominfo.com/hooks/"}, {hole: true}, {text: "/" + secret}},
	} {
		if got := t2.display(); strings.Contains(got, secret) || strings.Contains(got, secret[12:]) {
			t.Errorf("display(%q) = %q shows the secret", t2.fill("…"), got)
		}
	}
}
