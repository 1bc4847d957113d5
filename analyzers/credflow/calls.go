package credflow

import (
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// callee resolves a call to its function object, receiver and the
// parameters without the receiver.
func callee(c *ssa.CallCommon) (*types.Func, ssa.Value, []ssa.Value) {
	if c.IsInvoke() {
		return c.Method, c.Value, c.Args
	}
	fn, ok := c.Value.(*ssa.Function)
	if !ok {
		return nil, nil, c.Args
	}
	if o := fn.Origin(); o != nil {
		fn = o
	}
	obj, _ := fn.Object().(*types.Func)
	if obj == nil {
		return nil, nil, c.Args
	}
	if fn.Signature.Recv() != nil && len(c.Args) > 0 {
		return obj, c.Args[0], c.Args[1:]
	}
	return obj, nil, c.Args
}

func funcPkg(fn *types.Func) string {
	if fn.Pkg() == nil {
		return ""
	}
	return fn.Pkg().Path()
}

// recvName is the name of a method's receiver type, "" for a function.
func recvName(fn *types.Func) string {
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Recv() == nil {
		return ""
	}
	if n, ok := deref(sig.Recv().Type()).(*types.Named); ok {
		return n.Obj().Name()
	}
	return ""
}

// qualified names a function as a user reads it: log.Printf,
// Logger.Printf.
func qualified(fn *types.Func) string {
	if r := recvName(fn); r != "" {
		return r + "." + fn.Name()
	}
	if fn.Pkg() != nil {
		return fn.Pkg().Name() + "." + fn.Name()
	}
	return fn.Name()
}

// sinkName names a sink by the receiver's static type when it has one,
// so a promoted method reads t.Logf's way: T.Logf, not common.Logf.
func sinkName(fn *types.Func, recv ssa.Value) string {
	for {
		fa, ok := recv.(*ssa.FieldAddr)
		if !ok || !structField(fa.X.Type(), fa.Field).Embedded() {
			break
		}
		recv = fa.X
	}
	if recv != nil {
		if n, ok := deref(recv.Type()).(*types.Named); ok {
			return n.Obj().Name() + "." + fn.Name()
		}
	}
	return qualified(fn)
}

// displayName names the callee of c, or "function literal".
func displayName(c *ssa.CallCommon) string {
	if fn, _, _ := callee(c); fn != nil {
		return qualified(fn)
	}
	return "function literal"
}

// summaryOf returns the summary of a statically called function: this
// package's own, or a dependency's fact.
func (s *state) summaryOf(c *ssa.CallCommon) *summary {
	fn := c.StaticCallee()
	if fn == nil {
		return nil
	}
	if o := fn.Origin(); o != nil {
		fn = o
	}
	if sum := s.sums[fn]; sum != nil {
		return sum
	}
	obj, ok := fn.Object().(*types.Func)
	if !ok || obj.Pkg() == nil || obj.Pkg() == s.pass.Pkg {
		return nil
	}
	var fact FuncFact
	if !s.pass.ImportObjectFact(obj, &fact) {
		return nil
	}
	return &summary{fact: fact}
}

func sinkIndex() map[string][]Sink {
	m := map[string][]Sink{}
	for _, s := range Sinks {
		k := s.Pkg + "|" + s.Recv + "|" + s.Name
		m[k] = append(m[k], s)
	}
	return m
}

func propIndex() map[string][]Propagator {
	m := map[string][]Propagator{}
	for _, p := range Propagators {
		k := p.Pkg + "|" + p.Recv + "|" + p.Name
		m[k] = append(m[k], p)
	}
	return m
}

// isSanitizer reports whether fn's result is safe to show whatever its
// arguments: redaction, masking and hashing.
func isSanitizer(fn *types.Func) bool {
	pkg := funcPkg(fn)
	if strings.HasPrefix(pkg, "crypto/") || strings.HasPrefix(pkg, "hash/") {
		return true
	}
	name := strings.ToLower(fn.Name())
	for _, w := range sanitizerWords {
		if strings.Contains(name, w) {
			return true
		}
	}
	return false
}

// call moves taint through a call that uses v: into sinks, through
// propagators and summaries.
func (f *flow) call(instr ssa.CallInstruction, v ssa.Value, l label) {
	c := instr.Common()
	if c.Value == v && !c.IsInvoke() {
		return
	}
	fn, recv, params := callee(c)
	pos := -2 // position of v: -1 receiver, i a parameter
	var hitParams []int
	if recv != nil && recv == v {
		pos = -1
	}
	for i, p := range params {
		if p == v {
			hitParams = append(hitParams, i)
		}
	}
	if pos == -2 && len(hitParams) == 0 && fn != nil {
		return
	}
	result, _ := instr.(ssa.Value)

	if fn != nil {
		key := funcPkg(fn) + "|" + recvName(fn) + "|" + fn.Name()
		for _, sink := range f.s.sinks[key] {
			for _, i := range hitParams {
				f.sinkCall(instr, sink, fn, recv, params, i, l)
			}
		}
		for _, p := range f.s.props[key] {
			if p.URLOnly && !l.url {
				continue
			}
			if p.From == Receiver && pos != -1 || p.From != Receiver && len(hitParams) == 0 {
				continue
			}
			if fn.Name() == "Sprintf" {
				if !f.formatTaints(params, 0) {
					continue
				}
				if f.sprintfQuery(instr, params) {
					l.url = true
				}
			}
			switch p.To {
			case ToResult:
				f.add(result, l)
			case ToReceiver:
				if recv != nil {
					lr := l
					// A key set on a URL's query makes the URL carry it.
					lr.url = l.url || p.Recv == "Values" && fromURLQuery(recv)
					f.container(recv, lr)
				}
			}
		}
		if isSanitizer(fn) {
			return
		}
		if stringPackages[funcPkg(fn)] && recvName(fn) == "" && len(hitParams) > 0 && result != nil &&
			returnsText(result.Type()) {
			f.add(result, l)
		}
		if pos == -1 && (fn.Name() == "Error" || fn.Name() == "String") && len(params) == 0 &&
			!f.s.redactsType(recv.Type(), false) {
			f.add(result, l)
		}
	}
	if pos == -1 && fn == nil {
		return
	}

	// A summarized function: its parameters are c.Args indices.
	sum := f.s.summaryOf(c)
	if sum == nil {
		return
	}
	if fn != nil && isSanitizer(fn) {
		return
	}
	for i, a := range c.Args {
		if a != v {
			continue
		}
		for _, ps := range sum.fact.Sinks {
			if ps.Param == i {
				h := hit{pos: instr.Pos(), kind: ps.Kind, sink: displayName(c) + " (reaches " + ps.Sink + ")", o: l.o}
				if ps.Kind == KindSend {
					h.checked = f.checkedAt(l.o, instr)
				}
				f.hits = append(f.hits, h)
			}
		}
		if slices.Contains(sum.fact.Passes, i) && result != nil {
			f.add(result, l)
		}
	}
}

// returnsText reports whether t is a string, a byte slice, a string
// slice or a tuple whose first element is one.
func returnsText(t types.Type) bool {
	if tu, ok := t.(*types.Tuple); ok {
		if tu.Len() == 0 {
			return false
		}
		t = tu.At(0).Type()
	}
	if isString(t) {
		return true
	}
	if sl, ok := t.Underlying().(*types.Slice); ok {
		if b, ok := sl.Elem().Underlying().(*types.Basic); ok {
			return b.Kind() == types.Byte || b.Info()&types.IsString != 0
		}
	}
	return false
}

// sprintfQuery records a query hit when Sprintf formats a tainted
// argument right after a key parameter ("…?key=%s").
func (f *flow) sprintfQuery(instr ssa.CallInstruction, params []ssa.Value) bool {
	if len(params) < 2 {
		return false
	}
	format, ok := constArg(params[0])
	elems, known := varargs(params[1])
	if !ok || !known {
		return false
	}
	for j, e := range elems {
		if l, tainted := f.taint[e]; tainted && queryVerb(format, j) {
			f.hit(instr.Pos(), KindQuery, "URL query", l.o, false)
			return true
		}
	}
	return false
}
