package credflow

import (
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/zilint/zilint/internal/credential"
)

// exportFacts exports the summaries, fields and the package mark.
func (s *state) exportFacts(funcs []*ssa.Function) {
	exported := false
	for _, fn := range funcs {
		obj, ok := fn.Object().(*types.Func)
		sum := s.sums[fn]
		if !ok || sum == nil || sum.fact.empty() {
			continue
		}
		f := sum.fact
		s.pass.ExportObjectFact(obj, &f)
		exported = true
	}
	for _, name := range s.pass.Pkg.Scope().Names() {
		tn, ok := s.pass.Pkg.Scope().Lookup(name).(*types.TypeName)
		if !ok {
			continue
		}
		st, ok := tn.Type().Underlying().(*types.Struct)
		if !ok {
			continue
		}
		for i := range st.NumFields() {
			if o := s.fieldOrigin(st.Field(i)); o != nil {
				s.pass.ExportObjectFact(st.Field(i), &FieldFact{Origin: o.Origin})
				exported = true
			}
		}
	}
	if exported || len(s.redacts) > 0 {
		s.pass.ExportPackageFact(new(PackageFact))
	}
}

// fieldOrigin returns the origin of a struct field that holds a
// credential: named for one (in ZoomInfo context), known from a
// dependency's fact, or given one by a flow in this package.
func (s *state) fieldOrigin(v *types.Var) *origin {
	if o, ok := s.fields[v]; ok {
		return o
	}
	if o, ok := s.named[v]; ok {
		return o
	}
	var o *origin
	if v.Pkg() == s.pass.Pkg {
		if n := credential.ClassifyName(v.Name()); n.Kind != credential.None && (n.ZoomInfo || s.ctx.At(v.Pos())) {
			o = &origin{Origin: Origin{Kind: OriginField, Cred: n.Kind,
				Desc: "field " + fieldName(v), Posn: s.posn(v.Pos())}, pos: v.Pos()}
		}
	} else if v.Pkg() != nil {
		var f FieldFact
		if s.pass.ImportObjectFact(v, &f) {
			o = &origin{Origin: f.Origin}
		}
	}
	s.named[v] = o
	return o
}

// fieldName is "Type.Field" for a field of a named struct type.
func fieldName(v *types.Var) string {
	if v.Pkg() != nil {
		for _, name := range v.Pkg().Scope().Names() {
			tn, ok := v.Pkg().Scope().Lookup(name).(*types.TypeName)
			if !ok {
				continue
			}
			if st, ok := tn.Type().Underlying().(*types.Struct); ok {
				for i := range st.NumFields() {
					if st.Field(i) == v {
						return tn.Name() + "." + v.Name()
					}
				}
			}
		}
	}
	return v.Name()
}
