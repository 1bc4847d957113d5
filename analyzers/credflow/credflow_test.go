package credflow_test

import (
	"fmt"
	"path/filepath"
	"slices"
	"sort"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/zilint/zilint/analyzers/credflow"
)

// TestFacts checks the summaries, field facts and redacting types that
// carry flows across packages. The packages live in keyleak's testdata,
// where ziuser checks the findings they lead to.
func TestFacts(t *testing.T) {
	dir, _ := filepath.Abs(filepath.Join("..", "keyleak", "testdata"))
	analysistest.Run(t, dir, credflow.Analyzer, "zi", "redactors", "github.com/zilint/zilint/zoominfo")
}

// TestFactsAreDeterministic runs the analysis twice and compares the
// facts' text.
func TestFactsAreDeterministic(t *testing.T) {
	dir, _ := filepath.Abs(filepath.Join("..", "keyleak", "testdata"))
	var runs [2][]string
	for i := range runs {
		for _, r := range analysistest.Run(t, dir, credflow.Analyzer, "zi") {
			for _, f := range r.Pass.AllObjectFacts() {
				runs[i] = append(runs[i], f.Object.String()+": "+fmt.Sprint(f.Fact))
			}
		}
		sort.Strings(runs[i])
	}
	if !slices.Equal(runs[0], runs[1]) {
		t.Errorf("facts differ between runs:\n%v\n%v", runs[0], runs[1])
	}
}
