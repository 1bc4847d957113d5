package driver

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"

	"github.com/zilint/zilint/internal/credential"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/unitchecker"
)

// progName prefixes every error message.
const progName = "zilint"

// Exit statuses of a standalone run, the same with and without -json.
const (
	ExitClean    = 0 // no findings (or all of them fixed by -fix)
	ExitError    = 1 // could not run: usage, loading, or an analyzer error
	ExitFindings = 3 // at least one finding remains
)

// Env is the environment of a standalone run.
type Env struct {
	Dir    string    // directory the patterns are relative to; "" means the current one
	Stdout io.Writer // findings, JSON, diffs, usage, version; nil means os.Stdout
	Stderr io.Writer // errors and warnings; nil means os.Stderr

	// Relevant, when set, tells from the source of a Go file whether the
	// analyzers can learn anything from it that matters to the packages
	// importing it. A dependency is analyzed only when it or something
	// below it, or a root above it, has a relevant file; otherwise it is
	// only imported. Nil means every dependency is analyzed.
	Relevant func(src []byte) bool
}

// Main is the main function of the zilint command; env.Relevant is the
// only field it uses. It never returns.
func Main(env Env, analyzers ...*analysis.Analyzer) {
	args := os.Args[1:]
	if IsVetTool(args) {
		unitchecker.Main(guard(analyzers)...)
		os.Exit(ExitClean) // not reached: unitchecker exits
	}
	os.Exit(Run(args, analyzers, Env{Relevant: env.Relevant}))
}

// Run runs zilint in standalone mode with the command-line arguments
// args (without the program name) and returns the exit status.
func Run(args []string, analyzers []*analysis.Analyzer, env Env) int {
	stdout, stderr := env.Stdout, env.Stderr
	if stdout == nil {
		stdout = os.Stdout
	}
	if stderr == nil {
		stderr = os.Stderr
	}
	// Errors may quote source (a type error quotes the literal it
	// rejects): scrub what looks like a secret before printing.
	errf := func(format string, args ...any) {
		fmt.Fprintln(stderr, progName+": "+credential.Scrub(fmt.Sprintf(format, args...)))
	}

	opts, err := parseFlags(args, analyzers, stdout)
	if errors.Is(err, flag.ErrHelp) {
		return ExitClean
	}
	if err != nil {
		errf("%v", err)
		errf("run '%s -h' for usage", progName)
		return ExitError
	}
	if opts.version {
		fmt.Fprintln(stdout, versionString())
		return ExitClean
	}

	dir, err := workDir(env.Dir)
	if err != nil {
		errf("%v", err)
		return ExitError
	}
	if opts.cpuProfile != "" || opts.memProfile != "" {
		stop, err := startProfiles(absIfSet(dir, opts.cpuProfile), absIfSet(dir, opts.memProfile))
		if err != nil {
			errf("%v", err)
			return ExitError
		}
		defer func() {
			if err := stop(); err != nil {
				errf("writing a profile: %v", err)
			}
		}()
	}
	if opts.sarif != "" {
		if err := checkWritable(absIn(dir, opts.sarif)); err != nil {
			errf("%v", err)
			return ExitError
		}
		opts.sarif = absIn(dir, opts.sarif)
	}
	src := newSources()
	var baseline map[string]bool
	if opts.baseline != "" {
		if baseline, err = readBaseline(absIn(dir, opts.baseline)); err != nil {
			errf("%v", err)
			return ExitError
		}
	}

	// List the packages, then analyze what builds; the errors of the
	// packages come before those of the analyzers.
	g, err := loadGraph(dir, opts)
	if err != nil {
		errf("%v", err)
		return ExitError
	}
	rc, err := openCache(opts.analyzers)
	if err != nil {
		errf("warning: %v", err)
	}
	pkgErrs, res := analyzeGraph(g, opts.analyzers, env.Relevant, rc)
	rc.close()
	failed := len(pkgErrs) > 0
	for _, e := range pkgErrs {
		errf("%s", relError(dir, e))
	}
	res.findings = suppress(res.findings, res.directives, analyzers, opts.analyzers)
	setFingerprints(res.findings, src)
	if opts.baselineWrite != "" {
		if err := writeBaseline(absIn(dir, opts.baselineWrite), res.findings, src); err != nil {
			errf("%v", err)
			return ExitError
		}
	}
	if opts.newFromRev != "" || opts.newFromMergeBase != "" {
		res.findings, err = keepNew(context.Background(), res.findings, opts.newFromRev, opts.newFromMergeBase)
		if err != nil {
			errf("%v", err)
			return ExitError
		}
	}
	if baseline != nil {
		res.findings = dropBaselined(res.findings, baseline)
	}
	for _, e := range res.errors {
		errf("%s", e)
	}
	failed = failed || len(res.errors) > 0

	out := &output{dir: dir, stdout: stdout, stderr: stderr}
	var remaining int
	switch {
	case opts.json:
		err = out.writeJSON(res)
		remaining = len(res.findings)
	case opts.fix || opts.diff:
		remaining, err = out.fix(res.findings, opts.diff)
	default:
		err = out.writeText(res.findings)
		remaining = len(res.findings)
	}
	if err != nil {
		errf("%v", err)
		failed = true
	}
	if opts.sarif != "" {
		if err := out.writeSARIF(opts.sarif, res, opts.analyzers, src); err != nil {
			errf("%v", err)
			failed = true
		}
	}

	switch {
	case failed:
		return ExitError
	case remaining > 0 && opts.baselineWrite == "":
		return ExitFindings
	}
	return ExitClean
}

// absIn returns file made absolute relative to dir.
func absIn(dir, file string) string {
	if filepath.IsAbs(file) {
		return file
	}
	return filepath.Join(dir, file)
}

// absIfSet is absIn for a file name that may be "" (not set).
func absIfSet(dir, file string) string {
	if file == "" {
		return ""
	}
	return absIn(dir, file)
}

// workDir returns the absolute directory of the run, checking that it is
// a readable directory so that go list does not fail obscurely.
func workDir(dir string) (string, error) {
	if dir == "" {
		return os.Getwd()
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	info, err := os.Stat(abs)
	if err != nil {
		return "", err
	}
	if !info.IsDir() {
		return "", fmt.Errorf("%s is not a directory", abs)
	}
	return abs, nil
}

// IsVetTool reports whether args (without the program name) have one of
// the shapes the go command uses with a -vettool or -fixtool:
//
//	-flags          describe the flags
//	-V=full         describe the executable
//	[flags] x.cfg   analyze the unit described by x.cfg
func IsVetTool(args []string) bool {
	if len(args) == 0 {
		return false
	}
	if args[0] == "-flags" || strings.HasPrefix(args[0], "-V") {
		return true
	}
	return strings.HasSuffix(args[len(args)-1], ".cfg")
}

// versionString describes the binary:
//
//	zilint version <module version or (devel)> [<vcs revision>] <go version>
func versionString() string {
	version, revision, goVersion := "(devel)", "", runtime.Version()
	if bi, ok := debug.ReadBuildInfo(); ok {
		if bi.Main.Version != "" {
			version = bi.Main.Version
		}
		if bi.GoVersion != "" {
			goVersion = bi.GoVersion
		}
		dirty := false
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				revision = s.Value
			case "vcs.modified":
				dirty = s.Value == "true"
			}
		}
		if revision != "" && dirty {
			revision += "+dirty"
		}
	}
	parts := []string{progName, "version", version, revision, goVersion}
	return strings.Join(slices.DeleteFunc(parts, func(s string) bool { return s == "" }), " ")
}
