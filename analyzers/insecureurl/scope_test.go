package insecureurl

import "testing"

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
		{template{{text: "http://api.zoominfo.com/search"}}, "http://api.zoominfo.com/search"},
		{
			template{{text: "http://u:pw@api.zoominfo.com/x?key=abc#frag"}},
			"http://api.zoominfo.com/x?…",
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
