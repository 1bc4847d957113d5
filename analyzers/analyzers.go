// Package analyzers lists the zilint analysis passes in the order the
// drivers run and document them.
package analyzers

import (
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/zilint/zilint/analyzers/credflow"

	"github.com/zilint/zilint/analyzers/envload"
	"github.com/zilint/zilint/analyzers/hardcodedkey"
	"github.com/zilint/zilint/analyzers/insecureurl"
	"github.com/zilint/zilint/analyzers/keyleak"
	"github.com/zilint/zilint/internal/analysisutil"
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

// Relevant tells the standalone driver which dependencies to analyze
// (see driver.Env.Relevant): only a package in ZoomInfo context can
// start a credential flow, so a dependency with no such package in or
// below it can give no fact that matters. It reads the -env-vars flag
// of credflow.Analyzer, the flow analysis keyleak and envload use.
func Relevant(src []byte) bool {
	var extra []string
	if f := credflow.Analyzer.Flags.Lookup(credflow.FlagEnvVars); f != nil && f.Value.String() != "" {
		extra = strings.Split(f.Value.String(), ",")
	}
	return analysisutil.MayBeZoomInfoSource(src, extra)
}
