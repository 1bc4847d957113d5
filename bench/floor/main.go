// Command floor is the benchmark floor: zilint's standalone driver with
// a single analyzer that does nothing and with the result cache off. It
// lists, parses and type-checks exactly what zilint does when no
// dependency is relevant, and analyzes nothing.
//
// Usage:
//
//	floor [packages]
package main

import (
	"os"

	"golang.org/x/tools/go/analysis"

	"github.com/zilint/zilint/internal/driver"
)

// nothing is the analyzer that does nothing.
var nothing = &analysis.Analyzer{
	Name: "nothing",
	Doc:  "nothing does nothing; it makes the driver load and type-check",
	Run:  func(*analysis.Pass) (any, error) { return nil, nil },
}

func main() {
	if err := os.Setenv(driver.CacheEnv, "off"); err != nil {
		panic(err)
	}
	os.Exit(driver.Run(os.Args[1:], []*analysis.Analyzer{nothing}, driver.Env{}))
}
