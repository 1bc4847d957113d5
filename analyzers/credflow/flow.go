package credflow

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/zilint/zilint/internal/credential"
)

// origin is an Origin with what only this package knows: the source's
// position, the parameter followed, and LookupEnv's ok value.
type origin struct {
	Origin
	pos   token.Pos
	param int
	ok    ssa.Value
	via   string
}

// label is the taint of one SSA value. url is set when the credential
// sits in a URL, so a request error that prints the URL carries it.
type label struct {
	o   *origin
	url bool
}

// hit is a credential reaching a sink.
type hit struct {
	pos     token.Pos
	kind    string
	sink    string
	o       *origin
	field   bool
	checked bool
}

// ret is a credential reaching result index of a Return.
type ret struct {
	o     *origin
	index int
	at    *ssa.Return
}

// flow is one propagation over one function (and the closures it
// creates) from a set of seeds.
type flow struct {
	s      *state
	fn     *ssa.Function
	deep   bool // fields of a tainted struct are tainted (redaction check)
	taint  map[ssa.Value]label
	work   []ssa.Value
	killed map[ssa.Value]bool
	hits   []hit
	rets   []ret
}

func (s *state) newFlow(fn *ssa.Function) *flow {
	f := &flow{s: s, fn: fn, taint: map[ssa.Value]label{}}
	f.killed = s.killedValues(fn)
	return f
}

// add taints v, or widens its label to url.
func (f *flow) add(v ssa.Value, l label) {
	if v == nil || f.killed[v] {
		return
	}
	if old, ok := f.taint[v]; ok && (old.url || !l.url) {
		return
	}
	if _, isConst := v.(*ssa.Const); isConst {
		return
	}
	f.taint[v] = l
	f.work = append(f.work, v)
}

// solve propagates until nothing changes.
func (f *flow) solve() {
	for len(f.work) > 0 {
		v := f.work[len(f.work)-1]
		f.work = f.work[:len(f.work)-1]
		l := f.taint[v]
		refs := v.Referrers()
		if refs == nil {
			continue
		}
		for _, instr := range *refs {
			f.visit(instr, v, l)
		}
	}
}

// visit moves the taint of v across one instruction that uses it.
func (f *flow) visit(instr ssa.Instruction, v ssa.Value, l label) {
	switch x := instr.(type) {
	case *ssa.BinOp:
		if x.Op == token.ADD && isString(x.Type()) {
			if x.Y == v && endsWithQuery(x.X) {
				f.hit(x.Pos(), KindQuery, "URL query", l.o, false)
				l.url = true
			}
			f.add(x, l)
		}
	case *ssa.MakeInterface:
		if !f.s.redactsType(x.X.Type(), false) {
			f.add(x, l)
		}
	case *ssa.Convert, *ssa.ChangeType, *ssa.ChangeInterface, *ssa.Slice, *ssa.Phi,
		*ssa.TypeAssert, *ssa.Extract, *ssa.SliceToArrayPointer, *ssa.MultiConvert:
		f.add(x.(ssa.Value), l)
	case *ssa.Index:
		if x.X == v {
			f.add(x, l)
		}
	case *ssa.IndexAddr:
		if x.X == v {
			f.add(x, l)
		}
	case *ssa.Lookup:
		if x.X == v {
			f.add(x, l)
		}
	case *ssa.UnOp:
		if x.Op == token.MUL || x.Op == token.ARROW {
			f.add(x, l)
		}
	case *ssa.Field:
		if f.deep {
			f.add(x, l)
		}
	case *ssa.FieldAddr:
		if f.deep {
			f.add(x, l)
		}
	case *ssa.Store:
		if x.Val == v && !f.redactedStore(x) {
			f.container(x.Addr, l)
		}
	case *ssa.MapUpdate:
		if x.Value == v || x.Key == v {
			f.container(x.Map, l)
		}
	case *ssa.Send:
		if x.X == v {
			f.container(x.Chan, l)
		}
	case *ssa.MakeClosure:
		for i, b := range x.Bindings {
			if b == v {
				if fn, ok := x.Fn.(*ssa.Function); ok && i < len(fn.FreeVars) {
					f.add(fn.FreeVars[i], l)
				}
			}
		}
	case *ssa.Return:
		for i, r := range x.Results {
			if r == v {
				f.rets = append(f.rets, ret{o: l.o, index: i, at: x})
			}
		}
	case *ssa.Panic:
		f.hit(x.Pos(), KindPanic, "panic", l.o, false)
	case ssa.CallInstruction:
		f.call(x, v, l)
	}
}

// container taints a value that now holds a credential, and the values
// it is part of: the struct of a field, the array of an element, the
// variable a pointer was loaded from.
func (f *flow) container(v ssa.Value, l label) {
	for depth := 0; v != nil && depth < 8; depth++ {
		f.add(v, l)
		switch x := v.(type) {
		case *ssa.FieldAddr:
			f.recordField(x.X.Type(), x.Field, l)
			v = x.X
		case *ssa.Field:
			v = x.X
		case *ssa.IndexAddr:
			v = x.X
		case *ssa.Slice:
			v = x.X
		case *ssa.UnOp:
			if x.Op != token.MUL {
				return
			}
			v = x.X
		case *ssa.MakeInterface:
			v = x.X
		case *ssa.Global:
			old := f.s.globals[x]
			if isReal(l.o) && (old == nil || old.Kind == OriginVar && l.o.Kind != OriginVar) &&
				x.Pkg != nil && x.Pkg.Pkg == f.s.pass.Pkg {
				f.s.globals[x] = l.o
			}
			return
		default:
			return
		}
	}
}

// redactedStore reports whether a store puts a value of a redacting
// type into an exported field: printing the struct calls the field's
// String method, so the struct does not show the credential.
func (f *flow) redactedStore(st *ssa.Store) bool {
	fa, ok := st.Addr.(*ssa.FieldAddr)
	if !ok || !f.s.redactsType(st.Val.Type(), false) {
		return false
	}
	field := structField(fa.X.Type(), fa.Field)
	return field != nil && field.Exported()
}

// recordField remembers that a field of one of this package's struct
// types received a credential.
func (f *flow) recordField(t types.Type, index int, l label) {
	if !isReal(l.o) {
		return
	}
	st, ok := deref(t).Underlying().(*types.Struct)
	if !ok || index >= st.NumFields() {
		return
	}
	v := st.Field(index)
	if v.Pkg() != f.s.pass.Pkg || f.s.fieldOrigin(v) != nil {
		return
	}
	f.s.fields[v] = l.o
}

func (f *flow) hit(pos token.Pos, kind, sink string, o *origin, field bool) {
	f.hits = append(f.hits, hit{pos: pos, kind: kind, sink: sink, o: o, field: field})
}

// isReal reports whether o is a source to report, not a parameter
// followed for a summary.
func isReal(o *origin) bool {
	return o != nil && o.Kind != originFormal && o.Kind != originEnvParam
}

func deref(t types.Type) types.Type {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		return p.Elem()
	}
	return t
}

func isString(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// endsWithQuery reports whether a string expression ends with a
// query parameter that names a key ("?api_key=", "&key=").
func endsWithQuery(v ssa.Value) bool {
	for depth := 0; depth < 8; depth++ {
		if b, ok := v.(*ssa.BinOp); ok && b.Op == token.ADD {
			v = b.Y
			continue
		}
		return constString(v, isQueryPrefix)
	}
	return false
}

// constString reports whether v is a string constant satisfying pred.
func constString(v ssa.Value, pred func(string) bool) bool {
	c, ok := v.(*ssa.Const)
	if !ok || c.Value == nil || !isString(c.Type()) {
		return false
	}
	return pred(constantString(c))
}

func isQueryPrefix(s string) bool {
	for _, p := range queryParams {
		if len(s) > len(p) && (s[len(s)-len(p)-1] == '?' || s[len(s)-len(p)-1] == '&') &&
			equalFoldSuffix(s, p) {
			return true
		}
	}
	return false
}

func equalFoldSuffix(s, suffix string) bool {
	if len(s) < len(suffix) {
		return false
	}
	tail := s[len(s)-len(suffix):]
	for i := range len(tail) {
		a, b := tail[i], suffix[i]
		if 'A' <= a && a <= 'Z' {
			a += 'a' - 'A'
		}
		if a != b {
			return false
		}
	}
	return true
}

// credName classifies a variable or parameter name in this package.
func (s *state) credName(name string, pos token.Pos) credential.Kind {
	n := credential.ClassifyName(name)
	if n.Kind != credential.None && (n.ZoomInfo || s.ctx.At(pos)) {
		return n.Kind
	}
	return credential.None
}
