package credflow

import (
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// structLeaks finds structs printed whole (with %v, %+v, %#v or as a
// log attribute) whose type has a credential field that prints raw: a
// field of a plain type, or of a redacting type but unexported (fmt
// does not call methods on unexported fields), or for log/slog a type
// without MarshalJSON (its JSON handler marshals the struct).
func (s *state) structLeaks(funcs []*ssa.Function) []hit {
	var hits []hit
	for _, fn := range funcs {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				call, ok := instr.(ssa.CallInstruction)
				if !ok {
					continue
				}
				hits = append(hits, s.structLeaksAt(fn, call)...)
			}
		}
	}
	return hits
}

func (s *state) structLeaksAt(fn *ssa.Function, call ssa.CallInstruction) []hit {
	c := call.Common()
	callee, recv, params := callee(c)
	if callee == nil {
		return nil
	}
	var hits []hit
	check := func(args []ssa.Value, verbs []rune, kind, sink string, json bool) {
		for j, a := range args {
			if j < len(verbs) && (verbs[j] == 'T' || verbs[j] == 'p') {
				continue
			}
			if o := s.rawCredentialField(a, json); o != nil {
				hits = append(hits, hit{pos: call.Pos(), kind: kind, sink: sink, o: o, field: true})
			}
		}
	}
	key := funcPkg(callee) + "|" + recvName(callee) + "|" + callee.Name()
	for _, sink := range s.sinks[key] {
		if sink.Kind == KindSend || sink.Kind == KindQuery || sink.Arg >= len(params) {
			continue
		}
		kind := sink.Kind
		if sink.Writer {
			if kind = writerKind(params[0]); kind == "" {
				continue
			}
		}
		json := funcPkg(callee) == "log/slog"
		if sink.One {
			check(params[sink.Arg:sink.Arg+1], nil, kind, sinkName(callee, recv), json)
			continue
		}
		last := params[len(params)-1]
		args := params[sink.Arg:]
		if elems, ok := varargs(last); ok && isVariadicSlice(last) {
			args = append(append([]ssa.Value{}, params[sink.Arg:len(params)-1]...), elems...)
		}
		var verbs []rune
		if sink.Format >= 0 {
			fs, _ := constArg(params[sink.Format])
			verbs = append([]rune{'s'}, parseVerbs(fs)...)
			args = params[sink.Format:]
			if elems, ok := varargs(last); ok {
				args = append([]ssa.Value{params[sink.Format]}, elems...)
			}
		}
		check(args, verbs, kind, sinkName(callee, recv), json)
	}
	if sum := s.summaryOf(c); sum != nil {
		for _, ps := range sum.fact.Sinks {
			if ps.Param >= len(c.Args) || ps.Kind == KindSend || ps.Kind == KindQuery {
				continue
			}
			args := []ssa.Value{c.Args[ps.Param]}
			if elems, ok := varargs(args[0]); ok && isVariadicSlice(args[0]) {
				args = elems
			}
			check(args, nil, ps.Kind, displayName(c)+" (reaches "+ps.Sink+")", false)
		}
	}
	return hits
}

// rawCredentialField returns the origin of a credential field that
// printing v shows raw, or nil.
func (s *state) rawCredentialField(v ssa.Value, json bool) *origin {
	if mi, ok := v.(*ssa.MakeInterface); ok {
		v = mi.X
	}
	if v == nil {
		return nil
	}
	return s.rawField(v.Type(), json, 0)
}

func (s *state) rawField(t types.Type, json bool, depth int) *origin {
	if depth > 2 || s.redactsType(t, json) {
		return nil
	}
	n, ok := deref(t).(*types.Named)
	if !ok {
		return nil
	}
	if p := n.Obj().Pkg(); p == nil || p != s.pass.Pkg && !s.hasFacts(p) {
		return nil
	}
	st, ok := n.Underlying().(*types.Struct)
	if !ok {
		return nil
	}
	for i := range st.NumFields() {
		fv := st.Field(i)
		if json && !fv.Exported() {
			continue // encoding/json skips unexported fields
		}
		if o := s.fieldOrigin(fv); o != nil && mayCarry(fv.Type()) {
			if !s.redactsType(fv.Type(), json) || !fv.Exported() {
				return o
			}
		}
		if o := s.rawField(fv.Type(), json, depth+1); o != nil {
			return o
		}
	}
	return nil
}

// hasFacts reports whether a dependency exports credential facts.
func (s *state) hasFacts(p *types.Package) bool {
	return s.pass.ImportPackageFact(p, new(PackageFact))
}
