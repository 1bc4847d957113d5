package analysisutil

import (
	"go/ast"
	"go/constant"
	"go/types"
)

// StringValue returns the constant string value of e, looking through
// parentheses and conversions such as []byte("…") and string(…), which
// the type checker does not fold.
func StringValue(info *types.Info, e ast.Expr) (string, bool) {
	e = Unwrap(info, e)
	tv, ok := info.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(tv.Value), true
}

// Unwrap removes parentheses and conversions to string, []byte or
// []rune around e.
func Unwrap(info *types.Info, e ast.Expr) ast.Expr {
	for {
		switch x := e.(type) {
		case *ast.ParenExpr:
			e = x.X
			continue
		case *ast.CallExpr:
			if len(x.Args) == 1 && isStringConversion(info, x) {
				e = x.Args[0]
				continue
			}
		}
		return e
	}
}

func isStringConversion(info *types.Info, call *ast.CallExpr) bool {
	tv, ok := info.Types[call.Fun]
	if !ok || !tv.IsType() {
		return false
	}
	switch t := tv.Type.Underlying().(type) {
	case *types.Basic:
		return t.Info()&types.IsString != 0
	case *types.Slice:
		b, ok := t.Elem().Underlying().(*types.Basic)
		return ok && (b.Kind() == types.Byte || b.Kind() == types.Rune)
	}
	return false
}
