package keyleak_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/zilint/zilint/analyzers/keyleak"
	"github.com/zilint/zilint/internal/testutil"
)

func TestKeyleak(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), keyleak.New(keyleak.Config{}), "leaks", "urls", "structs", "loggers", "ziuser", "clean", "limitations")
}

// BenchmarkAnalyzer measures keyleak (with credflow) over its testdata.
func BenchmarkAnalyzer(b *testing.B) {
	testutil.BenchmarkAnalyzer(b, keyleak.New(keyleak.Config{}), "leaks", "urls", "structs", "loggers", "ziuser", "clean", "limitations")
}
