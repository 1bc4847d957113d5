package analysisutil

import (
	"go/ast"
	"go/token"
	"strconv"
	"strings"

	"github.com/zilint/zilint/internal/credential"
)

// InZoomInfoContext reports whether the files are ZoomInfo code: they
// import the reference client, name a ZoomInfo host or a ZoomInfo
// environment variable in a string, or declare an identifier that says
// ZoomInfo. Inside that context generic names such as apiKey count.
func InZoomInfoContext(files []*ast.File) bool {
	for _, f := range files {
		for _, imp := range f.Imports {
			if path, err := strconv.Unquote(imp.Path.Value); err == nil && path == credential.ReferenceClientPath {
				return true
			}
		}
		found := false
		ast.Inspect(f, func(n ast.Node) bool {
			if found {
				return false
			}
			switch n := n.(type) {
			case *ast.BasicLit:
				if n.Kind == token.STRING && mentionsZoomInfo(n.Value) {
					found = true
				}
			case *ast.Ident:
				if containsFold(n.Name, "zoominfo") {
					found = true
				}
			case *ast.ImportSpec:
				return false
			}
			return !found
		})
		if found {
			return true
		}
	}
	return false
}

// mentionsZoomInfo is the test on a string literal as written in source.
func mentionsZoomInfo(lit string) bool {
	if credential.MentionsHost(lit) {
		return true
	}
	s, err := strconv.Unquote(lit)
	return err == nil && credential.IsEnvVarName(s)
}

func containsFold(s, sub string) bool {
	return len(s) >= len(sub) && strings.Contains(strings.ToLower(s), sub)
}
