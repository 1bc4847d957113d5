package insecureurl_test

import (
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/zilint/zilint/analyzers/insecureurl"
	"github.com/zilint/zilint/internal/testutil"
)

// testPackages lists the testdata packages, one per kind of case.
var testPackages = []string{
	"urls", "concat", "sprintf", "urlstruct", "helper", "partner", "negatives",
	"zihosts", "imported",
	"tlsconfig", "tlsassign", "tlsversion", "tlsnoimport", "notcontext",
	"comparisons", "secrets", "limitations",
}

func TestAnalyzer(t *testing.T) {
	for _, pkg := range testPackages {
		t.Run(pkg, func(t *testing.T) {
			analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), insecureurl.New(), pkg)
		})
	}
}

// TestNoSecretInMessage checks that the path of a URL, which may carry a
// secret such as a webhook token, never appears in a diagnostic. The
// tokens in the secrets package are visibly fake random strings.
func TestNoSecretInMessage(t *testing.T) {
	secrets := []string{
		"FAKEtestonly7UX7JU5mDEzjV95gX3Pb2CmEbKva",
		"FAKEtestonlyXqgYNBMTOsSyMkcIIMMmbX3UvrgO",
	}
	results := analysistest.Run(t, analysistest.TestData(), insecureurl.New(), "secrets")
	n := 0
	for _, r := range results {
		for _, d := range r.Diagnostics {
			n++
			for _, secret := range secrets {
				if strings.Contains(d.Message, secret) {
					t.Errorf("diagnostic message %q shows the secret path segment", d.Message)
				}
				for _, fix := range d.SuggestedFixes {
					if strings.Contains(fix.Message, secret) {
						t.Errorf("fix message %q shows the secret path segment", fix.Message)
					}
				}
			}
		}
	}
	if n == 0 {
		t.Error("no diagnostics in the secrets package")
	}
}

// TestCategories checks that each kind of finding has its category, so
// that users can filter the lower-confidence ones.
func TestCategories(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), insecureurl.New(),
		"urls", "tlsconfig", "tlsassign", "tlsversion")
	counts := make(map[string]int)
	for _, r := range results {
		for _, d := range r.Diagnostics {
			var want string
			switch {
			case strings.HasPrefix(d.Message, "plain-http"):
				want = "http"
			case strings.Contains(d.Message, "can be disabled by configuration"):
				want = "tls-config"
			default:
				want = "tls"
			}
			if d.Category != want {
				t.Errorf("%q has category %q, want %q", d.Message, d.Category, want)
			}
			counts[d.Category]++
		}
	}
	for _, category := range []string{"http", "tls", "tls-config"} {
		if counts[category] == 0 {
			t.Errorf("no finding of category %q", category)
		}
	}
}

func TestAnalyzerMetadata(t *testing.T) {
	a := insecureurl.New()
	if a == insecureurl.New() {
		t.Error("New returned a shared analyzer; want a fresh one per call")
	}
	if a.Name != "insecureurl" || a.URL != "https://github.com/zilint/zilint#insecureurl" {
		t.Errorf("Name, URL = %q, %q", a.Name, a.URL)
	}
	title, body, _ := strings.Cut(a.Doc, "\n")
	if title == "" || len(title) > 60 || title[0] < 'a' || title[0] > 'z' {
		t.Errorf("Doc title %q: want a lowercase line of at most 60 characters", title)
	}
	for _, part := range []string{"Bad:", "Good:", "does not detect"} {
		if !strings.Contains(body, part) {
			t.Errorf("Doc lacks %q", part)
		}
	}
}

// BenchmarkAnalyzer measures the analyzer alone over its testdata.
func BenchmarkAnalyzer(b *testing.B) {
	testutil.BenchmarkAnalyzer(b, insecureurl.New(), testPackages...)
}
