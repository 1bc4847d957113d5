package keyleak_test

import (
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"

	"github.com/zilint/zilint/analyzers/credflow"
	"github.com/zilint/zilint/analyzers/envload"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/zilint/zilint/analyzers/keyleak"
	"github.com/zilint/zilint/internal/testutil"
)

func TestKeyleak(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), keyleak.New(keyleak.Config{}), "leaks", "urls", "structs", "loggers", "ziuser", "clean", "limitations", "nocontext", "testlog")
}

// BenchmarkAnalyzer measures keyleak (with credflow) over its testdata.
func BenchmarkAnalyzer(b *testing.B) {
	testutil.BenchmarkAnalyzer(b, keyleak.New(keyleak.Config{}), "leaks", "urls", "structs", "loggers", "ziuser", "clean", "limitations", "nocontext", "testlog")
}

// TestSkipTests checks -keyleak.skip-tests on a leak in a test file.
func TestSkipTests(t *testing.T) {
	a := keyleak.New(keyleak.Config{})
	if err := a.Flags.Set(keyleak.FlagSkipTests, "true"); err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, analysistest.TestData(), a, "intests")
	if f := keyleak.Analyzer.Flags.Lookup(keyleak.FlagSkipTests); f.Value.String() != "false" {
		t.Errorf("default analyzer's %s = %s, want false", keyleak.FlagSkipTests, f.Value)
	}
}

// TestEnvVars: a flow analysis given the user's own variable names makes
// them sources; keyleak and envload can share it.
func TestEnvVars(t *testing.T) {
	flow := credflow.New(credflow.Config{})
	if err := flow.Flags.Set(credflow.FlagEnvVars, "ACME_TOKEN"); err != nil {
		t.Fatal(err)
	}
	a := keyleak.New(keyleak.Config{Flow: flow})
	if e := envload.New(envload.Config{Flow: flow}); e.Requires[0] != a.Requires[0] {
		t.Error("keyleak and envload given one Flow do not share it")
	}
	analysistest.Run(t, analysistest.TestData(), a, "extraenv")

	// By default ACME_TOKEN is nobody's credential.
	pkgs := testutil.LoadTestData(t, "extraenv")
	graph, err := checker.Analyze([]*analysis.Analyzer{keyleak.New(keyleak.Config{})}, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	for act := range graph.All() {
		for _, d := range act.Diagnostics {
			t.Errorf("without -env-vars: %s", d.Message)
		}
	}
}
