package keyleak_test

import (
	"testing"

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
