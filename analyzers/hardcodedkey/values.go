package hardcodedkey

import (
	"encoding/json"
	"go/ast"
	"go/token"
	"net/url"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/zilint/zilint/internal/analysisutil"
	"github.com/zilint/zilint/internal/credential"
)

// visitValue looks at literals that explain themselves wherever they
// stand: a JWT, a PEM private key, a partner URL with its key, a
// "Bearer …" value, an auth request body.
func (c *checker) visitValue(n ast.Node) {
	if f, ok := n.(*ast.File); ok {
		c.file = f
		return
	}
	if c.skipFile(c.file) || c.overlapsReport(n) {
		return
	}
	switch n := n.(type) {
	case *ast.BasicLit:
		if n.Kind != token.STRING {
			return
		}
	case *ast.BinaryExpr:
		// A constant-folded concatenation whose literals were not
		// reported one by one.
		if n.Op != token.ADD {
			return
		}
	}
	e := n.(ast.Expr)
	v, ok := analysisutil.StringValue(c.pass.TypesInfo, e)
	if !ok || len(v) < 6 || c.checkExpr(e, hint{where: "a string literal"}) {
		return
	}
	c.checkBody(e, v)
}

// checkBody reports a credential inside an auth request body written as
// a literal (a JSON object or a form-encoded string), or in the query of
// a URL literal, where a ZoomInfo host makes any key-named parameter
// ZoomInfo's.
func (c *checker) checkBody(node ast.Expr, v string) {
	fields, where, zoomInfo := bodyFields(v), "request body field ", false
	if u, ok := credential.ParseURL(v); ok {
		fields, where, zoomInfo = queryFields(v), "URL query parameter ", credential.IsHost(u.Host)
	}
	for key, value := range fields {
		h := c.keyHint(key)
		h.where = where + key
		h.noFix = true
		h.zoomInfo = h.zoomInfo || zoomInfo
		if !h.empty() && c.judge(node, value, h) {
			return
		}
	}
}

// queryFields returns the query parameters of a URL literal.
func queryFields(v string) map[string]string {
	u, err := url.Parse(strings.TrimSpace(v))
	if err != nil {
		return nil
	}
	fields := make(map[string]string)
	for k, vs := range u.Query() {
		if len(vs) > 0 {
			fields[k] = vs[0]
		}
	}
	return fields
}

// bodyFields returns the string fields of v read as a JSON object or as
// form values; nil when v is neither.
func bodyFields(v string) map[string]string {
	t := strings.TrimSpace(v)
	if strings.HasPrefix(t, "{") {
		var obj map[string]any
		if json.Unmarshal([]byte(t), &obj) != nil {
			return nil
		}
		fields := make(map[string]string)
		for k, x := range obj {
			if s, ok := x.(string); ok {
				fields[k] = s
			}
		}
		return fields
	}
	if !strings.Contains(t, "=") || strings.ContainsAny(t, " \n\t") || strings.Contains(t, "://") {
		return nil
	}
	q, err := url.ParseQuery(strings.TrimPrefix(t, "?"))
	if err != nil {
		return nil
	}
	fields := make(map[string]string)
	for k, vs := range q {
		if len(vs) > 0 {
			fields[k] = vs[0]
		}
	}
	return fields
}

// printfFuncs are the formatting functions whose constant arguments are
// placed by their format: package path and name, and the format's index.
var printfFuncs = map[string]int{
	"fmt.Sprintf": 0, "fmt.Appendf": 1, "fmt.Fprintf": 1, "fmt.Printf": 0, "fmt.Errorf": 0,
}

// checkTemplate checks constant arguments of a printf call by the text
// before their verb: "Bearer %s", `"password":"%s"`, "api_key=%s".
func (c *checker) checkTemplate(call *ast.CallExpr) {
	fn := typeutil.StaticCallee(c.pass.TypesInfo, call)
	if fn == nil || fn.Pkg() == nil {
		return
	}
	fi, ok := printfFuncs[fn.Pkg().Path()+"."+fn.Name()]
	if !ok || fi >= len(call.Args) {
		return
	}
	format, ok := analysisutil.StringValue(c.pass.TypesInfo, call.Args[fi])
	if !ok {
		return
	}
	for i, prefix := range analysisutil.VerbPrefixes(format) {
		if arg := fi + 1 + i; arg < len(call.Args) {
			c.checkExpr(call.Args[arg], c.templateHint(prefix))
		}
	}
}

// templateHint is the hint of a value formatted after prefix.
func (c *checker) templateHint(prefix string) hint {
	for _, scheme := range []string{"bearer ", "basic ", "token "} {
		if strings.HasSuffix(strings.ToLower(prefix), scheme) {
			return hint{auth: true, where: "Authorization header"}
		}
	}
	t := strings.TrimRight(prefix, " \t\"':=")
	start := len(t)
	for start > 0 && isKeyByte(t[start-1]) {
		start--
	}
	if start == len(t) {
		return hint{}
	}
	h := c.keyHint(t[start:])
	if !h.empty() {
		h.where = "formatted field " + t[start:]
	}
	return h
}

func isKeyByte(b byte) bool {
	return b == '_' || b == '-' || '0' <= b && b <= '9' || 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z'
}
