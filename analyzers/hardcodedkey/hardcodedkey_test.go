package hardcodedkey_test

import (
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/zilint/zilint/analyzers/hardcodedkey"
	"github.com/zilint/zilint/internal/testutil"
)

func TestSites(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), hardcodedkey.New(hardcodedkey.Config{}),
		"sites", "negatives", "nocontext", "fallback", "pki", "intests", "limitations", "testcontext")
}

func TestFixes(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), hardcodedkey.New(hardcodedkey.Config{}),
		"fixes", "fixes2")
}

func TestSkipTests(t *testing.T) {
	a := hardcodedkey.New(hardcodedkey.Config{SkipTests: true})
	analysistest.Run(t, analysistest.TestData(), a, "skiptests")
}

func TestSkipTestsFlag(t *testing.T) {
	a := hardcodedkey.New(hardcodedkey.Config{})
	if err := a.Flags.Set(hardcodedkey.FlagSkipTests, "true"); err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, analysistest.TestData(), a, "skiptests")
	// The flag changed that analyzer only.
	if f := hardcodedkey.Analyzer.Flags.Lookup(hardcodedkey.FlagSkipTests); f.Value.String() != "false" {
		t.Errorf("default analyzer's %s = %s, want false", hardcodedkey.FlagSkipTests, f.Value)
	}
}

// TestNoFix checks findings that must come without a suggested fix.
func TestNoFix(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), hardcodedkey.New(hardcodedkey.Config{}), "nofix")
	for _, r := range results {
		for _, d := range r.Diagnostics {
			if len(d.SuggestedFixes) > 0 {
				t.Errorf("%v: %s has a fix %q, want none", r.Pass.Fset.Position(d.Pos), d.Message, d.SuggestedFixes[0].Message)
			}
		}
	}
}

// BenchmarkAnalyzer measures the analyzer alone over its testdata.
func BenchmarkAnalyzer(b *testing.B) {
	testutil.BenchmarkAnalyzer(b, hardcodedkey.New(hardcodedkey.Config{}),
		"sites", "negatives", "nocontext", "fallback", "pki", "limitations", "fixes", "nofix")
}

// TestAssumeContext runs the package that never names ZoomInfo as if it
// were ZoomInfo code: its generic names count.
func TestAssumeContext(t *testing.T) {
	a := hardcodedkey.New(hardcodedkey.Config{AssumeContext: true})
	analysistest.Run(t, analysistest.TestData(), a, "assumed")
}

// TestEnvVars: the user's own variable names count like ZOOMINFO_*; by
// default the same package is not ZoomInfo code and nothing is reported.
func TestEnvVars(t *testing.T) {
	a := hardcodedkey.New(hardcodedkey.Config{})
	if err := a.Flags.Set(hardcodedkey.FlagEnvVars, "ACME_TOKEN"); err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, analysistest.TestData(), a, "extraenv")

	pkgs := testutil.LoadTestData(t, "extraenv")
	graph, err := checker.Analyze([]*analysis.Analyzer{hardcodedkey.New(hardcodedkey.Config{})}, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	for act := range graph.All() {
		for _, d := range act.Diagnostics {
			t.Errorf("without -env-vars: %s", d.Message)
		}
	}
}
