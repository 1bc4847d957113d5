package insecureurl

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strconv"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/zilint/zilint/internal/analysisutil"
)

// tls12 is tls.VersionTLS12, the lowest version the analyzer accepts.
const tls12 = 0x0303

// checkTLS reports crypto/tls.Config settings that weaken TLS, written in
// a composite literal or assigned to a field, in a package in ZoomInfo
// context. Elsewhere general-purpose linters report them.
func checkTLS(pass *analysis.Pass, inspect *inspector.Inspector) {
	// Deciding the context walks every file; do it only once there is
	// something to report.
	c := &tlsChecker{
		pass:    pass,
		context: analysisutil.NewContext(pass.Fset, pass.Files),
	}

	filter := []ast.Node{(*ast.CompositeLit)(nil), (*ast.AssignStmt)(nil)}
	for cur := range inspect.Root().Preorder(filter...) {
		switch n := cur.Node().(type) {
		case *ast.CompositeLit:
			if !isNamed(pass.TypesInfo.TypeOf(n), "crypto/tls", "Config") {
				continue
			}
			for i, elt := range n.Elts {
				kv, ok := elt.(*ast.KeyValueExpr)
				if !ok {
					continue
				}
				if key, ok := kv.Key.(*ast.Ident); ok {
					remove := func() []analysis.TextEdit { return removeElement(pass, n, i) }
					c.setting(key.Name, kv.Value, kv, remove)
				}
			}

		case *ast.AssignStmt:
			if n.Tok != token.ASSIGN {
				continue
			}
			for i, lhs := range n.Lhs {
				field := configField(pass.TypesInfo, lhs)
				if field == "" {
					continue
				}
				// The value of a tuple assignment is not one expression.
				var value ast.Expr
				if len(n.Rhs) == len(n.Lhs) {
					value = n.Rhs[i]
				}
				remove := func() []analysis.TextEdit {
					if len(n.Lhs) != 1 || !inBlock(cur) {
						return nil
					}
					return removeNode(pass, n)
				}
				c.setting(field, value, n, remove)
			}
		}
	}
}

// tlsChecker reports weak TLS settings in one package.
type tlsChecker struct {
	pass    *analysis.Pass
	context *analysisutil.Context
}

func (c *tlsChecker) report(d analysis.Diagnostic) {
	if c.context.At(d.Pos) {
		c.pass.Report(d)
	}
}

// setting checks the value given to one field of a tls.Config; at is
// the element or statement that sets it, and remove deletes it.
func (c *tlsChecker) setting(field string, value ast.Expr, at ast.Node,
	remove func() []analysis.TextEdit) {
	if value == nil {
		return
	}
	tv := c.pass.TypesInfo.Types[value]
	switch field {
	case "InsecureSkipVerify":
		if tv.Value == nil {
			c.report(analysis.Diagnostic{
				Pos: at.Pos(), End: at.End(), Category: categoryTLSConfig,
				Message: fmt.Sprintf("TLS certificate verification can be disabled by "+
					"configuration (%s) on a client used for ZoomInfo; make sure it is "+
					"never set in production", shorten(types.ExprString(value))),
			})
			return
		}
		if tv.Value.Kind() != constant.Bool || !constant.BoolVal(tv.Value) {
			return
		}
		d := analysis.Diagnostic{
			Pos: at.Pos(), End: at.End(), Category: categoryTLS,
			Message: "TLS certificate verification disabled on a client used for " +
				"ZoomInfo; remove InsecureSkipVerify",
		}
		if edits := remove(); edits != nil {
			d.SuggestedFixes = []analysis.SuggestedFix{
				{Message: "Remove InsecureSkipVerify", TextEdits: edits},
			}
		}
		c.report(d)

	case "MinVersion", "MaxVersion":
		v, ok := uint16Value(tv)
		if !ok || v == 0 || v >= tls12 {
			return
		}
		c.version(field, v, value, at)
	}
}

// checkVersion reports a version bound below TLS 1.2 and offers to raise
// it, naming crypto/tls as the file imports it.
func (c *tlsChecker) version(field string, v uint16, value ast.Expr, at ast.Node) {
	pkg, fixable := tlsImportName(c.pass, value.Pos())
	format := "%s allowed on a client used for ZoomInfo; require %s.VersionTLS12 or higher"
	if field == "MaxVersion" {
		format = "TLS capped at %s on a client used for ZoomInfo; allow %s.VersionTLS12 or higher"
	}
	d := analysis.Diagnostic{
		Pos: at.Pos(), End: at.End(), Category: categoryTLS,
		Message: fmt.Sprintf(format, versionName(v), pkg),
	}
	if fixable {
		d.SuggestedFixes = []analysis.SuggestedFix{{
			Message: "Replace with " + pkg + ".VersionTLS12",
			TextEdits: []analysis.TextEdit{{Pos: value.Pos(), End: value.End(),
				NewText: []byte(pkg + ".VersionTLS12")}},
		}}
	}
	c.report(d)
}

// configField returns the name of the crypto/tls.Config field that lhs
// selects, directly, through a pointer or through embedding, or "".
func configField(info *types.Info, lhs ast.Expr) string {
	sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr)
	if !ok {
		return ""
	}
	s, ok := info.Selections[sel]
	if !ok || s.Kind() != types.FieldVal {
		return ""
	}
	field, ok := s.Obj().(*types.Var)
	if !ok || field.Pkg() == nil || field.Pkg().Path() != "crypto/tls" {
		return ""
	}
	config := field.Pkg().Scope().Lookup("Config")
	if config == nil {
		return ""
	}
	obj, _, _ := types.LookupFieldOrMethod(config.Type(), false, field.Pkg(), field.Name())
	if obj != field {
		return ""
	}
	return field.Name()
}

// tlsImportName returns the name under which the file holding pos
// imports crypto/tls, and false when it does not import it by a name a
// fix can use.
func tlsImportName(pass *analysis.Pass, pos token.Pos) (string, bool) {
	for _, f := range pass.Files {
		if pos < f.FileStart || pos >= f.FileEnd {
			continue
		}
		for _, imp := range f.Imports {
			if path, err := strconv.Unquote(imp.Path.Value); err != nil || path != "crypto/tls" {
				continue
			}
			if imp.Name == nil {
				return "tls", true
			}
			if imp.Name.Name != "_" && imp.Name.Name != "." {
				return imp.Name.Name, true
			}
		}
	}
	return "tls", false
}

func uint16Value(tv types.TypeAndValue) (uint16, bool) {
	if tv.Value == nil {
		return 0, false
	}
	v, ok := constant.Uint64Val(constant.ToInt(tv.Value))
	return uint16(v), ok && v <= 0xffff
}

func versionName(v uint16) string {
	switch v {
	case 0x0300:
		return "SSL 3.0"
	case 0x0301:
		return "TLS 1.0"
	case 0x0302:
		return "TLS 1.1"
	}
	return fmt.Sprintf("TLS version %#04x", v)
}

// inBlock reports whether the statement at cur is in a statement list,
// where deleting it leaves valid code.
func inBlock(cur inspector.Cursor) bool {
	switch cur.ParentEdgeKind() {
	case edge.BlockStmt_List, edge.CaseClause_Body, edge.CommClause_Body:
		return true
	}
	return false
}

func shorten(s string) string {
	if r := []rune(s); len(r) > 40 {
		return string(r[:40]) + "…"
	}
	return s
}
