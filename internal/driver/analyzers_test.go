package driver

import (
	"bytes"
	"go/ast"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
)

// The synthetic analyzers below are built fresh by each test, so that a
// test setting one of their flags never affects another test.

// badwordAnalyzer reports every string literal containing BADWORD as a
// secret, with a fix that replaces it by "REDACTED". Its flag skip-tests
// turns off reports in _test.go files.
func badwordAnalyzer() *analysis.Analyzer {
	a := &analysis.Analyzer{Name: "badword", Doc: "report BADWORD literals\n\nMore text."}
	skipTests := a.Flags.Bool("skip-tests", false, "skip test files")
	a.Run = func(pass *analysis.Pass) (any, error) {
		eachBadLiteral(pass, *skipTests, func(lit *ast.BasicLit) {
			pass.Report(analysis.Diagnostic{
				Pos: lit.Pos(), End: lit.End(), Category: "secret",
				Message: "string contains BADWORD",
				SuggestedFixes: []analysis.SuggestedFix{{
					Message:   "Replace the literal",
					TextEdits: []analysis.TextEdit{{Pos: lit.Pos(), End: lit.End(), NewText: []byte(`"REDACTED"`)}},
				}},
			})
		})
		return nil, nil
	}
	return a
}

// rivalAnalyzer reports the same literals as badword with a different
// fix of the same range, so that the two fixes overlap.
func rivalAnalyzer() *analysis.Analyzer {
	a := &analysis.Analyzer{Name: "rival", Doc: "report BADWORD literals differently"}
	a.Run = func(pass *analysis.Pass) (any, error) {
		eachBadLiteral(pass, false, func(lit *ast.BasicLit) {
			pass.Report(analysis.Diagnostic{
				Pos: lit.Pos(), End: lit.End(), Message: "rival finding",
				SuggestedFixes: []analysis.SuggestedFix{{
					Message:   "Empty the literal",
					TextEdits: []analysis.TextEdit{{Pos: lit.Pos(), End: lit.End(), NewText: []byte(`""`)}},
				}},
			})
		})
		return nil, nil
	}
	return a
}

// boomAnalyzer panics on every package.
func boomAnalyzer() *analysis.Analyzer {
	return &analysis.Analyzer{
		Name: "boom",
		Doc:  "panic always",
		Run:  func(*analysis.Pass) (any, error) { panic("kaboom") },
	}
}

// badFact marks a function that returns a BADWORD literal.
type badFact struct{}

func (*badFact) AFact()         {}
func (*badFact) String() string { return "bad" }

// taintAnalyzer exports badFact on functions containing a BADWORD
// literal and reports calls to functions that carry the fact, which
// needs facts from dependencies and the result of a required analyzer.
func taintAnalyzer() *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:      "taint",
		Doc:       "report calls to functions returning BADWORD",
		Requires:  []*analysis.Analyzer{inspect.Analyzer},
		FactTypes: []analysis.Fact{new(badFact)},
		Run: func(pass *analysis.Pass) (any, error) {
			ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
			ins.Preorder([]ast.Node{(*ast.FuncDecl)(nil), (*ast.CallExpr)(nil)}, func(n ast.Node) {
				switch n := n.(type) {
				case *ast.FuncDecl:
					if hasBadLiteral(n) {
						pass.ExportObjectFact(pass.TypesInfo.Defs[n.Name], new(badFact))
					}
				case *ast.CallExpr:
					sel, ok := n.Fun.(*ast.SelectorExpr)
					if !ok {
						return
					}
					fn, ok := pass.TypesInfo.Uses[sel.Sel].(*types.Func)
					if ok && pass.ImportObjectFact(fn, new(badFact)) {
						pass.Reportf(n.Pos(), "call to %s returns a bad word", fn.Name())
					}
				}
			})
			return nil, nil
		},
	}
}

// eachBadLiteral calls f for each string literal containing BADWORD.
func eachBadLiteral(pass *analysis.Pass, skipTests bool, f func(*ast.BasicLit)) {
	for _, file := range pass.Files {
		name := pass.Fset.File(file.Pos()).Name()
		if skipTests && strings.HasSuffix(name, "_test.go") {
			continue
		}
		ast.Inspect(file, func(n ast.Node) bool {
			if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING &&
				strings.Contains(lit.Value, "BADWORD") {
				f(lit)
			}
			return true
		})
	}
}

// hasBadLiteral reports whether a BADWORD string literal occurs in n.
func hasBadLiteral(n ast.Node) bool {
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		lit, ok := n.(*ast.BasicLit)
		found = found || (ok && strings.Contains(lit.Value, "BADWORD"))
		return !found
	})
	return found
}

// zilint runs the driver in dir and returns its exit status and output.
func zilint(t *testing.T, dir string, analyzers []*analysis.Analyzer, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := Run(args, analyzers, Env{Dir: dir, Stdout: &stdout, Stderr: &stderr})
	return code, stdout.String(), stderr.String()
}

// fixture returns the path of testdata module name.
func fixture(name string) string {
	return filepath.Join("testdata", name)
}

// copyFixture copies testdata module name into a fresh temporary
// directory and returns the copy's path.
func copyFixture(t *testing.T, name string) string {
	t.Helper()
	dst := filepath.Join(t.TempDir(), name)
	if err := os.CopyFS(dst, os.DirFS(fixture(name))); err != nil {
		t.Fatal(err)
	}
	return dst
}

// readFile returns the content of a file, failing the test on error.
func readFile(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}
