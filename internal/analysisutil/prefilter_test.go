package analysisutil

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
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
		{`os.Getenv("ZI2_API_KEY")`, true},
		{`os.Getenv("ZIAPI_KEY")`, true},
		{`os.Getenv("ZOOM_INFO_API_KEY")`, true},
		{"os.Getenv(`ZOOM__INFO_TOKEN`)", true},
		{`import "github.com/zilint/zilint/zoominfo"`, true},
		{`os.Getenv("ACME_LOOKUP_TOKEN")`, true},
		{`zOoMiNfO`, true},
		{`zoom info`, false},
		{`zoominf`, false},
		{`ZIP_CODE`, false},
		{`var GZIP = "gzip"`, false},
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
			// The one file that pins the known miss (escape sequences).
			if filepath.Base(filepath.Dir(filepath.Dir(path))) == "escapeddep" {
				return nil
			}
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

// FuzzPrefilter checks the byte test against InZoomInfoContext on a
// string literal and an identifier built from the input: whatever the
// analyzers call ZoomInfo code, the driver must not skip.
func FuzzPrefilter(f *testing.F) {
	for _, seed := range []string{"ZOOMINFO_API_KEY", "ZI_PASS", "ZI2_API_KEY", "ZIAPI_KEY",
		"ZOOM_INFO_API_KEY", "ZOOM__INFO_KEY", "https://api.zoominfo.com", "zoomInfoKey", "ZIPASSWORD", "ZIP_CODE"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, s string) {
		srcs := []string{"package p\n\nvar v = " + strconv.Quote(s) + "\n", "package p\n\nvar " + s + " = 1\n"}
		// A raw string drops its carriage returns: "ZOOM\rINFO" in one
		// is a mention the bytes hide, like an escape sequence (a known,
		// documented miss).
		if !strings.Contains(s, "\r") {
			srcs = append(srcs, "package p\n\nvar v = `"+s+"`\n")
		}
		for _, src := range srcs {
			f, err := parser.ParseFile(token.NewFileSet(), "p.go", src, parser.SkipObjectResolution)
			if err != nil {
				continue
			}
			if InZoomInfoContext([]*ast.File{f}) && !MayBeZoomInfoSource([]byte(src), nil) {
				t.Errorf("in ZoomInfo context but fails the byte test:\n%s", src)
			}
		}
	})
}
