package credflow

import (
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/zilint/zilint/internal/credential"
)

// seedAuthHeader makes a credential of whatever a function puts in the
// Authorization header: the header value and the values it was built
// from ("Bearer " + tok, fmt.Sprintf("Bearer %s", tok)). A token from a
// source the catalogue does not know is then followed like any other.
// Values already tainted keep their origin.
func (f *flow) seedAuthHeader() {
	for _, b := range f.fn.Blocks {
		for _, instr := range b.Instrs {
			call, ok := instr.(*ssa.Call)
			if !ok {
				continue
			}
			fn, _, params := callee(call.Common())
			if fn == nil || funcPkg(fn) != "net/http" || recvName(fn) != "Header" ||
				fn.Name() != "Set" && fn.Name() != "Add" || len(params) != 2 {
				continue
			}
			if name, ok := constArg(params[0]); !ok || !strings.EqualFold(name, "Authorization") {
				continue
			}
			o := &origin{Origin: Origin{Kind: OriginHeader, Cred: credential.AccessToken,
				Desc: "the Authorization header", Posn: f.s.posn(call.Pos())}, pos: call.Pos()}
			f.seedBuiltFrom(params[1], o, 0)
		}
	}
}

// seedBuiltFrom taints v and the non-constant parts it was built from.
func (f *flow) seedBuiltFrom(v ssa.Value, o *origin, depth int) {
	if depth > 6 || v == nil {
		return
	}
	if _, isConst := v.(*ssa.Const); isConst {
		return
	}
	if _, tainted := f.taint[v]; !tainted {
		f.add(v, label{o: o})
	}
	switch x := v.(type) {
	case *ssa.BinOp:
		f.seedBuiltFrom(x.X, o, depth+1)
		f.seedBuiltFrom(x.Y, o, depth+1)
	case *ssa.Convert:
		f.seedBuiltFrom(x.X, o, depth+1)
	case *ssa.ChangeType:
		f.seedBuiltFrom(x.X, o, depth+1)
	case *ssa.MakeInterface:
		f.seedBuiltFrom(x.X, o, depth+1)
	case *ssa.Call:
		fn, _, params := callee(x.Common())
		if fn != nil && funcPkg(fn) == "fmt" && fn.Name() == "Sprintf" && len(params) == 2 {
			if elems, ok := varargs(params[1]); ok {
				for _, e := range elems {
					f.seedBuiltFrom(e, o, depth+1)
				}
			}
		}
	}
}
