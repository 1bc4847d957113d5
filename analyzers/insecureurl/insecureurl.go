package insecureurl

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/zilint/zilint/internal/analysisutil"
)

const name = "insecureurl"

// Diagnostic categories, one per kind of finding.
const (
	categoryHTTP      = "http"       // a plain-http ZoomInfo URL
	categoryTLS       = "tls"        // TLS weakened by a constant
	categoryTLSConfig = "tls-config" // TLS weakened by a configurable value
)

// Analyzer is the insecureurl pass with its default configuration.
var Analyzer = New()

// New returns a fresh insecureurl analyzer, so that a caller may
// configure one without touching another.
func New() *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:     name,
		Doc:      doc,
		URL:      "https://github.com/zilint/zilint#insecureurl",
		Requires: []*analysis.Analyzer{inspect.Analyzer},
		Run:      analysisutil.Guard(name, run),
	}
}

func run(pass *analysis.Pass) (any, error) {
	inspect := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)

	// Fast path: nothing can spell a ZoomInfo URL or its scheme, and no
	// tls.Config is within reach.
	urls, tls := mentionsURLs(pass, inspect), reachesTLS(pass.Pkg)
	if !urls && !tls {
		return nil, nil
	}

	if urls {
		checkURLs(pass, inspect)
	}
	if tls {
		checkTLS(pass, inspect)
	}
	return nil, nil
}

// mentionsURLs reports whether a string literal of the package, or a
// string constant it uses, mentions http or zoominfo.
func mentionsURLs(pass *analysis.Pass, inspect *inspector.Inspector) bool {
	for n := range inspect.PreorderSeq((*ast.BasicLit)(nil)) {
		if lit := n.(*ast.BasicLit); lit.Kind == token.STRING && mentionsURL(lit.Value) {
			return true
		}
	}
	// A URL may be built only of constants imported from elsewhere.
	for _, obj := range pass.TypesInfo.Uses {
		c, ok := obj.(*types.Const)
		if ok && c.Val().Kind() == constant.String && mentionsURL(constant.StringVal(c.Val())) {
			return true
		}
	}
	return false
}

// reachesTLS reports whether pkg imports crypto/tls, directly or not:
// a field of tls.Config can be set only then.
func reachesTLS(pkg *types.Package) bool {
	seen := make(map[*types.Package]bool)
	var visit func(p *types.Package) bool
	visit = func(p *types.Package) bool {
		if p.Path() == "crypto/tls" {
			return true
		}
		if seen[p] {
			return false
		}
		seen[p] = true
		return slices.ContainsFunc(p.Imports(), visit)
	}
	return visit(pkg)
}

// mentionsURL is the cheap prefilter on a literal as written: does it
// contain "http" or "zoominfo" in any case.
func mentionsURL(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] | 0x20 {
		case 'h':
			if hasPrefixFold(s[i:], "http") {
				return true
			}
		case 'z':
			if hasPrefixFold(s[i:], "zoominfo") {
				return true
			}
		}
	}
	return false
}

func hasPrefixFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		if s[i]|0x20 != prefix[i] {
			return false
		}
	}
	return true
}
