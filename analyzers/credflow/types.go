package credflow

import (
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// findRedactingTypes records this package's named types whose String
// method returns nothing derived from the receiver (zoominfo.Secret and
// any user type written the same way), and exports a fact for each.
func (s *state) findRedactingTypes(redacts func(str *types.Func) bool) {
	scope := s.pass.Pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		str := lookupMethod(tn.Type(), "String")
		if str == nil {
			continue
		}
		if !redacts(str) {
			continue
		}
		fact := &RedactsFact{JSON: lookupMethod(tn.Type(), "MarshalJSON") != nil ||
			lookupMethod(tn.Type(), "MarshalText") != nil || noExportedFields(tn.Type())}
		s.redacts[tn] = fact
		s.pass.ExportObjectFact(tn, fact)
	}
}

// ssaRedacts reports whether the receiver of String method str, declared
// in the package, never reaches its result.
func (s *state) ssaRedacts(res *ssaPackage) func(str *types.Func) bool {
	return func(str *types.Func) bool {
		fn := res.Pkg.Prog.FuncValue(str)
		if fn == nil || fn.Blocks == nil || len(fn.Params) == 0 {
			return false
		}
		f := &flow{s: s, fn: fn, deep: true, taint: map[ssa.Value]label{}}
		f.add(fn.Params[0], label{o: &origin{Origin: Origin{Kind: originFormal}}})
		f.solve()
		return len(f.rets) == 0
	}
}

func lookupMethod(t types.Type, name string) *types.Func {
	ms := types.NewMethodSet(types.NewPointer(t))
	sel := ms.Lookup(nil, name)
	if sel == nil {
		return nil
	}
	fn, _ := sel.Obj().(*types.Func)
	return fn
}

func noExportedFields(t types.Type) bool {
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return false
	}
	for i := range st.NumFields() {
		if st.Field(i).Exported() {
			return false
		}
	}
	return true
}

// redactsType reports whether values of t print redacted: t is a
// redacting type (for JSON too when json is set).
func (s *state) redactsType(t types.Type, json bool) bool {
	n, ok := deref(t).(*types.Named)
	if !ok {
		return false
	}
	tn := n.Origin().Obj()
	fact, ok := s.redacts[tn]
	if !ok && tn.Pkg() != nil && tn.Pkg() != s.pass.Pkg {
		var imported RedactsFact
		if s.pass.ImportObjectFact(tn, &imported) {
			fact, ok = &imported, true
		}
	}
	return ok && (!json || fact.JSON)
}

// killedValues finds requests and headers whose Authorization header is
// overwritten with a constant or a redacted value, or deleted: a dump of
// such a clone shows no key.
func (s *state) killedValues(fn *ssa.Function) map[ssa.Value]bool {
	killed := map[ssa.Value]bool{}
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			call, ok := instr.(*ssa.Call)
			if !ok {
				continue
			}
			callee, recv, params := callee(call.Common())
			if callee == nil || funcPkg(callee) != "net/http" || recvName(callee) != "Header" || len(params) == 0 {
				continue
			}
			name, ok := constArg(params[0])
			if !ok || !strings.EqualFold(name, "Authorization") {
				continue
			}
			switch callee.Name() {
			case "Del":
			case "Set":
				if !isSafeValue(params[1]) {
					continue
				}
			default:
				continue
			}
			for v, depth := recv, 0; v != nil && depth < 4; depth++ {
				killed[v] = true
				switch x := v.(type) {
				case *ssa.UnOp:
					v = x.X
				case *ssa.FieldAddr:
					v = x.X
				default:
					v = nil
				}
			}
		}
	}
	// A masked header stored into a request clone cleans the clone.
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			st, ok := instr.(*ssa.Store)
			if !ok || !killed[st.Val] {
				continue
			}
			if fa, ok := st.Addr.(*ssa.FieldAddr); ok {
				if v := structField(fa.X.Type(), fa.Field); v != nil && v.Name() == "Header" {
					killed[fa.X] = true
				}
			}
		}
	}
	return killed
}

// isSafeValue reports whether v is a constant, or built only from
// constants and sanitizer calls.
func isSafeValue(v ssa.Value) bool {
	switch x := v.(type) {
	case *ssa.Const:
		return true
	case *ssa.BinOp:
		return isSafeValue(x.X) && isSafeValue(x.Y)
	case *ssa.Call:
		fn, _, _ := callee(x.Common())
		return fn != nil && isSanitizer(fn)
	}
	return false
}
