package credflow

import (
	"go/token"
	"slices"

	"golang.org/x/tools/go/ssa"
)

// checkedAt reports whether the credential of origin o is shown
// non-empty before instr runs: an origin checked where it was read, a
// branch on v == "", len(v) == 0 or LookupEnv's ok whose non-empty side
// dominates instr, or an earlier call of a helper that rejects empty.
func (f *flow) checkedAt(o *origin, at ssa.Instruction) bool {
	if o == nil {
		return false
	}
	if o.Checked {
		return true
	}
	vals := f.valuesOf(o)
	for _, b := range f.fn.Blocks {
		if idx, ok := nonEmptySucc(b, vals); ok && at.Block() != nil &&
			edgeDominates(b.Succs[idx], at.Block()) {
			return true
		}
	}
	for _, b := range f.fn.Blocks {
		for _, instr := range b.Instrs {
			call, ok := instr.(*ssa.Call)
			if !ok || !f.rejectsEmpty(call, vals) {
				continue
			}
			if instrDominates(call, at) {
				return true
			}
		}
	}
	return false
}

// valuesOf returns the values carrying origin o in this flow, and
// LookupEnv's ok.
func (f *flow) valuesOf(o *origin) map[ssa.Value]bool {
	vals := map[ssa.Value]bool{}
	for v, l := range f.taint {
		if l.o == o {
			vals[v] = true
		}
	}
	if o.ok != nil {
		vals[o.ok] = true
	}
	return vals
}

// rejectsEmpty reports whether call passes one of vals to a parameter
// its callee rejects when empty.
func (f *flow) rejectsEmpty(call *ssa.Call, vals map[ssa.Value]bool) bool {
	sum := f.s.summaryOf(call.Common())
	if sum == nil {
		return false
	}
	for i, a := range call.Call.Args {
		if vals[a] && slices.Contains(sum.fact.RejectsEmpty, i) {
			return true
		}
	}
	return false
}

func instrDominates(a, b ssa.Instruction) bool {
	if a.Block() == nil || b.Block() == nil || a.Parent() != b.Parent() {
		return false
	}
	if a.Block() != b.Block() {
		return a.Block().Dominates(b.Block())
	}
	for _, instr := range a.Block().Instrs {
		if instr == a {
			return true
		}
		if instr == b {
			return false
		}
	}
	return false
}

// nonEmptySucc returns the index of the successor of b taken when one
// of vals is non-empty, if b ends in such a test.
func nonEmptySucc(b *ssa.BasicBlock, vals map[ssa.Value]bool) (int, bool) {
	if len(b.Instrs) == 0 || len(b.Succs) != 2 {
		return 0, false
	}
	iff, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If)
	if !ok {
		return 0, false
	}
	switch c := iff.Cond.(type) {
	case *ssa.UnOp:
		if c.Op == token.NOT && vals[c.X] {
			return 1, true
		}
	case *ssa.BinOp:
		return binOpEmpty(c, vals)
	}
	if vals[iff.Cond] {
		return 0, true
	}
	return 0, false
}

// binOpEmpty reads v == "", v != "", len(v) == 0, len(v) > 0 and the
// like, with the constant on either side.
func binOpEmpty(c *ssa.BinOp, vals map[ssa.Value]bool) (int, bool) {
	x, y, op := c.X, c.Y, c.Op
	if _, ok := x.(*ssa.Const); ok {
		x, y = y, x
		switch op {
		case token.GTR:
			op = token.LSS
		case token.LSS:
			op = token.GTR
		case token.GEQ:
			op = token.LEQ
		case token.LEQ:
			op = token.GEQ
		}
	}
	k, ok := y.(*ssa.Const)
	if !ok || k.Value == nil {
		return 0, false
	}
	if vals[x] && isString(x.Type()) && constantString(k) == "" {
		switch op {
		case token.EQL:
			return 1, true
		case token.NEQ:
			return 0, true
		}
		return 0, false
	}
	if !isLenOf(x, vals) {
		return 0, false
	}
	n := k.Int64()
	switch {
	case op == token.EQL && n == 0, op == token.LEQ && n == 0, op == token.LSS && n == 1:
		return 1, true
	case op == token.NEQ && n == 0, op == token.GTR && n == 0, op == token.GEQ && n == 1:
		return 0, true
	}
	return 0, false
}

func isLenOf(v ssa.Value, vals map[ssa.Value]bool) bool {
	call, ok := v.(*ssa.Call)
	if !ok {
		return false
	}
	b, ok := call.Call.Value.(*ssa.Builtin)
	return ok && b.Name() == "len" && len(call.Call.Args) == 1 && vals[call.Call.Args[0]]
}

// rejectsParam reports whether fn does not return normally when the
// values of its followed parameter are empty: every return is
// dominated by the non-empty side of a test.
func (f *flow) rejectsParam(o *origin) bool {
	vals := f.valuesOf(o)
	var rets []*ssa.BasicBlock
	for _, b := range f.fn.Blocks {
		if len(b.Instrs) > 0 {
			if _, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok {
				rets = append(rets, b)
			}
		}
	}
	if len(rets) == 0 {
		return false
	}
	for _, b := range f.fn.Blocks {
		idx, ok := nonEmptySucc(b, vals)
		if !ok {
			continue
		}
		all := true
		for _, r := range rets {
			if !edgeDominates(b.Succs[idx], r) {
				all = false
			}
		}
		if all {
			return true
		}
	}
	return false
}

// edgeDominates reports whether the edge into succ, the only way into
// it, dominates b: a successor reached from elsewhere too proves nothing.
func edgeDominates(succ, b *ssa.BasicBlock) bool {
	return len(succ.Preds) == 1 && succ.Dominates(b)
}
