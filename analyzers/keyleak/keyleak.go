package keyleak

import (
	"flag"
	"fmt"

	"golang.org/x/tools/go/analysis"

	"github.com/zilint/zilint/analyzers/credflow"
	"github.com/zilint/zilint/internal/analysisutil"
)

// Name is the analyzer's name, as used in flags and reports.
const Name = "keyleak"

// FlagSkipTests is the name of the flag that stops reports in _test.go
// files.
const FlagSkipTests = "skip-tests"

// Config holds the analyzer's settings.
type Config struct {
	// SkipTests turns off reports in _test.go files (default false).
	SkipTests bool
	// Flow is the credflow analysis to report from, one configured with
	// credflow.New; nil means credflow.Analyzer. keyleak and envload
	// given the same Flow share its work.
	Flow *analysis.Analyzer
}

// Analyzer is keyleak with its default configuration.
var Analyzer = New(Config{})

// New returns a fresh analyzer configured by cfg; its flags change that
// analyzer's own copy of cfg only.
func New(cfg Config) *analysis.Analyzer {
	c := cfg
	if c.Flow == nil {
		c.Flow = credflow.Analyzer
	}
	a := &analysis.Analyzer{
		Name:     Name,
		Doc:      doc,
		URL:      "https://github.com/zilint/zilint#keyleak",
		Requires: []*analysis.Analyzer{c.Flow},
		Flags:    *flag.NewFlagSet(Name, flag.ContinueOnError),
	}
	a.Flags.BoolVar(&c.SkipTests, FlagSkipTests, c.SkipTests, "do not report leaks in _test.go files")
	a.Run = analysisutil.Guard(Name, func(pass *analysis.Pass) (any, error) {
		run(pass, c)
		return nil, nil
	})
	return a
}

// advice says what to do instead, by sink kind.
var advice = map[string]string{
	credflow.KindLog:      "log zoominfo.Redact(key) instead",
	credflow.KindError:    "keep the key out of the error; name it or use zoominfo.Redact(key)",
	credflow.KindPanic:    "keep the key out of the panic value",
	credflow.KindResponse: "never write the key to an HTTP response",
	credflow.KindQuery:    "send the key in the Authorization header, not in the URL",
}

func run(pass *analysis.Pass, cfg Config) {
	res := pass.ResultOf[cfg.Flow].(*credflow.Result)
	for _, f := range res.Findings {
		tip, ok := advice[f.Kind]
		if !ok || cfg.SkipTests && analysisutil.IsTestFile(pass.Fset, f.Pos) {
			continue
		}
		o := f.Origin
		var msg string
		if f.Field {
			msg = fmt.Sprintf("ZoomInfo %s in %s (%s) reaches %s in a printed struct; "+
				"give the field a redacting type such as zoominfo.Secret", o.Cred, o.Desc, o.Posn, f.Sink)
		} else {
			via := ""
			if f.Via != "" {
				via = " via " + f.Via
			}
			msg = fmt.Sprintf("ZoomInfo %s from %s (%s)%s reaches %s; %s", o.Cred, o.Desc, o.Posn, via, f.Sink, tip)
		}
		d := analysis.Diagnostic{Pos: f.Pos, End: f.End, Category: "leak", Message: msg}
		if f.OriginPos.IsValid() {
			d.Related = []analysis.RelatedInformation{{Pos: f.OriginPos,
				Message: fmt.Sprintf("the ZoomInfo %s comes from %s", o.Cred, o.Desc)}}
		}
		pass.Report(d)
	}
}
