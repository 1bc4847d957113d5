// Command floor is the benchmark floor: it loads and type-checks the
// packages matched by its arguments, with their tests and all their
// dependencies from source, exactly as the zilint driver does when an
// analyzer needs facts, and then exits without analyzing anything.
//
// Usage:
//
//	floor [packages]
package main

import (
	"fmt"
	"os"

	"golang.org/x/tools/go/packages"
)

// mode is the load mode of internal/driver when some analyzer uses facts.
const mode = packages.NeedName | packages.NeedFiles | packages.NeedCompiledGoFiles |
	packages.NeedImports | packages.NeedTypes | packages.NeedTypesSizes |
	packages.NeedSyntax | packages.NeedTypesInfo | packages.NeedModule |
	packages.NeedDeps

func main() {
	patterns := os.Args[1:]
	if len(patterns) == 0 {
		patterns = []string{"./..."}
	}
	pkgs, err := packages.Load(&packages.Config{Mode: mode, Tests: true}, patterns...)
	if err != nil {
		fmt.Fprintln(os.Stderr, "floor:", err)
		os.Exit(1)
	}
	errs := packages.PrintErrors(pkgs)
	fmt.Fprintf(os.Stderr, "floor: %d packages loaded, %d errors\n", len(pkgs), errs)
	if errs > 0 {
		os.Exit(1)
	}
}
