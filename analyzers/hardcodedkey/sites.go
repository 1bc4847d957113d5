package hardcodedkey

import (
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/zilint/zilint/internal/analysisutil"
	"github.com/zilint/zilint/internal/credential"
)

// hint is what the place of a value says about it.
type hint struct {
	kind     credential.Kind
	zoomInfo bool   // the place is ZoomInfo-specific
	where    string // the place, for the message: "apiKey", "field ClientSecret"
	auth     bool   // an Authorization header value, perhaps with a scheme
	// noFix is set where an environment lookup is not the repair: a
	// fallback (which should become an error), the value given to
	// os.Setenv, a field inside a request body.
	noFix bool
}

// empty reports whether the place says nothing; a named place without a
// kind still names the value when its shape speaks for itself.
func (h hint) empty() bool { return h.kind == credential.None && !h.auth && h.where == "" }

// nameHint is the hint of a value held by a name.
func (c *checker) nameHint(name, where string) hint {
	n, ok := c.names[name]
	if !ok {
		n = credential.ClassifyName(name)
		c.names[name] = n
	}
	return hint{kind: n.Kind, zoomInfo: n.ZoomInfo, where: where}
}

// keyHint is the hint of a value paired with a constant key: a map key, a
// header name, an environment variable, a JSON or form field.
func (c *checker) keyHint(key string) hint {
	if strings.EqualFold(key, "Authorization") || strings.EqualFold(key, "Proxy-Authorization") {
		return hint{kind: credential.APIKey, auth: true, where: "Authorization header"}
	}
	if len(key) > 64 || strings.ContainsAny(key, " \t\n%") {
		return hint{}
	}
	h := c.nameHint(key, key)
	// The user's own variable names are ZoomInfo's by declaration.
	if k := credential.EnvVarKindIn(key, c.cfg.EnvVars); k != credential.None {
		h.kind, h.zoomInfo = k, true
	}
	// os.Setenv("ZOOMINFO_API_KEY", "…") has no environment lookup to
	// turn into: no fix.
	h.noFix = credential.IsEnvVarNameIn(key, c.cfg.EnvVars)
	return h
}

// visitSite looks at the places where a value gets a name.
func (c *checker) visitSite(n ast.Node) {
	if f, ok := n.(*ast.File); ok {
		c.file = f
		return
	}
	if c.skipFile(c.file) {
		return
	}
	switch n := n.(type) {
	case *ast.ValueSpec:
		for i, name := range n.Names {
			if i < len(n.Values) {
				c.noteEnvLookup(c.pass.TypesInfo.Defs[name], n.Values[i])
				c.checkExpr(n.Values[i], c.nameHint(name.Name, name.Name))
			}
		}
	case *ast.AssignStmt:
		if len(n.Rhs) == 1 && len(n.Lhs) == 2 {
			c.noteEnvLookup(c.objectOf(n.Lhs[0]), n.Rhs[0]) // v, ok := os.LookupEnv(…)
		}
		if len(n.Lhs) != len(n.Rhs) {
			return
		}
		for i, lhs := range n.Lhs {
			c.noteEnvLookup(c.objectOf(lhs), n.Rhs[i])
			c.checkExpr(n.Rhs[i], c.lhsHint(lhs))
		}
	case *ast.CompositeLit:
		c.visitCompositeLit(n)
	case *ast.CallExpr:
		c.visitCall(n)
	case *ast.FuncDecl:
		c.visitReturns(n)
	}
}

// visitReturns checks what a function named for a key returns:
// func zoomInfoToken() string { return "…" }.
func (c *checker) visitReturns(fn *ast.FuncDecl) {
	if fn.Body == nil || fn.Type.Results == nil || fn.Type.Results.NumFields() != 1 {
		return
	}
	h := c.nameHint(fn.Name.Name, "return value of "+fn.Name.Name)
	if h.kind == credential.None {
		return
	}
	ast.Inspect(fn.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false // its returns are its own
		case *ast.ReturnStmt:
			if len(n.Results) == 1 {
				c.checkExpr(n.Results[0], h)
			}
		}
		return true
	})
}

// noteEnvLookup records obj as holding a ZoomInfo credential read from
// the environment when value is such a lookup.
func (c *checker) noteEnvLookup(obj types.Object, value ast.Expr) {
	call, ok := ast.Unparen(value).(*ast.CallExpr)
	if obj == nil || !ok {
		return
	}
	if name, ok := analysisutil.EnvLookup(c.pass.TypesInfo, call); ok {
		if _, ok := c.isEnvCredential(name); ok {
			c.envVars[obj] = name
		}
	}
}

// objectOf returns the variable or field that an assignment target names.
func (c *checker) objectOf(e ast.Expr) types.Object {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		return c.pass.TypesInfo.ObjectOf(e)
	case *ast.SelectorExpr:
		return c.pass.TypesInfo.ObjectOf(e.Sel)
	}
	return nil
}

// lhsHint is the hint of a value assigned to lhs.
func (c *checker) lhsHint(lhs ast.Expr) hint {
	if env, ok := c.envVars[c.objectOf(lhs)]; ok {
		kind, _ := c.isEnvCredential(env)
		return hint{kind: kind, zoomInfo: true, where: "fallback for " + env, noFix: true}
	}
	switch e := ast.Unparen(lhs).(type) {
	case *ast.Ident:
		return c.nameHint(e.Name, e.Name)
	case *ast.SelectorExpr:
		return c.nameHint(e.Sel.Name, "field "+e.Sel.Name)
	case *ast.IndexExpr:
		if key, ok := analysisutil.StringValue(c.pass.TypesInfo, e.Index); ok {
			return c.keyHint(key)
		}
	}
	return hint{}
}

// visitCompositeLit checks keyed struct fields and map values.
func (c *checker) visitCompositeLit(lit *ast.CompositeLit) {
	tv, ok := c.pass.TypesInfo.Types[lit]
	if !ok {
		return
	}
	typ := tv.Type.Underlying()
	if ptr, ok := typ.(*types.Pointer); ok { // []*Client{{APIKey: …}}
		typ = ptr.Elem().Underlying()
	}
	_, isStruct := typ.(*types.Struct)
	_, isMap := typ.(*types.Map)
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		switch {
		case isStruct:
			if id, ok := kv.Key.(*ast.Ident); ok {
				c.checkExpr(kv.Value, c.nameHint(id.Name, "field "+id.Name))
			}
		case isMap:
			if key, ok := analysisutil.StringValue(c.pass.TypesInfo, kv.Key); ok {
				c.checkExpr(kv.Value, c.keyHint(key))
			}
		}
	}
}

// visitCall checks the arguments of a call: after a constant key
// (Header.Set, os.Setenv, url.Values.Set), as a parameter named for a
// key (SetBasicAuth's password), as a default next to an environment
// lookup (cmp.Or), and in a printf template ("Bearer %s").
func (c *checker) visitCall(call *ast.CallExpr) {
	info := c.pass.TypesInfo
	for _, arg := range call.Args {
		inner, ok := ast.Unparen(arg).(*ast.CallExpr)
		if !ok {
			continue
		}
		if env, ok := analysisutil.EnvLookup(info, inner); ok {
			if kind, ok := c.isEnvCredential(env); ok {
				h := hint{kind: kind, zoomInfo: true, where: "fallback for " + env, noFix: true}
				for _, other := range call.Args {
					c.checkExpr(other, h)
				}
			}
		}
	}

	for i := 0; i+1 < len(call.Args); i++ {
		if key, ok := analysisutil.StringValue(info, call.Args[i]); ok {
			c.checkExpr(call.Args[i+1], c.keyHint(key))
		}
	}

	if sig, ok := typeutil.Callee(info, call).(*types.Func); ok {
		c.checkParams(call, sig)
	}
	c.checkTemplate(call)
}

// checkParams checks arguments passed to parameters named for a key.
func (c *checker) checkParams(call *ast.CallExpr, fn *types.Func) {
	sig := fn.Type().(*types.Signature)
	params := sig.Params()
	for i, arg := range call.Args {
		j := i
		if sig.Variadic() && j >= params.Len()-1 {
			j = params.Len() - 1
		}
		if j < 0 || j >= params.Len() {
			break
		}
		name := params.At(j).Name()
		c.checkExpr(arg, c.nameHint(name, "argument "+name+" of "+fn.Name()))
	}
}
