package driver

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// Names of the driver's own flags.
const (
	FlagJSON    = "json"    // print findings as go vet -json does; default false
	FlagFix     = "fix"     // apply the first suggested fix of each finding; default false
	FlagDiff    = "diff"    // print the fixes as a unified diff, write nothing; default false
	FlagVersion = "version" // print the version and exit; default false
	FlagTest    = "test"    // also load and analyze test files; default true
	FlagTags    = "tags"    // comma-separated build tags; default ""
	FlagSARIF   = "sarif"   // also write the findings to this SARIF 2.1.0 file; default ""

	FlagBaseline      = "baseline"       // report only findings not recorded in this file; default ""
	FlagBaselineWrite = "baseline-write" // record today's findings in this file; default ""

	FlagCPUProfile = "cpuprofile" // write a CPU profile of the run to this file; default ""
	FlagMemProfile = "memprofile" // write a heap profile at the end of the run to this file; default ""

	FlagNewFromRev       = "new-from-rev"        // report only findings on lines changed since REV; default ""
	FlagNewFromMergeBase = "new-from-merge-base" // report only findings on lines changed since the merge base with BRANCH; default ""
)

// options is the parsed command line of a standalone run.
type options struct {
	json, fix, diff, version, tests bool
	tags                            string
	sarif                           string
	baseline, baselineWrite         string
	newFromRev, newFromMergeBase    string
	cpuProfile, memProfile          string
	patterns                        []string
	analyzers                       []*analysis.Analyzer // the ones selected to run
}

// enableFlag is the value of a -NAME flag; it records whether it was set.
type enableFlag struct {
	set, on bool
}

func (f *enableFlag) IsBoolFlag() bool { return true }
func (f *enableFlag) String() string   { return strconv.FormatBool(f.on) }

func (f *enableFlag) Set(s string) error {
	v, err := strconv.ParseBool(s)
	if err != nil {
		return err
	}
	f.set, f.on = true, v
	return nil
}

// requiredOnly returns the analyzers that all require, directly or not,
// and that are not in all themselves, in a stable order.
func requiredOnly(all []*analysis.Analyzer) []*analysis.Analyzer {
	seen := make(map[*analysis.Analyzer]bool)
	for _, a := range all {
		seen[a] = true
	}
	var out []*analysis.Analyzer
	var visit func(as []*analysis.Analyzer)
	visit = func(as []*analysis.Analyzer) {
		for _, a := range as {
			if !seen[a] {
				seen[a] = true
				out = append(out, a)
			}
			visit(a.Requires)
		}
	}
	visit(all)
	return out
}

// parseFlags parses args into options. On -h or -help it prints the usage
// to stdout and returns flag.ErrHelp. Any other error is a usage error.
func parseFlags(args []string, all []*analysis.Analyzer, stdout io.Writer) (*options, error) {
	opts := &options{}
	fs := flag.NewFlagSet(progName, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}

	fs.BoolVar(&opts.json, FlagJSON, false, "print findings and errors as JSON, like go vet -json")
	fs.BoolVar(&opts.fix, FlagFix, false, "apply the first suggested fix of every finding")
	fs.BoolVar(&opts.diff, FlagDiff, false, "print the suggested fixes as a unified diff; write nothing")
	fs.BoolVar(&opts.version, FlagVersion, false, "print the version and exit")
	fs.BoolVar(&opts.tests, FlagTest, true, "also load and analyze test files")
	fs.StringVar(&opts.tags, FlagTags, "", "comma-separated list of build tags")
	fs.StringVar(&opts.sarif, FlagSARIF, "", "also write the findings to `file` as SARIF 2.1.0")
	fs.StringVar(&opts.baseline, FlagBaseline, "", "report only the findings not recorded in baseline `file`")
	fs.StringVar(&opts.baselineWrite, FlagBaselineWrite, "",
		"record the findings in baseline `file` and exit 0")
	fs.StringVar(&opts.newFromRev, FlagNewFromRev, "",
		"report only findings on lines changed since git `revision` (uncommitted changes included)")
	fs.StringVar(&opts.newFromMergeBase, FlagNewFromMergeBase, "",
		"report only findings on lines changed since the merge base of HEAD and `branch`")
	fs.StringVar(&opts.cpuProfile, FlagCPUProfile, "", "write a CPU profile of the run to `file` (go tool pprof)")
	fs.StringVar(&opts.memProfile, FlagMemProfile, "", "write a heap profile at the end of the run to `file` (go tool pprof)")

	// Each analyzer gets -NAME, and its own flags as -NAME.FLAG, bound to
	// the analyzer's flag.Value so that setting one configures the pass.
	enable := make(map[*analysis.Analyzer]*enableFlag)
	for _, a := range all {
		e := &enableFlag{on: true}
		enable[a] = e
		fs.Var(e, a.Name, "enable "+a.Name+" analysis")
		a.Flags.VisitAll(func(f *flag.Flag) {
			fs.Var(f.Value, a.Name+"."+f.Name, f.Usage)
		})
	}
	// Analyses that the analyzers require (credflow) are configured the
	// same way, -NAME.FLAG, but cannot be turned on or off.
	for _, a := range requiredOnly(all) {
		a.Flags.VisitAll(func(f *flag.Flag) {
			fs.Var(f.Value, a.Name+"."+f.Name, f.Usage)
		})
	}

	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			printUsage(stdout, fs, all)
		}
		return nil, err
	}
	if opts.json && (opts.fix || opts.diff) {
		return nil, fmt.Errorf("-%s cannot be combined with -%s or -%s", FlagJSON, FlagFix, FlagDiff)
	}

	if opts.sarif != "" && (opts.fix || opts.diff) {
		return nil, fmt.Errorf("-%s cannot be combined with -%s or -%s", FlagSARIF, FlagFix, FlagDiff)
	}

	if opts.baselineWrite != "" && (opts.baseline != "" || opts.fix || opts.diff) {
		return nil, errBaselineFlags
	}

	if opts.newFromRev != "" && opts.newFromMergeBase != "" {
		return nil, fmt.Errorf("-%s cannot be combined with -%s", FlagNewFromRev, FlagNewFromMergeBase)
	}

	opts.analyzers = selectAnalyzers(all, enable)
	if len(opts.analyzers) == 0 {
		return nil, errors.New("no analyzer enabled")
	}
	opts.patterns = fs.Args()
	if len(opts.patterns) == 0 {
		opts.patterns = []string{"./..."}
	}
	return opts, nil
}

// selectAnalyzers applies multichecker semantics: when some -NAME is set
// to true only those run, otherwise all run but those set to false.
func selectAnalyzers(all []*analysis.Analyzer, enable map[*analysis.Analyzer]*enableFlag) []*analysis.Analyzer {
	anyOn := false
	for _, e := range enable {
		anyOn = anyOn || (e.set && e.on)
	}
	var selected []*analysis.Analyzer
	for _, a := range all {
		e := enable[a]
		if (anyOn && e.set && e.on) || (!anyOn && e.on) {
			selected = append(selected, a)
		}
	}
	return selected
}

// printUsage writes the help text: synopsis, analyzers and flags.
func printUsage(w io.Writer, fs *flag.FlagSet, all []*analysis.Analyzer) {
	fmt.Fprintf(w, "usage: %s [flags] [packages]\n\n", progName)
	fmt.Fprintf(w, "%s finds ZoomInfo API credential misuse in Go code.\n", progName)
	fmt.Fprintln(w, "It analyzes the packages matched by the patterns (default ./...)")
	fmt.Fprintln(w, "and prints one line per finding on stdout; errors go to stderr.")
	fmt.Fprintln(w, "\nAnalyzers (all run, unless some are enabled with -NAME):")
	width := 0
	for _, a := range all {
		width = max(width, len(a.Name))
	}
	for _, a := range all {
		title, _, _ := strings.Cut(a.Doc, "\n")
		title = strings.TrimPrefix(title, a.Name+": ") // x/tools titles name the pass
		fmt.Fprintf(w, "  %-*s  %s\n", width, a.Name, title)
	}
	fmt.Fprintln(w, "\nFlags:")
	fs.SetOutput(w)
	fs.PrintDefaults()
	fs.SetOutput(io.Discard)
	fmt.Fprintf(w, "\nExit status: %d no findings, %d findings, %d failure to run.\n",
		ExitClean, ExitFindings, ExitError)
	fmt.Fprintf(w, "As a go vet tool: go vet -vettool=$(which %s) ./...\n", progName)
}
