package credflow

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/ctrlflow"
	"golang.org/x/tools/go/ssa"
)

// ssaPackage is the SSA form of the package under analysis.
type ssaPackage struct {
	Pkg      *ssa.Package
	SrcFuncs []*ssa.Function // declared functions and their closures, in source order
}

// buildSSA builds the package's SSA form. credflow builds it itself,
// rather than requiring buildssa, so that the many packages that cannot
// involve a credential (most dependencies) never pay for it.
func buildSSA(pass *analysis.Pass) *ssaPackage {
	prog := ssa.NewProgram(pass.Fset, 0)
	// log.Fatal, os.Exit and panicking helpers end their blocks, so that
	// "if key == "" { log.Fatal(…) }" dominates what follows.
	prog.SetNoReturn(pass.ResultOf[ctrlflow.Analyzer].(*ctrlflow.CFGs).NoReturn)
	for _, p := range pass.Pkg.Imports() {
		prog.CreatePackage(p, nil, nil, true)
	}
	pkg := prog.CreatePackage(pass.Pkg, pass.Files, pass.TypesInfo, false)
	pkg.Build()

	res := &ssaPackage{Pkg: pkg}
	var add func(f *ssa.Function)
	add = func(f *ssa.Function) {
		res.SrcFuncs = append(res.SrcFuncs, f)
		for _, anon := range f.AnonFuncs {
			add(anon)
		}
	}
	for _, file := range pass.Files {
		for _, decl := range file.Decls {
			if fd, ok := decl.(*ast.FuncDecl); ok {
				if f := prog.FuncValue(pass.TypesInfo.Defs[fd.Name].(*types.Func)); f != nil {
					add(f)
				}
			}
		}
	}
	return res
}

// quietStrings returns the String methods declared in the package whose
// body never uses the receiver: they redact whatever the value holds.
// It needs no SSA, so a package without flows learns its redacting types
// from it alone; in a package with flows findRedactingTypes also follows
// the receiver of the other String methods through SSA.
func quietStrings(pass *analysis.Pass) map[*types.Func]bool {
	quiet := make(map[*types.Func]bool)
	for _, file := range pass.Files {
		for _, decl := range file.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok || fd.Recv == nil || fd.Name.Name != "String" || fd.Body == nil {
				continue
			}
			fn, _ := pass.TypesInfo.Defs[fd.Name].(*types.Func)
			if fn == nil {
				continue
			}
			names := fd.Recv.List[0].Names
			if len(names) == 0 || names[0].Name == "_" {
				quiet[fn] = true
				continue
			}
			recv := pass.TypesInfo.Defs[names[0]]
			used := false
			ast.Inspect(fd.Body, func(n ast.Node) bool {
				if id, ok := n.(*ast.Ident); ok && pass.TypesInfo.Uses[id] == recv {
					used = true
				}
				return !used
			})
			if !used {
				quiet[fn] = true
			}
		}
	}
	return quiet
}
