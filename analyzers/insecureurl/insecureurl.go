package insecureurl

import (
	"go/ast"
	"go/token"
	"strconv"

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

	// Fast path: no literal can spell a ZoomInfo URL or its scheme, and
	// nothing configures TLS.
	urls, tls := scope(pass.Files, inspect)
	if !urls && !tls {
		return nil, nil
	}

	if urls {
		checkURLs(pass, inspect)
	}
	// Weak TLS matters here only for ZoomInfo clients; elsewhere
	// general-purpose linters report it.
	if tls && analysisutil.InZoomInfoContext(pass.Files) {
		checkTLS(pass, inspect)
	}
	return nil, nil
}

// scope reports whether the package has a string literal that mentions
// http or zoominfo, and whether it imports crypto/tls.
func scope(files []*ast.File, inspect *inspector.Inspector) (urls, tls bool) {
	for _, f := range files {
		for _, imp := range f.Imports {
			if path, err := strconv.Unquote(imp.Path.Value); err == nil && path == "crypto/tls" {
				tls = true
			}
		}
	}
	for n := range inspect.PreorderSeq((*ast.BasicLit)(nil)) {
		lit := n.(*ast.BasicLit)
		if lit.Kind == token.STRING && mentionsURL(lit.Value) {
			urls = true
			break
		}
	}
	return urls, tls
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
