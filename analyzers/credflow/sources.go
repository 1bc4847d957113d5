package credflow

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strconv"

	"golang.org/x/tools/go/ssa"

	"github.com/zilint/zilint/internal/analysisutil"
	"github.com/zilint/zilint/internal/credential"
)

// flagFuncs are the flag constructors whose name argument is index 0
// (String) or 1 (StringVar).
var flagFuncs = map[string]int{"String": 0, "StringVar": 1}

// seedSources taints the sources that appear in fn: lookups of ZoomInfo
// credential variables, flags, credential fields and variables, calls of
// functions that return a credential, and parameters named for one.
func (f *flow) seedSources() {
	s := f.s
	for i, p := range f.fn.Params {
		if f.fn.Signature.Recv() != nil && i == 0 {
			continue
		}
		if k := s.credName(p.Name(), p.Pos()); k != credential.None && !s.redactsType(p.Type(), false) {
			f.add(p, label{o: &origin{Origin: Origin{Kind: OriginArgument, Cred: k,
				Desc: "parameter " + p.Name(), Posn: s.posn(p.Pos())}, pos: p.Pos()}})
		}
	}
	for _, b := range f.fn.Blocks {
		for _, instr := range b.Instrs {
			switch x := instr.(type) {
			case *ssa.Call:
				f.callSource(x)
				if lv, ok := s.localVars[x.Pos()]; ok {
					f.seedResult(x, lv.index, lv.o)
				}
			case *ssa.FieldAddr:
				if o := s.fieldOrigin(structField(x.X.Type(), x.Field)); o != nil {
					f.add(x, label{o: o})
				}
			case *ssa.Field:
				if o := s.fieldOrigin(structField(x.X.Type(), x.Field)); o != nil {
					f.add(x, label{o: o})
				}
			case *ssa.UnOp:
				if g, ok := x.X.(*ssa.Global); ok {
					if o := s.globalOrigin(g); o != nil {
						f.add(x, label{o: o})
					}
				}
			}
		}
	}
}

func structField(t types.Type, i int) *types.Var {
	st, ok := deref(t).Underlying().(*types.Struct)
	if !ok || i >= st.NumFields() {
		return nil
	}
	return st.Field(i)
}

// globalOrigin returns the origin of a package variable that holds a
// credential.
func (s *state) globalOrigin(g *ssa.Global) *origin {
	if o := s.globals[g]; o != nil {
		return o
	}
	if g.Pkg == nil || g.Pkg.Pkg != s.pass.Pkg {
		return nil
	}
	if k := s.credName(g.Name(), g.Pos()); k != credential.None && !s.redactsType(deref(g.Type()), false) {
		o := &origin{Origin: Origin{Kind: OriginVar, Cred: k, Desc: "variable " + g.Name(),
			Posn: s.posn(g.Pos())}, pos: g.Pos()}
		s.globals[g] = o
		return o
	}
	return nil
}

// callSource seeds the result of a call that produces a credential.
func (f *flow) callSource(call *ssa.Call) {
	s := f.s
	fn, _, params := callee(call.Common())
	if fn == nil {
		return
	}
	pkg := funcPkg(fn)
	if analysisutil.IsEnvLookupFunc(pkg, recvName(fn), fn.Name()) && len(params) == 1 {
		name, isConst := constArg(params[0])
		o := &origin{pos: call.Pos()}
		switch {
		case isConst && credential.EnvVarKindIn(name, s.cfg.EnvVars) != credential.None:
			o.Origin = Origin{Kind: OriginEnv, Cred: credential.EnvVarKindIn(name, s.cfg.EnvVars),
				Desc: fmt.Sprintf("%s(%s)", qualified(fn), strconv.Quote(name)), Posn: s.posn(call.Pos())}
		case !isConst && isParam(params[0]) >= 0:
			o.Origin = Origin{Kind: originEnvParam, Desc: qualified(fn)}
			o.param = isParam(params[0])
		default:
			return
		}
		f.seedResult(call, 0, o)
		return
	}

	if pkg == "flag" {
		if i, ok := flagFuncs[fn.Name()]; ok && i < len(params) {
			name, isConst := constArg(params[i])
			n := credential.ClassifyName(name)
			if !isConst || n.Kind == credential.None {
				return
			}
			o := &origin{Origin: Origin{Kind: OriginFlag, Cred: n.Kind,
				Desc: fmt.Sprintf("flag.%s(%s)", fn.Name(), strconv.Quote(name)), Posn: s.posn(call.Pos())},
				pos: call.Pos()}
			if i == 0 {
				f.add(call, label{o: o})
			} else {
				f.container(params[0], label{o: o})
			}
		}
		return
	}

	sum := s.summaryOf(call.Common())
	if sum == nil {
		return
	}
	if sum.fact.Returns != nil {
		o := &origin{Origin: *sum.fact.Returns, via: displayName(call.Common())}
		if sum.ret != nil {
			o.pos = sum.ret.pos
		}
		f.seedResult(call, sum.fact.ResultIndex, o)
	}
	if ep := sum.fact.EnvParam - 1; ep >= 0 && ep < len(call.Call.Args) {
		name, isConst := constArg(call.Call.Args[ep])
		if k := credential.EnvVarKindIn(name, s.cfg.EnvVars); isConst && k != credential.None {
			o := &origin{Origin: Origin{Kind: OriginEnv, Cred: k, Checked: sum.fact.EnvChecked,
				Desc: fmt.Sprintf("%s(%s)", displayName(call.Common()), strconv.Quote(name)),
				Posn: s.posn(call.Pos())}, pos: call.Pos()}
			f.seedResult(call, 0, o)
		}
	}
}

// seedResult taints result index of call; for LookupEnv-like tuples it
// also remembers the ok value.
func (f *flow) seedResult(call *ssa.Call, index int, o *origin) {
	tuple, ok := call.Type().(*types.Tuple)
	if !ok {
		f.add(call, label{o: o})
		return
	}
	for _, ref := range *call.Referrers() {
		if ex, ok := ref.(*ssa.Extract); ok {
			if ex.Index == index {
				f.add(ex, label{o: o})
			} else if ex.Index == 1 && tuple.Len() == 2 && isBool(ex.Type()) {
				o.ok = ex
			}
		}
	}
}

func isBool(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Kind() == types.Bool
}

// isParam returns the index of v among its function's parameters, or -1.
func isParam(v ssa.Value) int {
	p, ok := v.(*ssa.Parameter)
	if !ok {
		return -1
	}
	for i, q := range p.Parent().Params {
		if q == p {
			return i
		}
	}
	return -1
}

// constArg returns the value of a constant string argument.
func constArg(v ssa.Value) (string, bool) {
	c, ok := v.(*ssa.Const)
	if !ok || c.Value == nil || c.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(c.Value), true
}

func constantString(c *ssa.Const) string {
	if c.Value == nil || c.Value.Kind() != constant.String {
		return ""
	}
	return constant.StringVal(c.Value)
}

// localVar is a local variable named for a credential and assigned
// from a call: SSA keeps no names, so the call's position stands for it.
type localVar struct {
	o     *origin
	index int
}

// findLocalVars maps the calls assigned to credential-named locals.
func (s *state) findLocalVars() {
	s.localVars = map[token.Pos]localVar{}
	add := func(names []ast.Expr, rhs []ast.Expr) {
		if len(rhs) != 1 {
			return
		}
		call, ok := ast.Unparen(rhs[0]).(*ast.CallExpr)
		if !ok {
			return
		}
		for i, n := range names {
			id, ok := n.(*ast.Ident)
			if !ok {
				continue
			}
			if k := s.credName(id.Name, id.Pos()); k != credential.None {
				s.localVars[call.Lparen] = localVar{index: i, o: &origin{Origin: Origin{Kind: OriginVar, Cred: k,
					Desc: "variable " + id.Name, Posn: s.posn(id.Pos())}, pos: id.Pos()}}
			}
		}
	}
	for _, file := range s.pass.Files {
		ast.Inspect(file, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.AssignStmt:
				add(x.Lhs, x.Rhs)
			case *ast.ValueSpec:
				names := make([]ast.Expr, len(x.Names))
				for i, id := range x.Names {
					names[i] = id
				}
				add(names, x.Values)
			}
			return true
		})
	}
}
