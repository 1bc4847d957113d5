package analysisutil

import (
	"bytes"
	"go/ast"
	"go/token"
	"strconv"
	"strings"
	"sync"

	"github.com/zilint/zilint/internal/credential"
)

// Context tells whether a position is in ZoomInfo context. A package's
// own files are judged by its own files; its _test.go files by all its
// files. So a finding in a.go does not depend on whether tests were
// loaded, while a test that talks to ZoomInfo is in context itself. The
// walk over the files happens on first use.
type Context struct {
	fset     *token.FileSet
	files    []*ast.File
	extraEnv []string
	once     sync.Once
	own, all bool
}

// NewContext returns the context of a package's files; extraEnv are the
// user's own ZoomInfo variable names, which count like ZOOMINFO_*.
func NewContext(fset *token.FileSet, files []*ast.File, extraEnv ...string) *Context {
	return &Context{fset: fset, files: files, extraEnv: extraEnv}
}

// At reports whether pos is in ZoomInfo context.
func (c *Context) At(pos token.Pos) bool {
	c.once.Do(func() {
		var own []*ast.File
		for _, f := range c.files {
			if !IsTestFile(c.fset, f.Pos()) {
				own = append(own, f)
			}
		}
		c.own = InZoomInfoContext(own, c.extraEnv...)
		c.all = c.own || len(own) < len(c.files) && InZoomInfoContext(c.files, c.extraEnv...)
	})
	if IsTestFile(c.fset, pos) {
		return c.all
	}
	return c.own
}

// IsTestFile reports whether pos lies in a _test.go file.
func IsTestFile(fset *token.FileSet, pos token.Pos) bool {
	f := fset.File(pos)
	return f != nil && strings.HasSuffix(f.Name(), "_test.go")
}

// InZoomInfoContext reports whether the files are ZoomInfo code: they
// import the reference client, name a ZoomInfo host or a ZoomInfo
// environment variable in a string, or declare an identifier that says
// ZoomInfo. Inside that context generic names such as apiKey count.
func InZoomInfoContext(files []*ast.File, extraEnv ...string) bool {
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
				if n.Kind == token.STRING && mentionsZoomInfo(n.Value, extraEnv) {
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
func mentionsZoomInfo(lit string, extraEnv []string) bool {
	if credential.MentionsHost(lit) {
		return true
	}
	s, err := strconv.Unquote(lit)
	return err == nil && credential.IsEnvVarNameIn(s, extraEnv)
}

func containsFold(s, sub string) bool {
	return containsFoldASCII(s, sub)
}

// MayBeZoomInfoSource is a cheap test on the bytes of a Go file that
// accepts every file InZoomInfoContext accepts, unless the file writes
// its only ZoomInfo mention with escape sequences (or carriage returns
// inside a raw string, which Go drops). It looks for
// "zoominfo" in any case (hosts, identifiers, the reference client,
// ZOOMINFO_*), for a string that starts with ZI or ZOOM_ (the rest of
// the variable family: ZI_PASS, ZI2_KEY, ZIAPI_KEY, ZOOM_INFO_API_KEY),
// and for the user's own variable names.
func MayBeZoomInfoSource(src []byte, extraEnv []string) bool {
	if containsFoldASCII(src, "zoominfo") {
		return true
	}
	for _, quote := range []string{`"`, "`"} {
		if bytes.Contains(src, []byte(quote+"ZI")) || bytes.Contains(src, []byte(quote+"ZOOM_")) {
			return true
		}
	}
	for _, name := range extraEnv {
		if name != "" && bytes.Contains(src, []byte(name)) {
			return true
		}
	}
	return false
}

// containsFoldASCII reports whether s contains sub, a lower-case ASCII
// word, in any mix of ASCII cases, without allocating.
func containsFoldASCII[T string | []byte](s T, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i]|0x20 != sub[0] {
			continue
		}
		j := 1
		for j < len(sub) && s[i+j]|0x20 == sub[j] {
			j++
		}
		if j == len(sub) {
			return true
		}
	}
	return false
}
