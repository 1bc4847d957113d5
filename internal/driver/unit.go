package driver

import (
	"context"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"go/types"
	"os"
	"slices"
	"sync"

	"golang.org/x/sync/semaphore"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"
)

// An engine runs the units of a graph.
type engine struct {
	// rootAnalyzers run on roots, depAnalyzers on the dependencies that
	// run: the analyzers with facts and what they require. Both are in
	// dependency order. report are the analyzers whose diagnostics count.
	rootAnalyzers, depAnalyzers []*analysis.Analyzer
	report                      map[*analysis.Analyzer]bool
	factTypes                   factTypes
	cache                       *resultCache // nil when caching is off
	slots                       chan struct{}
}

// newEngine prepares to run analyzers (already guarded).
func newEngine(analyzers []*analysis.Analyzer, rc *resultCache, workers int) *engine {
	e := &engine{
		rootAnalyzers: closure(analyzers),
		report:        make(map[*analysis.Analyzer]bool),
		cache:         rc,
		slots:         make(chan struct{}, workers),
	}
	for _, a := range analyzers {
		e.report[a] = true
	}
	var withFacts []*analysis.Analyzer
	for _, a := range e.rootAnalyzers {
		if len(a.FactTypes) > 0 {
			withFacts = append(withFacts, a)
		}
	}
	e.depAnalyzers = closure(withFacts)
	e.factTypes = newFactTypes(e.rootAnalyzers)
	return e
}

// closure returns as and all they require, each after what it requires.
func closure(as []*analysis.Analyzer) []*analysis.Analyzer {
	var out []*analysis.Analyzer
	seen := make(map[*analysis.Analyzer]bool)
	var visit func(a *analysis.Analyzer)
	visit = func(a *analysis.Analyzer) {
		if seen[a] {
			return
		}
		seen[a] = true
		for _, req := range a.Requires {
			visit(req)
		}
		out = append(out, a)
	}
	for _, a := range as {
		visit(a)
	}
	return out
}

// run analyzes every unit of g that runs: from the cache when it can,
// otherwise by checking it once its imports are checked, at most
// cap(e.slots) at a time.
func (e *engine) run(g *graph) {
	// A unit is sound when it and everything below it list cleanly;
	// checking it may still find errors.
	for _, u := range g.all { // dependencies first
		u.ok = len(u.pkg.Errors) == 0 && u.scanErr == nil
		for _, d := range u.deps {
			u.ok = u.ok && d.ok
		}
	}
	// Take what the cache has; what it lacks must be checked, and so
	// must everything below it.
	mark := func(u *unit) { markDown(u, func(u *unit) *bool { return &u.check }) }
	for _, u := range g.all {
		if u.run && u.ok && !e.cache.get(u, e.factTypes) {
			mark(u)
		}
		u.cached = u.run && u.ok && !u.check
	}
	// A package whose variant reports for it stands by while the variant
	// is checked, or when the variant does not even list cleanly (a test
	// that imports a missing package or closes a cycle), with its
	// imports kept for it. The wait must not hold
	// up what imports the package: a variant can sit above the package's
	// importers (net/url's test imports encoding/json, whose test imports
	// net/http, which imports net/url).
	for _, u := range g.all {
		if v := u.variant; v != nil && u.ok && (v.check || !v.ok) {
			u.standby = true
			for _, d := range u.deps {
				mark(d)
			}
		}
	}
	// Each check, and each stand-in, holds the types of the imports.
	for _, u := range g.all {
		for _, holds := range []bool{u.check, u.standby} {
			if holds {
				for _, d := range u.deps {
					d.pending.Add(1)
				}
			}
		}
	}

	// Memory goes with the size of what is checked at once: a package
	// far larger than the rest is checked beside small ones only.
	weight := func(u *unit) int64 {
		if u.run && !u.cached {
			return max(u.size, 1)
		}
		return max(u.size/2, 1) // declarations only
	}
	// A stand-in counts at its full size: it may take over.
	var budget int64 = 1
	for _, u := range g.all {
		switch {
		case u.standby:
			budget = max(budget, max(u.size, 1)*5/4)
		case u.check:
			budget = max(budget, weight(u)*5/4)
		}
	}
	mem := semaphore.NewWeighted(budget)

	fset := token.NewFileSet()
	var wg sync.WaitGroup
	// check runs e.checkUnit on u within the budgets, turning a panic
	// into an error of u.
	check := func(u *unit) {
		defer func() {
			if r := recover(); r != nil {
				u.ok = false
				u.result.errors = append(u.result.errors, analysisError{directiveAnalyzer, u.pkg.PkgPath, fmt.Sprint("panic: ", r)})
			}
		}()
		w := min(weight(u), budget)              // more than the budget would wait forever
		_ = mem.Acquire(context.Background(), w) // cannot fail: no deadline
		defer mem.Release(w)
		e.slots <- struct{}{}
		defer func() { <-e.slots }()
		e.checkUnit(fset, u)
	}
	release := func(u *unit) {
		for _, d := range u.deps {
			if d.pending.Add(-1) == 0 {
				d.types = nil
			}
		}
	}
	for _, u := range g.all {
		if u.standby {
			// Nothing waits for the stand-in: it takes over only once
			// the package and its variant are done.
			wg.Go(func() {
				defer release(u)
				for _, d := range u.deps {
					<-d.done
				}
				<-u.done
				<-u.variant.done
				if u.variant.ok || !u.ok {
					return
				}
				u.root, u.run, u.fallback, u.cached = true, true, true, false
				check(u)
			})
		}
		if !u.check {
			close(u.done)
			continue
		}
		wg.Go(func() {
			defer close(u.done)
			for _, d := range u.deps {
				<-d.done
			}
			defer release(u)
			check(u)
		})
	}
	wg.Wait()
}

// checkUnit type-checks u and, when it runs, analyzes it. A unit that
// does not run is checked for its declarations only.
func (e *engine) checkUnit(fset *token.FileSet, u *unit) {
	if u.scanErr != nil {
		u.errs = append(u.errs, packages.Error{Pos: "-", Msg: u.scanErr.Error(), Kind: packages.ListError})
	}
	for _, d := range u.deps {
		if d.types == nil && d.pkg.PkgPath != "unsafe" {
			u.ok = false
			return // the import's own errors say why
		}
	}
	// A dependency is checked whole when its files can change under its
	// version (your own code), so that one that does not compile is an
	// error, as for go vet; module-cache and standard-library code, and
	// what the cache already holds, are checked for declarations only.
	analyze := u.run && u.ok && !u.cached
	declsOnly := !analyze && (u.cached || u.content == [32]byte{})
	files, pkg, info, errs := typeCheck(fset, u, declsOnly)
	u.errs = append(u.errs, errs...)
	if len(u.errs) > 0 {
		u.ok = false
	}
	if u.pending.Load() > 0 && len(errs) == 0 && !u.fallback {
		u.types = pkg // a stand-in's importers have the first check's
	}
	if !analyze || !u.ok {
		return
	}
	analyzers := e.depAnalyzers
	if u.root {
		analyzers = e.rootAnalyzers
	}
	e.analyze(u, fset, files, pkg, info, analyzers)
	if len(u.result.errors) == 0 && !u.fallback {
		e.cache.put(u) // a fallback's key says it does not report
	}
}

// typeCheck parses u's files and type-checks them against the types of
// its imports, without function bodies when declsOnly is set. It returns
// the errors as go/packages would.
func typeCheck(fset *token.FileSet, u *unit, declsOnly bool) ([]*ast.File, *types.Package, *types.Info, []packages.Error) {
	var errs []packages.Error
	var files []*ast.File
	for _, name := range u.pkg.CompiledGoFiles {
		src, err := os.ReadFile(name)
		if err != nil {
			errs = append(errs, packages.Error{Pos: "-", Msg: err.Error(), Kind: packages.ParseError})
			continue
		}
		mode := parser.AllErrors | parser.ParseComments | parser.SkipObjectResolution
		if declsOnly {
			mode = parser.AllErrors | parser.SkipObjectResolution
		}
		f, err := parser.ParseFile(fset, name, src, mode)
		if f != nil {
			files = append(files, f)
		}
		var list scanner.ErrorList
		if errors.As(err, &list) {
			for _, e := range list {
				errs = append(errs, packages.Error{Pos: e.Pos.String(), Msg: e.Msg, Kind: packages.ParseError})
			}
		} else if err != nil {
			errs = append(errs, packages.Error{Pos: "-", Msg: err.Error(), Kind: packages.ParseError})
		}
	}

	byPath := make(map[string]*unit, len(u.deps))
	for _, d := range u.deps {
		byPath[d.pkg.ID] = d
	}
	conf := &types.Config{
		Importer: importerFunc(func(path string) (*types.Package, error) {
			if path == "unsafe" {
				return types.Unsafe, nil
			}
			dep := u.pkg.Imports[path]
			if dep == nil || byPath[dep.ID] == nil || byPath[dep.ID].types == nil {
				return nil, fmt.Errorf("could not import %s", path)
			}
			return byPath[dep.ID].types, nil
		}),
		IgnoreFuncBodies: declsOnly,
		Sizes:            u.pkg.TypesSizes,
		Error: func(err error) {
			var te types.Error
			if errors.As(err, &te) {
				errs = append(errs, packages.Error{Pos: te.Fset.Position(te.Pos).String(), Msg: te.Msg, Kind: packages.TypeError})
			} else {
				errs = append(errs, packages.Error{Pos: "-", Msg: err.Error(), Kind: packages.TypeError})
			}
		},
	}
	if m := u.pkg.Module; m != nil && m.GoVersion != "" {
		conf.GoVersion = "go" + m.GoVersion
	}
	var info *types.Info
	if !declsOnly {
		info = &types.Info{
			Types:        make(map[ast.Expr]types.TypeAndValue),
			Defs:         make(map[*ast.Ident]types.Object),
			Uses:         make(map[*ast.Ident]types.Object),
			Implicits:    make(map[ast.Node]types.Object),
			Instances:    make(map[*ast.Ident]types.Instance),
			Scopes:       make(map[ast.Node]*types.Scope),
			Selections:   make(map[*ast.SelectorExpr]*types.Selection),
			FileVersions: make(map[*ast.File]string),
		}
	}
	pkg := types.NewPackage(u.pkg.PkgPath, u.pkg.Name)
	_ = types.NewChecker(conf, fset, pkg, info).Files(files) // errors went to conf.Error
	return files, pkg, info, errs
}

type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }

// analyze runs analyzers, in dependency order, on the type-checked unit
// and records its findings, directives, errors and facts.
func (e *engine) analyze(u *unit, fset *token.FileSet, files []*ast.File, pkg *types.Package, info *types.Info, analyzers []*analysis.Analyzer) {
	fa := newFactAccess(u, pkg)
	results := make(map[*analysis.Analyzer]any)
	failed := make(map[*analysis.Analyzer]bool)
	var module *analysis.Module
	if m := u.pkg.Module; m != nil {
		module = &analysis.Module{Path: m.Path, Version: m.Version, GoVersion: m.GoVersion}
	}
	for _, a := range analyzers {
		if slices.ContainsFunc(a.Requires, func(r *analysis.Analyzer) bool { return failed[r] }) {
			failed[a] = true // its prerequisite's error is the one to print
			continue
		}
		resultOf := make(map[*analysis.Analyzer]any, len(a.Requires))
		for _, r := range a.Requires {
			resultOf[r] = results[r]
		}
		pass := &analysis.Pass{
			Analyzer:     a,
			Fset:         fset,
			Files:        files,
			OtherFiles:   u.pkg.OtherFiles,
			IgnoredFiles: u.pkg.IgnoredFiles,
			Pkg:          pkg,
			TypesInfo:    info,
			TypesSizes:   u.pkg.TypesSizes,
			Module:       module,
			ResultOf:     resultOf,
			Report: func(d analysis.Diagnostic) {
				if u.root && e.report[a] {
					u.result.findings = append(u.result.findings, newFinding(fset, a.Name, u.pkg.PkgPath, d))
				}
			},
			ReadFile:          u.readFile,
			ImportObjectFact:  fa.importObjectFact(a),
			ExportObjectFact:  fa.exportObjectFact(a),
			ImportPackageFact: fa.importPackageFact(a),
			ExportPackageFact: fa.exportPackageFact(a),
			AllObjectFacts:    fa.allObjectFacts(a),
			AllPackageFacts:   fa.allPackageFacts(a),
		}
		res, err := a.Run(pass)
		if err != nil {
			failed[a] = true
			u.result.errors = append(u.result.errors, analysisError{a.Name, u.pkg.PkgPath, err.Error()})
			continue
		}
		results[a] = res
	}
	u.facts = fa.exported(e.factTypes)
	if u.root {
		u.result.directives = fileDirectives(fset, files, u.pkg.PkgPath)
	}
}

// readFile reads one of the package's own files, as Pass.ReadFile must.
func (u *unit) readFile(name string) ([]byte, error) {
	p := u.pkg
	for _, list := range [][]string{p.CompiledGoFiles, p.GoFiles, p.OtherFiles, p.IgnoredFiles, p.EmbedFiles} {
		if slices.Contains(list, name) {
			return os.ReadFile(name)
		}
	}
	return nil, fmt.Errorf("%s is not a file of package %s", name, p.PkgPath)
}
