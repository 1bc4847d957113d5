package driver

import (
	"bytes"
	"go/ast"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"
)

// useFinding is the finding of taint on testdata/facts: use.Key calls a
// function of dep that the taint fact marks.
var useFinding = filepath.Join("use", "use.go") + ":5:28: call to Secret returns a bad word (taint)\n"

// counted returns a copy of a whose Run counts the packages it runs on.
func counted(a *analysis.Analyzer, n *atomic.Int32) *analysis.Analyzer {
	c := *a
	c.Run = func(pass *analysis.Pass) (any, error) {
		n.Add(1)
		return a.Run(pass)
	}
	return &c
}

// runCounted runs taint on dir with env and returns the exit status, the
// output and how many packages taint ran on.
func runCounted(t *testing.T, env Env, args ...string) (int, string, string, int32) {
	t.Helper()
	var n atomic.Int32
	var stdout, stderr bytes.Buffer
	env.Stdout, env.Stderr = &stdout, &stderr
	code := Run(args, []*analysis.Analyzer{counted(taintAnalyzer(), &n)}, env)
	return code, stdout.String(), stderr.String(), n.Load()
}

func TestResultCacheRepeatRun(t *testing.T) {
	t.Setenv(CacheEnv, t.TempDir())
	dir := copyFixture(t, "facts")
	code, stdout, stderr, first := runCounted(t, Env{Dir: dir}, "./...")
	if code != ExitFindings || stdout != useFinding || stderr != "" {
		t.Fatalf("first run: %d %q %q; want %d %q", code, stdout, stderr, ExitFindings, useFinding)
	}
	if first < 2 {
		t.Fatalf("first run analyzed %d packages; want dep, use and what they import", first)
	}
	code, stdout, stderr, again := runCounted(t, Env{Dir: dir}, "./...")
	if code != ExitFindings || stdout != useFinding || stderr != "" {
		t.Errorf("repeat run: %d %q %q; want the first run's output", code, stdout, stderr)
	}
	if again != 0 {
		t.Errorf("repeat run analyzed %d packages; want 0, all from the cache", again)
	}
}

func TestResultCacheDependencyChange(t *testing.T) {
	t.Setenv(CacheEnv, t.TempDir())
	dir := copyFixture(t, "facts")
	depFile := filepath.Join(dir, "dep", "dep.go")
	original := readFile(t, depFile)
	runCounted(t, Env{Dir: dir}, "./use")

	// dep no longer returns the bad word: its fact goes, and use, whose
	// own source did not change, must be analyzed again.
	if err := os.WriteFile(depFile, []byte(strings.Replace(original, "BADWORD", "harmless", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr, n := runCounted(t, Env{Dir: dir}, "./use")
	if code != ExitClean || stdout != "" || stderr != "" {
		t.Errorf("after the change: %d %q %q; want a clean run", code, stdout, stderr)
	}
	if n < 2 {
		t.Errorf("after the change taint ran on %d packages; want dep and use again", n)
	}

	// Back as it was: the first results are still in the cache.
	if err := os.WriteFile(depFile, []byte(original), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, _, n = runCounted(t, Env{Dir: dir}, "./use")
	if code != ExitFindings || stdout != useFinding || n != 0 {
		t.Errorf("after the change back: %d %q, %d packages analyzed; want %q from the cache", code, stdout, n, useFinding)
	}
}

func TestResultCacheAnalyzerFlags(t *testing.T) {
	t.Setenv(CacheEnv, t.TempDir())
	dir := fixture("basic")
	run := func(args ...string) (string, int32) {
		var n atomic.Int32
		var stdout bytes.Buffer
		Run(args, []*analysis.Analyzer{counted(badwordAnalyzer(), &n)}, Env{Dir: dir, Stdout: &stdout, Stderr: io.Discard})
		return stdout.String(), n.Load()
	}
	all, _ := run(".")
	if _, n := run("."); n != 0 {
		t.Errorf("repeat run analyzed %d packages; want 0", n)
	}
	// A flag of the analyzer is part of the key: a new value misses.
	noTests, n := run("-badword.skip-tests", ".")
	if n == 0 || noTests == all || noTests != basicA+"\n" {
		t.Errorf("with -badword.skip-tests: %q after %d packages analyzed; want %q, analyzed again", noTests, n, basicA+"\n")
	}
}

func TestResultCacheOff(t *testing.T) {
	t.Setenv(CacheEnv, "off")
	dir := copyFixture(t, "facts")
	for i := range 2 {
		code, stdout, _, n := runCounted(t, Env{Dir: dir}, "./use")
		if code != ExitFindings || stdout != useFinding || n < 2 {
			t.Errorf("run %d: %d %q after %d packages analyzed; want the finding, analyzed afresh", i, code, stdout, n)
		}
	}
}

func TestResultCacheUnusable(t *testing.T) {
	file := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv(CacheEnv, filepath.Join(file, "cache")) // under a regular file
	code, stdout, stderr, _ := runCounted(t, Env{Dir: copyFixture(t, "facts")}, "./use")
	if code != ExitFindings || stdout != useFinding {
		t.Errorf("got %d %q; want the finding without a cache", code, stdout)
	}
	if !strings.HasPrefix(stderr, "zilint: warning: result cache off: ") {
		t.Errorf("stderr = %q, want a warning that the cache is off", stderr)
	}
}

func TestRelevanceFilter(t *testing.T) {
	t.Setenv(CacheEnv, "off")
	dir := fixture("facts")
	// dep is relevant: it is analyzed and its fact reaches use.
	marked := func(src []byte) bool { return bytes.Contains(src, []byte("BADWORD")) }
	code, stdout, _, n := runCounted(t, Env{Dir: dir, Relevant: marked}, "./use")
	if code != ExitFindings || stdout != useFinding {
		t.Errorf("dep relevant: %d %q; want %q", code, stdout, useFinding)
	}
	if n != 2 {
		t.Errorf("dep relevant: taint ran on %d packages, want 2 (use and dep)", n)
	}
	// Nothing is relevant: only the root is analyzed, dep only checked,
	// so its fact is missing and so is the finding.
	code, stdout, _, n = runCounted(t, Env{Dir: dir, Relevant: func([]byte) bool { return false }}, "./use")
	if code != ExitClean || stdout != "" || n != 1 {
		t.Errorf("nothing relevant: %d %q after %d packages analyzed; want a clean run of use alone", code, stdout, n)
	}
}

// TestMain keeps the tests' results out of the user's cache.
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "zilint-cache-test")
	if err != nil {
		panic(err)
	}
	if err := os.Setenv(CacheEnv, dir); err != nil {
		panic(err)
	}
	code := m.Run()
	_ = os.RemoveAll(dir)
	os.Exit(code)
}

// TestResultCacheVendoredChange edits a vendored module, whose version
// does not change with its files: the key must follow the files.
func TestResultCacheVendoredChange(t *testing.T) {
	t.Setenv(CacheEnv, t.TempDir())
	dir := copyFixture(t, "vendored")
	want := filepath.Join("use", "use.go") + ":5:28: call to Secret returns a bad word (taint)\n"
	if code, stdout, stderr, _ := runCounted(t, Env{Dir: dir}, "./use"); code != ExitFindings || stdout != want {
		t.Fatalf("first run: %d %q %q; want %q", code, stdout, stderr, want)
	}
	vendored := filepath.Join(dir, "vendor", "example.com", "vdep", "vdep.go")
	if err := os.WriteFile(vendored, []byte(strings.Replace(readFile(t, vendored), "BADWORD", "harmless", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, stdout, stderr, _ := runCounted(t, Env{Dir: dir}, "./use"); code != ExitClean || stdout != "" {
		t.Errorf("after editing the vendored module: %d %q %q; want a clean run", code, stdout, stderr)
	}
}

func TestIsModuleCache(t *testing.T) {
	mod := func(dir string, files ...string) *packages.Package {
		return &packages.Package{
			Module:          &packages.Module{Path: "example.com/m", Version: "v1.2.3", Dir: dir},
			CompiledGoFiles: files,
		}
	}
	replaced := mod("/mod/example.com/m@v1.2.3", "/mod/example.com/m@v1.2.3/a.go")
	replaced.Module.Replace = &packages.Module{Path: "../m"}
	for _, tt := range []struct {
		name string
		p    *packages.Package
		want bool
	}{
		{"module cache", mod("/mod/example.com/m@v1.2.3", "/mod/example.com/m@v1.2.3/a.go"), true},
		{"vendored", mod("", "/src/app/vendor/example.com/m/a.go"), false},
		{"vendor dir named like the module", mod("/src/app/vendor/example.com/m", "/src/app/vendor/example.com/m/a.go"), false},
		{"cgo output elsewhere", mod("/mod/example.com/m@v1.2.3", "/mod/example.com/m@v1.2.3/a.go", "/cache/b.cgo1.go"), false},
		{"replaced", replaced, false},
		{"no module", &packages.Package{CompiledGoFiles: []string{"/src/a.go"}}, false},
	} {
		if got := isModuleCache(tt.p); got != tt.want {
			t.Errorf("%s: isModuleCache = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// pkgMark is a package fact that every package exports.
type pkgMark struct{}

func (*pkgMark) AFact()         {}
func (*pkgMark) String() string { return "mark" }

// TestAllFacts checks AllObjectFacts and AllPackageFacts across packages,
// from a fresh analysis and from the cache: use sees dep's object fact
// on Secret and dep's package fact.
func TestAllFacts(t *testing.T) {
	t.Setenv(CacheEnv, t.TempDir())
	taint := taintAnalyzer()
	all := &analysis.Analyzer{
		Name:      "allfacts",
		Doc:       "report the facts of other packages",
		Requires:  []*analysis.Analyzer{taint},
		FactTypes: []analysis.Fact{new(pkgMark)},
		Run: func(pass *analysis.Pass) (any, error) {
			pass.ExportPackageFact(new(pkgMark))
			if len(pass.Files) == 0 || pass.Pkg.Name() != "use" {
				return nil, nil
			}
			for _, f := range pass.AllPackageFacts() {
				if f.Package != pass.Pkg {
					pass.Reportf(pass.Files[0].Package, "package fact %s on %s", f.Fact, f.Package.Path())
				}
			}
			return nil, nil
		},
	}
	objects := &analysis.Analyzer{
		Name:      "allobjects",
		Doc:       "report the object facts of other packages",
		FactTypes: []analysis.Fact{new(badFact)},
		Run: func(pass *analysis.Pass) (any, error) {
			for _, file := range pass.Files {
				for _, decl := range file.Decls {
					if fd, ok := decl.(*ast.FuncDecl); ok && hasBadLiteral(fd) {
						pass.ExportObjectFact(pass.TypesInfo.Defs[fd.Name], new(badFact))
					}
				}
			}
			if len(pass.Files) == 0 || pass.Pkg.Name() != "use" {
				return nil, nil
			}
			for _, f := range pass.AllObjectFacts() {
				if f.Object.Pkg() != pass.Pkg {
					pass.Reportf(pass.Files[0].Package, "object fact %s on %s.%s", f.Fact, f.Object.Pkg().Name(), f.Object.Name())
				}
			}
			return nil, nil
		},
	}
	want := "use/use.go:1:1: package fact mark on example.com/facts/dep (allfacts)\n" +
		"use/use.go:1:1: object fact bad on dep.Secret (allobjects)\n"
	// The second run re-analyzes use (edited) against dep's facts as the
	// cache returns them.
	dir := copyFixture(t, "facts")
	useFile := filepath.Join(dir, "use", "use.go")
	for _, run := range []string{"fresh", "dep from the cache"} {
		if run != "fresh" {
			if err := os.WriteFile(useFile, []byte(readFile(t, useFile)+"\n// edited\n"), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		code, stdout, stderr := zilint(t, dir, []*analysis.Analyzer{all, objects}, "./use")
		if code != ExitFindings || filepath.ToSlash(stdout) != want || stderr != "" {
			t.Errorf("%s: %d %q %q; want %q", run, code, stdout, stderr, want)
		}
	}
}
