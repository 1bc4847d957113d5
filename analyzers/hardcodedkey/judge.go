package hardcodedkey

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/zilint/zilint/internal/analysisutil"
	"github.com/zilint/zilint/internal/credential"
)

// checkExpr judges the value e placed where h says, and reports whether
// it is a credential.
func (c *checker) checkExpr(e ast.Expr, h hint) bool {
	if h.empty() {
		return false
	}
	e = analysisutil.Unwrap(c.pass.TypesInfo, e)
	if lit, ok := e.(*ast.CompositeLit); ok {
		// Header{"Authorization": {"Bearer …"}}, url.Values{"password": {…}}.
		found := false
		for _, elt := range lit.Elts {
			if _, ok := elt.(*ast.KeyValueExpr); !ok {
				found = c.checkExpr(elt, h) || found
			}
		}
		return found
	}
	v, ok := analysisutil.StringValue(c.pass.TypesInfo, e)
	if !ok {
		return false
	}
	// A constant is reported where its literal is written, also when it
	// is folded into "Bearer " + apiKey.
	secret, _ := credential.StripAuthScheme(v)
	if decl, ok := c.constDecls[secret]; ok {
		e, v = decl, secret
	} else if _, ok := e.(*ast.Ident); ok {
		return false // a constant declared in another package, reported there
	}
	return c.judge(e, v, h)
}

// judge reports value v, written at node, when it is a credential: by its
// own shape, or by the place it stands in.
func (c *checker) judge(node ast.Expr, v string, h hint) bool {
	secret, scheme := v, ""
	if tok, ok := credential.StripAuthScheme(v); ok {
		secret, h.auth = tok, true
		// The fix keeps the scheme and needs the token to end the value.
		if i := strings.Index(v, tok); i >= 0 && i+len(tok) == len(v) {
			scheme = v[:i]
		} else {
			h.noFix = true
		}
	}
	// Basic carries user:password in base64: judge the password.
	if len(v) > 6 && strings.EqualFold(v[:6], "basic ") {
		if pass, ok := credential.BasicPassword(secret); ok && !credential.LooksLikeSecret(credential.Password, pass) {
			return false
		}
	}
	if shape := credential.ClassifyValue(secret); shape.Kind != credential.None {
		if !c.counts(shape.ZoomInfo || h.zoomInfo, node.Pos()) {
			return false
		}
		if h.where == "" {
			h.where = "a string literal"
		}
		if shape.Kind == credential.PartnerKey {
			scheme = "" // the key sits in a URL; no environment lookup replaces it
			h.noFix = true
		}
		c.report(node, shape.Kind, shape.Secret, scheme, h)
		return true
	}
	kind := h.kind
	if kind == credential.None && h.auth {
		kind = credential.APIKey
	}
	if kind == credential.None || !c.counts(h.zoomInfo, node.Pos()) || !credential.LooksLikeSecret(kind, secret) {
		return false
	}
	c.report(node, kind, secret, scheme, h)
	return true
}

// report emits one diagnostic per written literal.
func (c *checker) report(node ast.Expr, kind credential.Kind, secret, scheme string, h hint) {
	if c.overlapsReport(node) {
		return
	}
	c.reported = append(c.reported, node)
	if c.skipFile(c.fileOf(node.Pos())) {
		return
	}
	pos, end := secretRange(node, secret)
	diag := analysis.Diagnostic{
		Pos:      pos,
		End:      end,
		Category: "secret",
		Message: fmt.Sprintf("ZoomInfo %s %q hardcoded in %s; load it from %s at run time",
			kind, credential.Mask(secret), h.where, kind.EnvVar()),
	}
	if loader := kind.Loader(); loader != "" {
		diag.Message += " (" + loader + ")"
	}
	if fix, ok := c.fix(node, kind, scheme, h); ok {
		diag.SuggestedFixes = []analysis.SuggestedFix{fix}
	}
	c.pass.Report(diag)
}

// secretRange is the range of the secret inside the literal that holds
// it, so that reports point at it and drivers can mask exactly it; the
// whole node when the secret is not written verbatim (escapes, folding).
func secretRange(node ast.Expr, secret string) (token.Pos, token.Pos) {
	if lit, ok := node.(*ast.BasicLit); ok && secret != "" {
		if i := strings.Index(lit.Value, secret); i >= 0 {
			return lit.Pos() + token.Pos(i), lit.Pos() + token.Pos(i+len(secret))
		}
	}
	return node.Pos(), node.End()
}

// fix replaces a literal by a lookup of the conventional environment
// variable, where the literal is a plain string value that a call can
// take the place of: not a constant declaration, not a named string type,
// not a fallback (whose fix is to fail when the variable is unset).
func (c *checker) fix(node ast.Expr, kind credential.Kind, scheme string, h hint) (analysis.SuggestedFix, bool) {
	lit, ok := node.(*ast.BasicLit)
	if !ok || h.noFix || c.inConstDecl(lit.Pos()) {
		return analysis.SuggestedFix{}, false
	}
	if b, ok := c.pass.TypesInfo.TypeOf(lit).(*types.Basic); !ok || b.Info()&types.IsString == 0 || b.Kind() != types.String && b.Kind() != types.UntypedString {
		return analysis.SuggestedFix{}, false
	}
	f := c.fileOf(lit.Pos())
	if f == nil || !c.osVisible(lit.Pos()) {
		return analysis.SuggestedFix{}, false
	}
	text := fmt.Sprintf("os.Getenv(%q)", kind.EnvVar())
	if scheme != "" {
		text = strconv.Quote(scheme) + " + " + text
	}
	edits := []analysis.TextEdit{{Pos: lit.Pos(), End: lit.End(), NewText: []byte(text)}}
	edits = append(edits, analysisutil.AddImportEdit(f, "os")...)
	return analysis.SuggestedFix{
		Message:   fmt.Sprintf("Load the %s from %s", kind, kind.EnvVar()),
		TextEdits: edits,
	}, true
}

// osVisible reports whether "os" at pos names package os, or nothing so
// that an import of os can be added.
func (c *checker) osVisible(pos token.Pos) bool {
	scope := c.pass.Pkg.Scope().Innermost(pos)
	if scope == nil {
		return false
	}
	_, obj := scope.LookupParent("os", pos)
	if obj == nil {
		// Not declared in a visible scope; an import under another name
		// is fine, but file scopes hold imports: check them too.
		return !c.fileDeclaresOS(pos)
	}
	pkg, ok := obj.(*types.PkgName)
	return ok && pkg.Imported().Path() == "os"
}

// fileDeclaresOS reports whether the file at pos imports something else
// under the name os.
func (c *checker) fileDeclaresOS(pos token.Pos) bool {
	f := c.fileOf(pos)
	for _, imp := range f.Imports {
		if imp.Name != nil && imp.Name.Name == "os" && imp.Path.Value != `"os"` {
			return true
		}
	}
	return false
}

// inConstDecl reports whether pos lies in a const declaration.
func (c *checker) inConstDecl(pos token.Pos) bool {
	f := c.fileOf(pos)
	if f == nil {
		return false
	}
	found := false
	ast.Inspect(f, func(n ast.Node) bool {
		if found || n == nil || pos < n.Pos() || pos >= n.End() {
			return false
		}
		if gen, ok := n.(*ast.GenDecl); ok && gen.Tok == token.CONST {
			found = true
		}
		return true
	})
	return found
}

// fileOf returns the syntax tree of the file holding pos.
func (c *checker) fileOf(pos token.Pos) *ast.File {
	for _, f := range c.pass.Files {
		if f.FileStart <= pos && pos <= f.FileEnd {
			return f
		}
	}
	return nil
}
