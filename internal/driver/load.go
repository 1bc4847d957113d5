package driver

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"
)

// loadResult holds the loaded packages and what went wrong loading them.
type loadResult struct {
	// clean are the root packages that, with all their dependencies,
	// loaded without errors: the only ones worth analyzing.
	clean []*packages.Package
	// errors are the errors of all loaded packages, deduplicated (a file
	// shared by a package and its test variant reports once).
	errors []packages.Error
}

// loadMode is syntax and types for the roots, and syntax for all
// dependencies when some analyzer needs facts from them.
func loadMode(analyzers []*analysis.Analyzer) packages.LoadMode {
	mode := packages.NeedName | packages.NeedFiles | packages.NeedCompiledGoFiles |
		packages.NeedImports | packages.NeedTypes | packages.NeedTypesSizes |
		packages.NeedSyntax | packages.NeedTypesInfo | packages.NeedModule
	if needFacts(analyzers) {
		mode |= packages.NeedDeps
	}
	return mode
}

// needFacts reports whether any analyzer, or one it requires, uses facts.
func needFacts(analyzers []*analysis.Analyzer) bool {
	seen := make(map[*analysis.Analyzer]bool)
	var visit func(as []*analysis.Analyzer) bool
	visit = func(as []*analysis.Analyzer) bool {
		for _, a := range as {
			if seen[a] {
				continue
			}
			seen[a] = true
			if len(a.FactTypes) > 0 || visit(a.Requires) {
				return true
			}
		}
		return false
	}
	return visit(analyzers)
}

// load loads the packages matched by opts.patterns, relative to dir. It
// returns an error only when nothing can be analyzed for a reason that is
// not a package error (go list failed, no package matched).
func load(dir string, opts *options) (*loadResult, error) {
	cfg := &packages.Config{
		Mode:  loadMode(opts.analyzers),
		Dir:   dir,
		Tests: opts.tests,
	}
	if opts.tags != "" {
		cfg.BuildFlags = []string{"-tags=" + opts.tags}
	}
	roots, err := packages.Load(cfg, opts.patterns...)
	if err != nil {
		return nil, err
	}
	if len(roots) == 0 {
		return nil, fmt.Errorf("%s matched no packages", strings.Join(opts.patterns, " "))
	}

	res := &loadResult{}
	seen := make(map[string]bool)
	packages.Visit(roots, nil, func(p *packages.Package) {
		for _, e := range reportedErrors(p) {
			key := e.Pos + "\x00" + e.Msg
			if !seen[key] {
				seen[key] = true
				res.errors = append(res.errors, e)
			}
		}
	})

	// A package is clean when it and all it imports have no errors.
	clean := make(map[*packages.Package]bool)
	var isClean func(p *packages.Package) bool
	isClean = func(p *packages.Package) bool {
		if ok, done := clean[p]; done {
			return ok
		}
		clean[p] = len(p.Errors) == 0 && !p.IllTyped
		for _, imp := range p.Imports {
			if !isClean(imp) {
				clean[p] = false
			}
		}
		return clean[p]
	}
	for _, p := range roots {
		if isClean(p) && !isTestMain(p) {
			res.clean = append(res.clean, p)
		}
	}
	return res, nil
}

// reportedErrors returns the errors of p worth printing. The go command's
// own errors repeat the parse and type errors in a multi-line form, so
// they are left out when the package has any of those; otherwise each
// line of them (but the "# pkg" header) is one error.
func reportedErrors(p *packages.Package) []packages.Error {
	precise := slices.ContainsFunc(p.Errors, func(e packages.Error) bool {
		return e.Kind == packages.ParseError || e.Kind == packages.TypeError
	})
	var errs []packages.Error
	for _, e := range p.Errors {
		if e.Kind != packages.ListError && e.Kind != packages.UnknownError {
			errs = append(errs, e)
			continue
		}
		if precise {
			continue
		}
		for line := range strings.SplitSeq(e.Msg, "\n") {
			line = strings.TrimSpace(line)
			if line != "" && !strings.HasPrefix(line, "# ") {
				errs = append(errs, packages.Error{Pos: e.Pos, Msg: line, Kind: e.Kind})
			}
		}
	}
	return errs
}

// isTestMain reports whether p is the generated main package of a test
// binary, which holds no code of the user's.
func isTestMain(p *packages.Package) bool {
	return p.Name == "main" && strings.HasSuffix(p.ID, ".test")
}

// relError formats a package error with its file relative to dir.
func relError(dir string, e packages.Error) string {
	if e.Pos == "" || e.Pos == "-" {
		return e.Msg
	}
	pos := e.Pos
	if r, ok := strings.CutPrefix(pos, dir+string(filepath.Separator)); ok {
		pos = r
	}
	return pos + ": " + e.Msg
}
