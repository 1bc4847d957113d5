package insecureurl

import (
	"go/ast"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/zilint/zilint/internal/analysisutil"
)

// sprintf returns the template of a fmt.Sprintf call with a constant
// format: the format's text with each %s or %v replaced by the template
// of its argument and any other verb by a hole. It reports whether an
// argument alone was found to be a plain-http ZoomInfo URL.
func (c *urlChecker) sprintf(call *ast.CallExpr) (template, bool) {
	if len(call.Args) == 0 {
		return template{{hole: true}}, false
	}
	format, ok := analysisutil.StringValue(c.pass.TypesInfo, call.Args[0])
	if !ok {
		return template{{hole: true}}, false
	}
	// The format literal belongs to this occurrence; it is not a URL
	// alone, it is one with holes.
	lit, _ := analysisutil.Unwrap(c.pass.TypesInfo, call.Args[0]).(*ast.BasicLit)
	if lit != nil {
		c.consumed[lit] = true
		if v, err := strconv.Unquote(lit.Value); err != nil || v != format {
			lit = nil
		}
	}

	found := false
	args := make([]template, 0, len(call.Args)-1)
	for _, a := range call.Args[1:] {
		t, ok := c.occurrence(a)
		args, found = append(args, t), found || ok
	}

	var t template
	text := func(from, to int) {
		if from < to {
			t = append(t, piece{text: format[from:to], lit: lit, off: from})
		}
	}
	arg, indexed, last := 0, false, 0
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		text(last, i)
		j := i + 1
		for j < len(format) && strings.IndexByte("+-# 0123456789.*[]", format[j]) >= 0 {
			// Explicit argument indexes are rare; give up on matching
			// the arguments after one.
			indexed = indexed || format[j] == '['
			if format[j] == '*' {
				arg++
			}
			j++
		}
		if j == len(format) {
			last = i
			break
		}
		switch verb := format[j]; {
		case verb == '%':
			t = append(t, piece{text: "%", lit: lit, off: j})
		case (verb == 's' || verb == 'v') && !indexed && arg < len(args):
			t = append(t, args[arg]...)
			arg++
		default:
			t = append(t, piece{hole: true})
			arg++
		}
		i, last = j, j+1
	}
	text(last, len(format))
	return t, found
}

// urlStruct checks a url.URL composite literal with a constant http
// Scheme and a ZoomInfo Host.
func (c *urlChecker) urlStruct(lit *ast.CompositeLit) {
	if !isNamed(c.pass.TypesInfo.TypeOf(lit), "net/url", "URL") {
		return
	}
	fields := make(map[string]ast.Expr)
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if key, ok := kv.Key.(*ast.Ident); ok {
				fields[key.Name] = kv.Value
			}
		}
	}
	part := func(name string) template {
		e, ok := fields[name]
		if !ok {
			return nil
		}
		t, _ := c.occurrence(e)
		return t
	}
	scheme, host, path := part("Scheme"), part("Host"), part("Path")
	if len(scheme) != 1 || !strings.EqualFold(scheme[0].text, "http") || host == nil {
		return
	}

	t := append(append(scheme, piece{text: "://"}), host...)
	if len(path) > 0 && !strings.HasPrefix(path.fill("x"), "/") {
		t = append(t, piece{text: "/"})
	}
	t = append(t, path...)
	if _, ok := fields["RawQuery"]; ok {
		t = append(t, piece{text: "?"}, piece{hole: true})
	}
	if standIn, ok := t.insecure(); ok {
		c.report(lit, t, standIn)
	}
}

// isNamed reports whether t, or what it points to, is the named type
// path.name.
func isNamed(t types.Type, path, name string) bool {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == path && n.Obj().Name() == name
}

// constantHelpers finds the functions of the package whose every return
// statement returns the same constant string, such as
// func host() string { return "api.zoominfo.com" }.
func constantHelpers(pass *analysis.Pass) map[*types.Func]string {
	helpers := make(map[*types.Func]string)
	for _, f := range pass.Files {
		for _, decl := range f.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok || fd.Body == nil || fd.Type.Results.NumFields() != 1 {
				continue
			}
			fn, ok := pass.TypesInfo.Defs[fd.Name].(*types.Func)
			if !ok {
				continue
			}
			if s, ok := soleReturn(pass, fd.Body); ok {
				helpers[fn] = s
			}
		}
	}
	return helpers
}

// soleReturn returns the constant string that every return statement of
// body returns, ignoring function literals.
func soleReturn(pass *analysis.Pass, body *ast.BlockStmt) (string, bool) {
	value, seen, same := "", false, true
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			s, ok := "", len(n.Results) == 1
			if ok {
				s, ok = analysisutil.StringValue(pass.TypesInfo, n.Results[0])
			}
			if !ok || seen && s != value {
				same = false
			}
			value, seen = s, true
		}
		return same
	})
	return value, seen && same
}
