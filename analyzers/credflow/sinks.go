package credflow

import (
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/zilint/zilint/internal/analysisutil"
	"github.com/zilint/zilint/internal/credential"
)

// sinkCall records a hit when the tainted parameter i of a call to a
// catalogued sink is one the sink exposes.
func (f *flow) sinkCall(instr ssa.CallInstruction, sink Sink, fn *types.Func, recv ssa.Value,
	params []ssa.Value, i int, l label) {
	if i < sink.Arg || sink.One && i != sink.Arg {
		return
	}
	// The reference client's own loaders wrap what they check.
	if sink.Pkg == credential.ReferenceClientPath && f.s.pass.Pkg.Path() == sink.Pkg {
		return
	}
	kind := sink.Kind
	if sink.Writer {
		if kind = writerKind(params[0]); kind == "" {
			return
		}
	}
	if sink.AuthHeader {
		name, ok := constArg(params[0])
		if !ok || !strings.EqualFold(name, "Authorization") {
			return
		}
	}
	if sink.QueryOnly && !fromURLQuery(recv) {
		return
	}
	if i == sink.Format+1 && sink.Format >= 0 && !f.formatTaints(params, sink.Format) {
		return
	}
	if sink.Format < 0 && i == len(params)-1 && isVariadicSlice(params[i]) {
		if elems, ok := varargs(params[i]); ok && !f.anyTainted(elems) {
			return
		}
	}
	h := hit{pos: instr.Pos(), kind: kind, sink: sinkName(fn, recv), o: l.o}
	if kind == KindSend {
		h.checked = f.checkedAt(l.o, instr)
	}
	f.hits = append(f.hits, h)
}

func (f *flow) anyTainted(vs []ssa.Value) bool {
	for _, v := range vs {
		if _, ok := f.taint[v]; ok {
			return true
		}
	}
	return false
}

// formatTaints reports whether a printf-like call with the format at
// params[format] shows a tainted argument through a verb other than %T
// or %p. Unknown formats or argument lists count as showing it.
func (f *flow) formatTaints(params []ssa.Value, format int) bool {
	if format+1 >= len(params) {
		return true
	}
	if _, ok := f.taint[params[format]]; ok {
		return true
	}
	elems, ok := varargs(params[format+1])
	if !ok {
		return true
	}
	fs, isConst := constArg(params[format])
	verbs := parseVerbs(fs)
	for j, e := range elems {
		if _, ok := f.taint[e]; !ok {
			continue
		}
		if !isConst || j >= len(verbs) || verbs[j] != 'T' && verbs[j] != 'p' {
			return true
		}
	}
	return false
}

// queryVerb reports whether the j-th verb of a printf format follows a
// query parameter that names a key ("…?key=%s").
func queryVerb(format string, j int) bool {
	prefixes := analysisutil.VerbPrefixes(format)
	return j < len(prefixes) && isQueryPrefix(prefixes[j])
}

// parseVerbs returns the verbs of a printf format in argument order.
// Explicit argument indexes and * widths are not followed.
func parseVerbs(format string) []rune {
	var verbs []rune
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		i++
		for i < len(format) && strings.IndexByte("+-# 0123456789.", format[i]) >= 0 {
			i++
		}
		if i < len(format) && format[i] != '%' {
			verbs = append(verbs, rune(format[i]))
		}
	}
	return verbs
}

func isVariadicSlice(v ssa.Value) bool {
	_, ok := v.Type().Underlying().(*types.Slice)
	return ok
}

// varargs returns the elements of a variadic argument built by the
// compiler: a slice of an array whose elements are stored one by one.
func varargs(v ssa.Value) ([]ssa.Value, bool) {
	if c, ok := v.(*ssa.Const); ok && c.IsNil() {
		return nil, true
	}
	sl, ok := v.(*ssa.Slice)
	if !ok {
		return nil, false
	}
	alloc, ok := sl.X.(*ssa.Alloc)
	if !ok {
		return nil, false
	}
	arr, ok := deref(alloc.Type()).Underlying().(*types.Array)
	if !ok {
		return nil, false
	}
	elems := make([]ssa.Value, arr.Len())
	for _, ref := range *alloc.Referrers() {
		ia, ok := ref.(*ssa.IndexAddr)
		if !ok {
			continue
		}
		idx, ok := ia.Index.(*ssa.Const)
		if !ok {
			return nil, false
		}
		n := idx.Int64()
		for _, r := range *ia.Referrers() {
			if st, ok := r.(*ssa.Store); ok && n < int64(len(elems)) {
				elems[n] = st.Val
			}
		}
	}
	return elems, true
}

// writerKind tells what an io.Writer argument is: a log sink for
// os.Stdout and os.Stderr, a response sink for an http.ResponseWriter,
// "" for anything else.
func writerKind(w ssa.Value) string {
	switch x := w.(type) {
	case *ssa.MakeInterface:
		w = x.X
	case *ssa.ChangeInterface:
		w = x.X
	}
	if ld, ok := w.(*ssa.UnOp); ok {
		if g, ok := ld.X.(*ssa.Global); ok && g.Pkg != nil && g.Pkg.Pkg.Path() == "os" &&
			(g.Name() == "Stdout" || g.Name() == "Stderr") {
			return KindLog
		}
	}
	if n, ok := w.Type().(*types.Named); ok && n.Obj().Pkg() != nil &&
		n.Obj().Pkg().Path() == "net/http" && n.Obj().Name() == "ResponseWriter" {
		return KindResponse
	}
	return ""
}

// fromURLQuery reports whether v is the url.Values of a URL's Query().
func fromURLQuery(v ssa.Value) bool {
	call, ok := v.(*ssa.Call)
	if !ok {
		return false
	}
	fn, _, _ := callee(call.Common())
	return fn != nil && funcPkg(fn) == "net/url" && recvName(fn) == "URL" && fn.Name() == "Query"
}
