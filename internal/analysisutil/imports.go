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
	for _, decl := range f.Decls {
		gen, ok := decl.(*ast.GenDecl)
		if !ok || gen.Tok != token.IMPORT {
			continue
		}
		if gen.Lparen.IsValid() {
			return []analysis.TextEdit{{Pos: gen.Lparen + 1, End: gen.Lparen + 1,
				NewText: fmt.Appendf(nil, "\n\t%q", path)}}
		}
		return []analysis.TextEdit{{Pos: gen.End(), End: gen.End(),
			NewText: fmt.Appendf(nil, "\nimport %q", path)}}
	}
	return []analysis.TextEdit{{Pos: f.Name.End(), End: f.Name.End(),
		NewText: fmt.Appendf(nil, "\n\nimport %q", path)}}
}
