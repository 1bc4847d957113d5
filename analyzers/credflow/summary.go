package credflow

import (
	"go/types"
	"slices"
	"sort"

	"golang.org/x/tools/go/ssa"
)

// summarize follows the sources of fn to its sinks, then each parameter
// on its own, and stores fn's summary. It returns the hits of the
// sources.
func (s *state) summarize(fn *ssa.Function) []hit {
	sum := &summary{}
	real := s.newFlow(fn)
	real.seedSources()
	real.solve()
	// After the known sources, so their values keep their origin.
	real.seedAuthHeader()
	real.solve()
	for _, r := range real.rets {
		switch r.o.Kind {
		case originEnvParam:
			if sum.fact.EnvParam == 0 {
				sum.fact.EnvParam = r.o.param + 1
				sum.fact.EnvChecked = real.checkedAt(r.o, r.at)
			}
		case OriginArgument, originFormal:
		default:
			if sum.fact.Returns == nil {
				o := *r.o
				if o.Kind == OriginEnv {
					o.Checked = real.checkedAt(r.o, r.at)
				}
				sum.fact.Returns = &o.Origin
				sum.fact.ResultIndex = r.index
				sum.ret = &o
			}
		}
	}

	for i, p := range fn.Params {
		if !mayCarry(p.Type()) {
			continue
		}
		f := s.newFlow(fn)
		o := &origin{Origin: Origin{Kind: originFormal}, param: i}
		f.add(p, label{o: o})
		f.solve()
		if len(f.rets) > 0 {
			sum.fact.Passes = append(sum.fact.Passes, i)
		}
		named := s.credName(p.Name(), p.Pos()) != 0
		for _, h := range f.hits {
			// A parameter named for a credential is reported inside.
			if h.o != o || h.kind == KindSend && h.checked || named && h.kind != KindSend {
				continue
			}
			ps := ParamSink{Param: i, Kind: h.kind, Sink: h.sink}
			if !slices.Contains(sum.fact.Sinks, ps) {
				sum.fact.Sinks = append(sum.fact.Sinks, ps)
			}
		}
		if isString(p.Type()) && f.rejectsParam(o) {
			sum.fact.RejectsEmpty = append(sum.fact.RejectsEmpty, i)
		}
	}
	sort.Slice(sum.fact.Sinks, func(a, b int) bool {
		x, y := sum.fact.Sinks[a], sum.fact.Sinks[b]
		if x.Param != y.Param {
			return x.Param < y.Param
		}
		if x.Kind != y.Kind {
			return x.Kind < y.Kind
		}
		return x.Sink < y.Sink
	})
	s.sums[fn] = sum
	return real.hits
}

// mayCarry reports whether a parameter of type t can carry a
// credential: anything but numbers, booleans, funcs and contexts.
func mayCarry(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Info()&types.IsString != 0
	case *types.Signature:
		return false
	}
	if n, ok := t.(*types.Named); ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "context" {
		return false
	}
	return true
}
