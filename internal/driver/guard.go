package driver

import (
	"fmt"

	"golang.org/x/tools/go/analysis"
)

// guard returns copies of analyzers, and of every analyzer they require,
// whose Run turns a panic into an error. The originals are not modified.
//
// A copy calls the original Run with a Pass that names the original
// analyzer and keys ResultOf by the original analyzers, so the pass sees
// exactly what it would see unguarded.
func guard(analyzers []*analysis.Analyzer) []*analysis.Analyzer {
	copies := make(map[*analysis.Analyzer]*analysis.Analyzer)
	originals := make(map[*analysis.Analyzer]*analysis.Analyzer)

	var copyOf func(a *analysis.Analyzer) *analysis.Analyzer
	copyOf = func(a *analysis.Analyzer) *analysis.Analyzer {
		if c, ok := copies[a]; ok {
			return c
		}
		c := new(analysis.Analyzer)
		*c = *a
		copies[a] = c
		originals[c] = a
		c.Requires = make([]*analysis.Analyzer, len(a.Requires))
		for i, req := range a.Requires {
			c.Requires[i] = copyOf(req)
		}
		c.Run = guardedRun(a, originals)
		return c
	}

	guarded := make([]*analysis.Analyzer, len(analyzers))
	for i, a := range analyzers {
		guarded[i] = copyOf(a)
	}
	return guarded
}

// guardedRun returns a Run function that runs orig and recovers a panic.
// originals maps each copy to the analyzer it stands for.
func guardedRun(orig *analysis.Analyzer, originals map[*analysis.Analyzer]*analysis.Analyzer) func(*analysis.Pass) (any, error) {
	return func(pass *analysis.Pass) (result any, err error) {
		defer func() {
			if r := recover(); r != nil {
				result, err = nil, fmt.Errorf("panic: %v", r)
			}
		}()

		p := *pass
		p.Analyzer = orig
		p.ResultOf = make(map[*analysis.Analyzer]any, len(pass.ResultOf))
		for a, res := range pass.ResultOf {
			if o, ok := originals[a]; ok {
				a = o
			}
			p.ResultOf[a] = res
		}
		return orig.Run(&p)
	}
}
