package analysisutil

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestMayBeZoomInfoSource(t *testing.T) {
	extra := []string{"ACME_LOOKUP_TOKEN"}
	for _, tt := range []struct {
		src  string
		want bool
	}{
		{`const host = "https://api.zoominfo.com"`, true},
		{`var ZoomInfoKey = x`, true},
		{`os.Getenv("ZOOMINFO_API_KEY")`, true},
		{`os.Getenv("ZI_PASS")`, true},
		{`import "github.com/zilint/zilint/zoominfo"`, true},
		{`os.Getenv("ACME_LOOKUP_TOKEN")`, true},
		{`zOoMiNfO`, true},
		{`zoom info`, false},
		{`zoominf`, false},
		{`ZIP_CODE`, false},
		{`os.Getenv("ACME_OTHER")`, false},
		{``, false},
	} {
		if got := MayBeZoomInfoSource([]byte(tt.src), extra); got != tt.want {
			t.Errorf("MayBeZoomInfoSource(%q) = %v, want %v", tt.src, got, tt.want)
		}
	}
}

// TestPrefilterAcceptsEveryContextFile checks the promise the driver
// relies on to skip dependencies: every Go file of the repository's
// testdata that InZoomInfoContext accepts passes the byte test.
func TestPrefilterAcceptsEveryContextFile(t *testing.T) {
	root := filepath.Join("..", "..")
	checked, inContext := 0, 0
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == ".git" || strings.HasPrefix(d.Name(), ".") && path != root) {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		f, err := parser.ParseFile(token.NewFileSet(), path, src, parser.SkipObjectResolution)
		if err != nil {
			return nil // deliberately broken fixtures
		}
		checked++
		if InZoomInfoContext([]*ast.File{f}) {
			inContext++
			if !MayBeZoomInfoSource(src, nil) {
				t.Errorf("%s is in ZoomInfo context but fails the byte test", path)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if inContext < 20 {
		t.Errorf("only %d of %d files in ZoomInfo context; the walk missed the testdata", inContext, checked)
	}
}
