// Package analyzers lists the zilint analysis passes in the order the
// drivers run and document them.
package analyzers

import (
	"golang.org/x/tools/go/analysis"

	"github.com/zilint/zilint/analyzers/envload"
	"github.com/zilint/zilint/analyzers/hardcodedkey"
	"github.com/zilint/zilint/analyzers/insecureurl"
	"github.com/zilint/zilint/analyzers/keyleak"
)

// All returns the default analyzers, each configured by its own flags.
func All() []*analysis.Analyzer {
	return []*analysis.Analyzer{
		hardcodedkey.Analyzer,
		insecureurl.Analyzer,
		keyleak.Analyzer,
		envload.Analyzer,
	}
}
