package envload

import (
	"flag"
	"fmt"
	"slices"

	"golang.org/x/tools/go/analysis"

	"github.com/zilint/zilint/analyzers/credflow"
	"github.com/zilint/zilint/internal/analysisutil"
)

// Name is the analyzer's name, as used in flags and reports.
const Name = "envload"

// FlagLoaders is the name of the flag that lists the user's own approved
// credential loaders.
const FlagLoaders = "loaders"

// Config holds the analyzer's settings.
type Config struct {
	// Loaders are functions, written as package name and function
	// ("config.APIKey") or type and method ("Vault.Key"), whose result
	// is an approved credential (default none).
	Loaders []string
	// Flow is the credflow analysis to report from, one configured with
	// credflow.New; nil means credflow.Analyzer. keyleak and envload
	// given the same Flow share its work.
	Flow *analysis.Analyzer
}

// Analyzer is envload with its default configuration.
var Analyzer = New(Config{})

// New returns a fresh analyzer configured by cfg; its flags change that
// analyzer's own copy of cfg only.
func New(cfg Config) *analysis.Analyzer {
	c := cfg
	c.Loaders = slices.Clone(cfg.Loaders)
	if c.Flow == nil {
		c.Flow = credflow.Analyzer
	}
	a := &analysis.Analyzer{
		Name:     Name,
		Doc:      doc,
		URL:      "https://github.com/zilint/zilint#envload",
		Requires: []*analysis.Analyzer{c.Flow},
		Flags:    *flag.NewFlagSet(Name, flag.ContinueOnError),
	}
	a.Flags.Var(analysisutil.ListFlag{Names: &c.Loaders}, FlagLoaders,
		"comma-separated functions whose result is an approved credential, as pkg.Func or Type.Method")
	a.Run = analysisutil.Guard(Name, func(pass *analysis.Pass) (any, error) {
		run(pass, c)
		return nil, nil
	})
	return a
}

func run(pass *analysis.Pass, cfg Config) {
	res := pass.ResultOf[cfg.Flow].(*credflow.Result)
	for _, f := range res.Findings {
		if f.Kind != credflow.KindSend || slices.Contains(cfg.Loaders, f.Via) {
			continue
		}
		o := f.Origin
		load := "load it with " + o.Cred.Loader()
		if o.Cred.Loader() == "" {
			load = "load it from the environment"
		}
		via := ""
		if f.Via != "" {
			via = " via " + f.Via
		}
		var msg string
		switch {
		case o.Kind == credflow.OriginFlag:
			msg = fmt.Sprintf("ZoomInfo %s from %s (%s)%s is sent by %s; a flag shows in the process list "+
				"and shell history: %s", o.Cred, o.Desc, o.Posn, via, f.Sink, load)
		case o.Kind == credflow.OriginEnv && !f.Checked:
			msg = fmt.Sprintf("ZoomInfo %s from %s (%s)%s is sent by %s with no emptiness check; "+
				"return an error when it is empty, or %s", o.Cred, o.Desc, o.Posn, via, f.Sink, load)
		default:
			continue
		}
		d := analysis.Diagnostic{Pos: f.Pos, End: f.End, Category: "env", Message: msg}
		if f.OriginPos.IsValid() {
			d.Related = []analysis.RelatedInformation{{Pos: f.OriginPos,
				Message: fmt.Sprintf("the ZoomInfo %s comes from %s", o.Cred, o.Desc)}}
		}
		pass.Report(d)
	}
}
