package analysisutil

import (
	"fmt"
	"runtime/debug"

	"golang.org/x/tools/go/analysis"
)

// Guard wraps an analyzer's run function so that a panic on one package
// becomes an error naming the analyzer and the package, instead of
// crashing the driver (golangci-lint, go vet or zilint itself).
func Guard(name string, run func(*analysis.Pass) (any, error)) func(*analysis.Pass) (any, error) {
	return func(pass *analysis.Pass) (result any, err error) {
		defer func() {
			if r := recover(); r != nil {
				err = fmt.Errorf("%s: internal error on package %s: %v\n%s",
					name, pass.Pkg.Path(), r, debug.Stack())
			}
		}()
		return run(pass)
	}
}
