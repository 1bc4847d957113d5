package envload_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/zilint/zilint/analyzers/envload"
	"github.com/zilint/zilint/internal/testutil"
)

func TestEnvload(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), envload.New(envload.Config{}), "sends", "checked", "limitations")
}

// TestLoaders approves a user's own loader with the flag.
func TestLoaders(t *testing.T) {
	a := envload.New(envload.Config{})
	if err := a.Flags.Set(envload.FlagLoaders, "helpers.Key, other.Func"); err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, analysistest.TestData(), a, "helpers")
	if f := envload.Analyzer.Flags.Lookup(envload.FlagLoaders); f.Value.String() != "" {
		t.Errorf("default analyzer's %s = %q, want empty", envload.FlagLoaders, f.Value)
	}
}

// BenchmarkAnalyzer measures envload (with credflow) over its testdata.
func BenchmarkAnalyzer(b *testing.B) {
	testutil.BenchmarkAnalyzer(b, envload.New(envload.Config{}), "sends", "checked", "limitations")
}
