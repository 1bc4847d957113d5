package insecureurl_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/zilint/zilint/analyzers/insecureurl"
)

// packages lists the testdata packages, one per kind of case.
var packages = []string{
	"urls", "concat", "sprintf", "urlstruct", "helper", "partner", "negatives",
	"tlsconfig", "tlsassign", "tlsversion", "notcontext", "limitations",
}

func TestAnalyzer(t *testing.T) {
	for _, pkg := range packages {
		t.Run(pkg, func(t *testing.T) {
			analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), insecureurl.New(), pkg)
		})
	}
}

func TestCategories(t *testing.T) {
	want := map[string]string{"urls": "http", "tlsconfig": "", "tlsversion": "tls"}
	for pkg, category := range want {
		results := analysistest.Run(t, analysistest.TestData(), insecureurl.New(), pkg)
		for _, r := range results {
			for _, d := range r.Diagnostics {
				if category != "" && d.Category != category {
					t.Errorf("%s: %q has category %q, want %q", pkg, d.Message, d.Category, category)
				}
			}
		}
	}
}

func TestTLSConfigCategories(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), insecureurl.New(), "tlsconfig", "tlsassign")
	for _, r := range results {
		for _, d := range r.Diagnostics {
			want := "tls"
			if containsConfig(d.Message) {
				want = "tls-config"
			}
			if d.Category != want {
				t.Errorf("%q has category %q, want %q", d.Message, d.Category, want)
			}
		}
	}
}

func containsConfig(msg string) bool {
	const marker = "can be disabled by configuration"
	for i := 0; i+len(marker) <= len(msg); i++ {
		if msg[i:i+len(marker)] == marker {
			return true
		}
	}
	return false
}

func TestAnalyzerMetadata(t *testing.T) {
	a := insecureurl.New()
	if a == insecureurl.New() {
		t.Error("New returned a shared analyzer; want a fresh one per call")
	}
	if a.Name != "insecureurl" || a.URL != "https://github.com/zilint/zilint#insecureurl" {
		t.Errorf("Name, URL = %q, %q", a.Name, a.URL)
	}
	title, _, _ := cutLine(a.Doc)
	if title == "" || len(title) > 60 || title[0] < 'a' || title[0] > 'z' {
		t.Errorf("Doc title %q: want a lowercase line of at most 60 characters", title)
	}
}

func cutLine(s string) (string, string, bool) {
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			return s[:i], s[i+1:], true
		}
	}
	return s, "", false
}

func BenchmarkAnalyzer(b *testing.B) {
	a := insecureurl.New()
	for b.Loop() {
		analysistest.Run(b, analysistest.TestData(), a, packages...)
	}
}
