package secrets

import (
	"errors"
	"flag"
	"io"
)

// Flag names of zilint secrets.
const (
	FlagGit            = "git"
	FlagStaged         = "staged"
	FlagJSON           = "json"
	FlagSARIF          = "sarif"
	FlagConfig         = "config"
	FlagBaseline       = "baseline"
	FlagGitleaksIgnore = "gitleaks-ignore"
	FlagNoDefaultRules = "no-default-rules"
)

type options struct {
	git, staged, json, noDefaults bool
	sarif, config, baseline       string
	ignore                        string
	path                          string
}

// parseFlags parses args; flags may come before or after the path.
func parseFlags(args []string, usage io.Writer) (options, error) {
	var o options
	fs := flag.NewFlagSet("zilint secrets", flag.ContinueOnError)
	fs.SetOutput(usage)
	fs.BoolVar(&o.git, FlagGit, false, "scan the history of the git repository at path")
	fs.BoolVar(&o.staged, FlagStaged, false, "scan the changes staged in the git repository at path (pre-commit)")
	fs.BoolVar(&o.json, FlagJSON, false, "print findings as a gitleaks JSON report")
	fs.StringVar(&o.sarif, FlagSARIF, "", "also write findings as SARIF 2.1.0 to this `file`")
	fs.StringVar(&o.config, FlagConfig, "", "add the rules and allowlists of this gitleaks config `file`")
	fs.StringVar(&o.baseline, FlagBaseline, "", "ignore findings listed in this gitleaks JSON report `file`")
	fs.StringVar(&o.ignore, FlagGitleaksIgnore, "", "ignore the fingerprints listed in this `file` (default: path/.gitleaksignore)")
	fs.BoolVar(&o.noDefaults, FlagNoDefaultRules, false, "run only the ZoomInfo pack, without gitleaks' default rules")
	fs.Usage = func() {
		_, _ = io.WriteString(usage, "usage: zilint secrets [flags] [path]\n\nFlags:\n")
		fs.PrintDefaults()
	}

	var paths []string
	for {
		if err := fs.Parse(args); err != nil {
			return o, err
		}
		args = fs.Args()
		if len(args) == 0 {
			break
		}
		paths = append(paths, args[0])
		args = args[1:]
	}
	switch {
	case len(paths) > 1:
		return o, errors.New("at most one path")
	case o.git && o.staged:
		return o, errors.New("-git and -staged cannot be used together")
	}
	o.path = "."
	if len(paths) == 1 {
		o.path = paths[0]
	}
	return o, nil
}
