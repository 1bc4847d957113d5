package analysisutil

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
)

func parse(t *testing.T, src string) (*token.FileSet, *ast.File) {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "x.go", src, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	return fset, f
}

func TestInZoomInfoContext(t *testing.T) {
	for src, want := range map[string]bool{
		`package p; const u = "https://api.zoominfo.com/search"`:        true,
		`package p; import "os"; var k = os.Getenv("ZOOMINFO_API_KEY")`: true,
		`package p; var k = "ZI_PASS"`:                                  true,
		`package p; type ZoomInfoClient struct{}`:                       true,
		`package p; import _ "github.com/zilint/zilint/zoominfo"`:       true,
		`package p; const u = "https://zoom.us/oauth"`:                  false,
		`package p; var apiKey = "k"; // https://api.zoominfo.com`:      false,
		`package p; import _ "example.com/zoominfo/x"`:                  false,
		`package p; var zipCode = "ZIPCODE"`:                            false,
	} {
		_, f := parse(t, src)
		if got := InZoomInfoContext([]*ast.File{f}); got != want {
			t.Errorf("InZoomInfoContext(%s) = %v, want %v", src, got, want)
		}
	}
}

func TestAddImportEdit(t *testing.T) {
	for src, want := range map[string]string{
		"package p\n\nimport (\n\t\"fmt\"\n)\n":              "package p\n\nimport (\n\t\"os\"\n\t\"fmt\"\n)\n",
		"package p\n\nimport \"fmt\"\n":                      "package p\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n",
		"package p\n\nimport f \"fmt\"\n":                    "package p\n\nimport (\n\tf \"fmt\"\n\t\"os\"\n)\n",
		"package p\n\n// #include <stdio.h>\nimport \"C\"\n": "package p\n\n// #include <stdio.h>\nimport \"C\"\nimport \"os\"\n",
		"package p\n\nvar x = 1\n":                           "package p\n\nimport \"os\"\n\nvar x = 1\n",
		"package p\n\nimport \"os\"\n":                       "package p\n\nimport \"os\"\n",
	} {
		fset, f := parse(t, src)
		got := src
		for _, e := range AddImportEdit(f, "os") {
			start, end := fset.Position(e.Pos).Offset, fset.Position(e.End).Offset
			got = got[:start] + string(e.NewText) + got[end:]
		}
		if got != want {
			t.Errorf("AddImportEdit(%q) gives %q, want %q", src, got, want)
		}
	}
}

func TestStringValueAndEnvLookup(t *testing.T) {
	src := `package p
import "os"
const name = "ZOOMINFO_" + "API_KEY"
var a = []byte("raw")
var b = os.Getenv(name)
var c, ok = os.LookupEnv("ZI_PASS")
var d = os.Getenv(string(a))
`
	fset, f := parse(t, src)
	info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}, Uses: map[*ast.Ident]types.Object{}}
	conf := types.Config{Importer: importer.Default()}
	if _, err := conf.Check("p", fset, []*ast.File{f}, info); err != nil {
		t.Fatal(err)
	}
	values := map[string]ast.Expr{}
	for _, d := range f.Decls {
		if gen, ok := d.(*ast.GenDecl); ok && gen.Tok != token.IMPORT {
			spec := gen.Specs[0].(*ast.ValueSpec)
			values[spec.Names[0].Name] = spec.Values[0]
		}
	}
	if v, ok := StringValue(info, values["a"]); !ok || v != "raw" {
		t.Errorf("StringValue([]byte(\"raw\")) = %q, %v", v, ok)
	}
	for name, want := range map[string]string{"b": "ZOOMINFO_API_KEY", "c": "ZI_PASS", "d": ""} {
		got, _ := EnvLookup(info, values[name].(*ast.CallExpr))
		if got != want {
			t.Errorf("EnvLookup(%s) = %q, want %q", name, got, want)
		}
	}
}

func TestGuard(t *testing.T) {
	run := Guard("demo", func(*analysis.Pass) (any, error) { panic("boom") })
	_, err := run(&analysis.Pass{Pkg: types.NewPackage("example.com/p", "p")})
	if err == nil || !strings.HasPrefix(err.Error(), "demo: internal error on package example.com/p: boom") {
		t.Errorf("Guard turned a panic into %v", err)
	}
}
