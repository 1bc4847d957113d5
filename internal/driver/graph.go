package driver

import (
	"fmt"
	"go/build"
	"go/types"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/rogpeppe/go-internal/cache"
)

// The standalone driver analyzes one package at a time, as go vet does,
// but in one process and without compiling anything. The go command
// lists the package graph; each package is then parsed and type-checked
// once its imports are, and its syntax is dropped as soon as its
// analyzers are done. Only its types stay, until the last package that
// imports it is checked. Facts travel between packages in memory,
// addressed by object path, and are stored with each package's findings
// in a result cache (cache.go); a package whose result is in the cache
// is not checked at all unless something that imports it must be.
//
// Dependencies are analyzed only when their facts can matter: when the
// sources of some root or of something it imports, all the way down,
// pass the relevance filter (Env.Relevant). Other dependencies are
// type-checked without function bodies, for their declarations.

// metadataMode lists the package graph, with no syntax and no types.
const metadataMode = packages.NeedName | packages.NeedFiles | packages.NeedCompiledGoFiles |
	packages.NeedImports | packages.NeedDeps | packages.NeedModule | packages.NeedTypesSizes

// A unit is one package of the graph and, once it has run, what
// analyzing it gave.
type unit struct {
	pkg  *packages.Package
	deps []*unit // in the order of the import paths
	root bool    // the user named it: its findings are reported
	// variant is the test variant that reports for this package when the
	// user named it; the package itself reports only if the variant
	// fails to check (fallback), as its own files may be sound.
	variant  *unit
	standby  bool // waits for variant, to take over if it fails
	fallback bool // took over from its failed variant
	// run is set when the package is analyzed (or its result taken
	// from the cache); a dependency that does not run is only checked.
	run bool

	// Set by scan.
	std      bool     // in GOROOT: never relevant
	relevant bool     // its sources pass the relevance filter
	content  [32]byte // hash of its sources; zero for std and module-cache packages
	size     int64    // bytes of source, the measure of the memory a check takes
	scanErr  error

	key cache.ActionID // its inputs and those of everything below it

	// Set by the engine.
	check   bool         // it must be type-checked: it runs and missed the cache, or an importer must be checked
	cached  bool         // its result came from the cache
	pending atomic.Int32 // importers yet to be checked; its types go at zero
	done    chan struct{}
	ok      bool             // it and everything below it list and check without errors
	types   *types.Package   // while importers need it
	errs    []packages.Error // parse and type errors
	result  unitResult
	facts   *factSet
}

// unitResult is what a root unit reports; it is what the cache keeps.
type unitResult struct {
	findings   []finding
	directives []*directive
	errors     []analysisError
}

// graph is the loaded package graph.
type graph struct {
	roots []*unit
	all   []*unit // every package, dependencies before their importers
	// listErrors are the errors of the listing, in the same order.
	listErrors [][]packages.Error
}

// loadGraph lists the packages matched by opts.patterns, relative to
// dir, with their dependencies. It returns an error only when nothing
// can be analyzed for a reason that is not a package error.
func loadGraph(dir string, opts *options) (*graph, error) {
	cfg := &packages.Config{Mode: metadataMode, Dir: dir, Tests: opts.tests}
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

	g := &graph{}
	units := make(map[*packages.Package]*unit)
	packages.Visit(roots, nil, func(p *packages.Package) {
		u := &unit{pkg: p, done: make(chan struct{})}
		for _, path := range sortedImports(p) {
			u.deps = append(u.deps, units[p.Imports[path]])
		}
		units[p] = u
		g.all = append(g.all, u)
		g.listErrors = append(g.listErrors, p.Errors)
	})
	// A package with in-package tests is also listed as its test
	// variant, which holds the same files and more: the variant reports
	// for both, and the package itself is left to what imports it
	// unless the variant fails (it then stands in; see engine.run).
	byID := make(map[string]*packages.Package)
	for _, p := range roots {
		byID[p.ID] = p
	}
	for _, p := range roots {
		if isTestMain(p) {
			continue
		}
		if v := byID[p.ID+" ["+p.ID+".test]"]; v != nil && p.ID == p.PkgPath {
			units[p].variant = units[v]
			continue
		}
		units[p].root = true
		g.roots = append(g.roots, units[p])
	}
	return g, nil
}

// sortedImports returns the import paths of p in order.
func sortedImports(p *packages.Package) []string {
	paths := make([]string, 0, len(p.Imports))
	for path := range p.Imports {
		paths = append(paths, path)
	}
	slices.Sort(paths)
	return paths
}

// isTestMain reports whether p is the generated main package of a test
// binary, which holds no code of the user's. Only such a package can
// import testing/internal/testdeps; a main package of the user's in a
// directory named x.test cannot.
func isTestMain(p *packages.Package) bool {
	return p.Name == "main" && p.Imports["testing/internal/testdeps"] != nil
}

// scan reads the sources of every package outside GOROOT, in parallel:
// to filter them, and to hash those that can change under the same
// version (the main module, replaced modules, vendored code).
func (g *graph) scan(relevant func(src []byte) bool) {
	goroot := filepath.Join(build.Default.GOROOT, "src") + string(filepath.Separator)
	var wg sync.WaitGroup
	work := make(chan *unit)
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for u := range work {
				u.scan(goroot, relevant)
			}
		})
	}
	for _, u := range g.all {
		work <- u
	}
	close(work)
	wg.Wait()
}

func (u *unit) scan(goroot string, relevant func(src []byte) bool) {
	files := u.pkg.CompiledGoFiles
	if len(files) > 0 && strings.HasPrefix(files[0], goroot) {
		u.std = true
		for _, file := range files {
			if info, err := os.Stat(file); err == nil {
				u.size += info.Size()
			}
		}
		return
	}
	immutable := isModuleCache(u.pkg)
	if relevant == nil {
		u.relevant = true
	}
	h := cache.NewHash("sources")
	for _, file := range files {
		src, err := os.ReadFile(file)
		if err != nil {
			u.scanErr = err
			return
		}
		u.size += int64(len(src))
		if relevant != nil && !u.relevant && relevant(src) {
			u.relevant = true
		}
		if !immutable {
			fmt.Fprintf(h, "%s %d\n", file, len(src))
			_, _ = h.Write(src)
		}
	}
	if !immutable {
		u.content = h.Sum()
	}
}

// isModuleCache reports whether p's sources are those of a module
// version extracted into the module cache, which never change: its
// directory is named path@version and holds every file p compiles. A
// vendored or replaced copy carries the same version but can be edited,
// and a cgo package compiles files generated elsewhere.
func isModuleCache(p *packages.Package) bool {
	m := p.Module
	if m == nil || m.Version == "" || m.Replace != nil || m.Main || m.Dir == "" ||
		!strings.HasSuffix(m.Dir, "@"+m.Version) {
		return false
	}
	for _, f := range p.CompiledGoFiles {
		if !strings.HasPrefix(f, m.Dir+string(filepath.Separator)) {
			return false
		}
	}
	return true
}

// selectUnits marks the units to run: every root, and every package a
// root needs facts from. A root needs facts when something relevant is
// in it or below it; it then needs them from everything below it, as a
// fact can pass through any package on the way.
func (g *graph) selectUnits(needFacts bool) {
	below := make(map[*unit]bool) // u or something below it is relevant
	var isRelevant func(u *unit) bool
	isRelevant = func(u *unit) bool {
		if r, ok := below[u]; ok {
			return r
		}
		below[u] = u.relevant
		for _, d := range u.deps {
			if isRelevant(d) {
				below[u] = true
			}
		}
		return below[u]
	}
	for _, r := range g.roots {
		if needFacts && isRelevant(r) {
			markDown(r, func(u *unit) *bool { return &u.run })
		}
	}
	for _, r := range g.roots {
		r.run = true
	}
}

// markDown sets the flag that field selects on u and on everything
// below it.
func markDown(u *unit, field func(*unit) *bool) {
	if *field(u) {
		return
	}
	*field(u) = true
	for _, d := range u.deps {
		markDown(d, field)
	}
}

// computeKeys sets the key of every unit: whether it runs and is a
// root, its identity and sources, and the keys of its imports.
func (g *graph) computeKeys() {
	goVersion := toolchainVersion()
	for _, u := range g.all { // dependencies first
		h := cache.NewHash("unit")
		p := u.pkg
		fmt.Fprintf(h, "run %v root %v\nid %s\npath %s\nname %s\n", u.run, u.root, p.ID, p.PkgPath, p.Name)
		if p.Module != nil {
			fmt.Fprintf(h, "module %s %s %s\n", p.Module.Path, p.Module.Version, p.Module.GoVersion)
		}
		switch {
		case u.std:
			fmt.Fprintf(h, "goroot %s\n", goVersion)
		case u.content != [32]byte{}:
			fmt.Fprintf(h, "content %x\n", u.content)
		}
		for _, f := range p.CompiledGoFiles {
			fmt.Fprintf(h, "file %s\n", f)
		}
		for i, path := range sortedImports(p) {
			fmt.Fprintf(h, "import %s %x\n", path, u.deps[i].key)
		}
		u.key = h.Sum()
	}
}

// toolchainVersion names the sources of the standard library: the
// VERSION file of GOROOT, or the Go version zilint was built with.
func toolchainVersion() string {
	if v, err := os.ReadFile(filepath.Join(build.Default.GOROOT, "VERSION")); err == nil {
		return build.Default.GOROOT + " " + string(v)
	}
	return build.Default.GOROOT + " " + runtime.Version()
}

// needFacts reports whether any analyzer, or one it requires, uses
// facts: only then are dependencies analyzed at all.
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
