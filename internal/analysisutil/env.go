package analysisutil

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// envLookups are the functions and methods that read a configuration
// value by name: package path, receiver type name ("" for a function),
// function name.
var envLookups = []struct{ pkg, recv, name string }{
	{"os", "", "Getenv"},
	{"os", "", "LookupEnv"},
	{"syscall", "", "Getenv"},
	{"github.com/spf13/viper", "", "GetString"},
	{"github.com/spf13/viper", "Viper", "GetString"},
}

// EnvLookup reports whether call reads a configuration value by a
// constant name, such as os.Getenv("ZOOMINFO_API_KEY"), and returns the
// name.
func EnvLookup(info *types.Info, call *ast.CallExpr) (string, bool) {
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	if !ok || fn.Pkg() == nil || len(call.Args) != 1 {
		return "", false
	}
	recv := ""
	if sig, ok := fn.Type().(*types.Signature); ok && sig.Recv() != nil {
		if named, ok := derefNamed(sig.Recv().Type()); ok {
			recv = named.Obj().Name()
		}
	}
	if IsEnvLookupFunc(fn.Pkg().Path(), recv, fn.Name()) {
		return StringValue(info, call.Args[0])
	}
	return "", false
}

// IsEnvLookupFunc reports whether the function of package path pkg,
// receiver type recv ("" for none) and name reads configuration by name.
func IsEnvLookupFunc(pkg, recv, name string) bool {
	for _, l := range envLookups {
		if l.pkg == pkg && l.recv == recv && l.name == name {
			return true
		}
	}
	return false
}

func derefNamed(t types.Type) (*types.Named, bool) {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := t.(*types.Named)
	return n, ok
}
