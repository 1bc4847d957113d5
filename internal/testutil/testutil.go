// Package testutil holds helpers shared by the analyzers' tests and
// benchmarks.
package testutil

import (
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// LoadTestData loads and type-checks analysistest packages of the
// calling package's testdata once, as analysistest lays them out
// (testdata/src in GOPATH mode).
func LoadTestData(tb testing.TB, patterns ...string) []*packages.Package {
	tb.Helper()
	dir := analysistest.TestData()
	cfg := &packages.Config{
		Mode: packages.LoadAllSyntax,
		Dir:  filepath.Join(dir, "src"),
		Env:  append(os.Environ(), "GOPATH="+dir, "GO111MODULE=off", "GOWORK=off"),
	}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		tb.Fatal(err)
	}
	if packages.PrintErrors(pkgs) > 0 {
		tb.Fatal("testdata packages do not load")
	}
	return pkgs
}

// BenchmarkAnalyzer measures analyzer a alone over the testdata packages:
// loading and type-checking happen once, outside the loop.
func BenchmarkAnalyzer(b *testing.B, a *analysis.Analyzer, patterns ...string) {
	pkgs := LoadTestData(b, patterns...)
	b.ResetTimer()
	for b.Loop() {
		if _, err := checker.Analyze([]*analysis.Analyzer{a}, pkgs, nil); err != nil {
			b.Fatal(err)
		}
	}
}
