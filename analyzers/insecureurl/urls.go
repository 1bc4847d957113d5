package insecureurl

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strconv"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/zilint/zilint/internal/analysisutil"
)

// urlChecker finds plain-http ZoomInfo URLs written in one package.
type urlChecker struct {
	pass     *analysis.Pass
	helpers  map[*types.Func]string // same-package functions returning one constant
	consumed map[ast.Node]bool      // parts of an occurrence already checked
}

func checkURLs(pass *analysis.Pass, inspect *inspector.Inspector) {
	c := &urlChecker{
		pass:     pass,
		helpers:  constantHelpers(pass),
		consumed: make(map[ast.Node]bool),
	}
	c.skipPatterns(inspect)
	// Preorder visits an expression before its parts, so the largest
	// expression that builds a URL is checked first and consumes its parts.
	filter := []ast.Node{(*ast.BasicLit)(nil), (*ast.BinaryExpr)(nil),
		(*ast.CallExpr)(nil), (*ast.CompositeLit)(nil)}
	for n := range inspect.PreorderSeq(filter...) {
		if c.consumed[n] {
			continue
		}
		switch n := n.(type) {
		case *ast.BasicLit:
			// A literal alone is a URL only if it says http.
			if n.Kind == token.STRING && mentionsURL(n.Value) {
				c.occurrence(n)
			}
		case *ast.BinaryExpr:
			if n.Op == token.ADD && c.isString(n) {
				c.occurrence(n)
			}
		case *ast.CallExpr:
			if c.isSprintf(n) {
				c.occurrence(n)
			}
		case *ast.CompositeLit:
			c.urlStruct(n)
		}
	}
}

// patternFuncs are the functions of strings and bytes whose arguments
// are compared against the subject, not called: an http URL given to them
// is a pattern, and turning it into https would invert the test. For
// Replace and ReplaceAll only the old string is a pattern; the new one is
// a URL the program goes on to use.
var patternFuncs = map[string]bool{
	"HasPrefix": true, "HasSuffix": true, "Contains": true, "EqualFold": true,
	"TrimPrefix": true, "TrimSuffix": true, "CutPrefix": true, "CutSuffix": true,
	"Index": true, "Cut": true, "Replace": true, "ReplaceAll": true,
}

// skipPatterns marks as consumed the constant expressions that are only
// compared against: operands of == and !=, pattern arguments of the
// strings and bytes functions in patternFuncs, and case expressions of an
// expression switch. They are not reported, and so never fixed.
func (c *urlChecker) skipPatterns(inspect *inspector.Inspector) {
	filter := []ast.Node{(*ast.BinaryExpr)(nil), (*ast.CallExpr)(nil), (*ast.SwitchStmt)(nil)}
	for n := range inspect.PreorderSeq(filter...) {
		switch n := n.(type) {
		case *ast.BinaryExpr:
			if n.Op == token.EQL || n.Op == token.NEQ {
				c.skipPattern(n.X)
				c.skipPattern(n.Y)
			}
		case *ast.CallExpr:
			fn, ok := typeutil.Callee(c.pass.TypesInfo, n).(*types.Func)
			if !ok || fn.Pkg() == nil || !patternFuncs[fn.Name()] ||
				fn.Pkg().Path() != "strings" && fn.Pkg().Path() != "bytes" ||
				fn.Signature().Recv() != nil {
				continue
			}
			args := n.Args
			if fn.Name() == "Replace" || fn.Name() == "ReplaceAll" {
				args = args[:min(len(args), 2)]
			}
			for _, a := range args {
				c.skipPattern(a)
			}
		case *ast.SwitchStmt:
			if n.Tag == nil {
				continue // case expressions are conditions, seen as such
			}
			for _, stmt := range n.Body.List {
				if cc, ok := stmt.(*ast.CaseClause); ok {
					for _, e := range cc.List {
						c.skipPattern(e)
					}
				}
			}
		}
	}
}

// skipPattern marks e and all its parts consumed when e, through
// parentheses and conversions, is a constant string expression.
func (c *urlChecker) skipPattern(e ast.Expr) {
	e = analysisutil.Unwrap(c.pass.TypesInfo, e)
	if _, ok := analysisutil.StringValue(c.pass.TypesInfo, e); !ok {
		return
	}
	ast.Inspect(e, func(n ast.Node) bool {
		if n != nil {
			c.consumed[n] = true
		}
		return true
	})
}

// occurrence returns the template of e and whether a plain-http ZoomInfo
// URL was found in it, either in a part alone or, failing that, in the
// whole of e, which it then reports. A constant declared elsewhere is
// not a new occurrence: it was reported where it is written.
func (c *urlChecker) occurrence(e ast.Expr) (template, bool) {
	e = analysisutil.Unwrap(c.pass.TypesInfo, e)
	c.consumed[e] = true

	var t template
	switch e := e.(type) {
	case *ast.BasicLit:
		value, err := strconv.Unquote(e.Value)
		if e.Kind != token.STRING || err != nil {
			return template{{hole: true}}, false
		}
		t = template{{text: value, lit: e}}
	case *ast.BinaryExpr:
		if e.Op != token.ADD || !c.isString(e) {
			return c.constant(e)
		}
		found := false
		for _, op := range c.operands(e) {
			pt, ok := c.occurrence(op)
			t, found = append(t, pt...), found || ok
		}
		if found {
			return t, true
		}
	case *ast.CallExpr:
		if !c.isSprintf(e) {
			return c.constant(e)
		}
		var found bool
		if t, found = c.sprintf(e); found {
			return t, true
		}
	default:
		return c.constant(e)
	}

	standIn, ok := t.insecure()
	if ok {
		c.report(e, t, standIn)
	}
	return t, ok
}

// constant returns the value of e when it is a constant, or a call to a
// helper that always returns one, and otherwise a hole.
func (c *urlChecker) constant(e ast.Expr) (template, bool) {
	s, ok := analysisutil.StringValue(c.pass.TypesInfo, e)
	if call, isCall := e.(*ast.CallExpr); isCall && !ok {
		if fn := typeutil.StaticCallee(c.pass.TypesInfo, call); fn != nil {
			s, ok = c.helpers[fn]
		}
	}
	if !ok {
		return template{{hole: true}}, false
	}
	t := template{{text: s}}
	_, insecure := t.insecure()
	return t, insecure
}

// operands flattens a chain of string concatenations, through
// parentheses, into its operands.
func (c *urlChecker) operands(e ast.Expr) []ast.Expr {
	e = ast.Unparen(e)
	if b, ok := e.(*ast.BinaryExpr); ok && b.Op == token.ADD && c.isString(b) {
		c.consumed[b] = true
		return append(c.operands(b.X), c.operands(b.Y)...)
	}
	return []ast.Expr{e}
}

func (c *urlChecker) report(n ast.Node, t template, standIn string) {
	c.pass.Report(analysis.Diagnostic{
		Pos:      n.Pos(),
		End:      n.End(),
		Category: categoryHTTP,
		Message: fmt.Sprintf("plain-http ZoomInfo URL %q: credentials and data cross "+
			"the network unencrypted; use https", t.display()),
		SuggestedFixes: t.schemeFix(standIn),
	})
}

func (c *urlChecker) isString(e ast.Expr) bool {
	tv, ok := c.pass.TypesInfo.Types[e]
	if !ok {
		return false
	}
	b, ok := tv.Type.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

func (c *urlChecker) isSprintf(call *ast.CallExpr) bool {
	fn, ok := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func)
	return ok && fn.Pkg() != nil && fn.Pkg().Path() == "fmt" && fn.Name() == "Sprintf"
}
