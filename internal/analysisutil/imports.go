package analysisutil

import (
	"fmt"
	"go/ast"
	"go/token"
	"strconv"

	"golang.org/x/tools/go/analysis"
)

// AddImportEdit returns the edit that imports path into f, or no edit
// when f already imports it under its own name. The fixed file is
// formatted by the driver, so the edit need not place the import in order.
func AddImportEdit(f *ast.File, path string) []analysis.TextEdit {
	for _, imp := range f.Imports {
		if p, err := strconv.Unquote(imp.Path.Value); err == nil && p == path && imp.Name == nil {
			return nil
		}
	}
	var last *ast.GenDecl
	for _, decl := range f.Decls {
		gen, ok := decl.(*ast.GenDecl)
		if !ok || gen.Tok != token.IMPORT {
			continue
		}
		last = gen
		// import "C" keeps its cgo preamble only standing alone.
		if !gen.Lparen.IsValid() && gen.Specs[0].(*ast.ImportSpec).Path.Value == `"C"` {
			continue
		}
		if gen.Lparen.IsValid() {
			return []analysis.TextEdit{{Pos: gen.Lparen + 1, End: gen.Lparen + 1,
				NewText: fmt.Appendf(nil, "\n\t%q", path)}}
		}
		// import "fmt" becomes a group holding both imports.
		spec := gen.Specs[0].(*ast.ImportSpec)
		old := spec.Path.Value
		if spec.Name != nil {
			old = spec.Name.Name + " " + old
		}
		return []analysis.TextEdit{{Pos: gen.Pos(), End: gen.End(),
			NewText: fmt.Appendf(nil, "import (\n\t%s\n\t%q\n)", old, path)}}
	}
	if last != nil {
		return []analysis.TextEdit{{Pos: last.End(), End: last.End(),
			NewText: fmt.Appendf(nil, "\nimport %q", path)}}
	}
	return []analysis.TextEdit{{Pos: f.Name.End(), End: f.Name.End(),
		NewText: fmt.Appendf(nil, "\n\nimport %q", path)}}
}
