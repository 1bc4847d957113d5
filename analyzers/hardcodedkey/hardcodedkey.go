package hardcodedkey

import (
	"flag"
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/zilint/zilint/internal/analysisutil"
	"github.com/zilint/zilint/internal/credential"
)

// Name is the analyzer's name, as used in flags and reports.
const Name = "hardcodedkey"

// FlagSkipTests is the name of the flag that stops reports in _test.go
// files.
const FlagSkipTests = "skip-tests"

// FlagEnvVars is the name of the flag that adds the user's own names of
// ZoomInfo credential variables.
const FlagEnvVars = "env-vars"

// FlagAssumeContext is the name of the flag that treats every package as
// ZoomInfo code.
const FlagAssumeContext = "assume-context"

// Config holds the analyzer's settings.
type Config struct {
	// SkipTests turns off reports in _test.go files (default false).
	SkipTests bool
	// AssumeContext treats every package as ZoomInfo code, so generic
	// names count everywhere (default false). For a repository that is
	// all ZoomInfo integration, where a package may hold keys without
	// naming ZoomInfo itself.
	AssumeContext bool
	// EnvVars are the user's own names of ZoomInfo credential variables,
	// beyond the ZOOMINFO_* and ZI_* family (default none).
	EnvVars []string
}

// Analyzer is hardcodedkey with its default configuration, settable
// through its flags.
var Analyzer = New(Config{})

// New returns a fresh analyzer configured by cfg; its flags change that
// analyzer's own copy of cfg only.
func New(cfg Config) *analysis.Analyzer {
	c := cfg
	c.EnvVars = slices.Clone(cfg.EnvVars)
	a := &analysis.Analyzer{
		Name:     Name,
		Doc:      doc,
		URL:      "https://github.com/zilint/zilint#hardcodedkey",
		Requires: []*analysis.Analyzer{inspect.Analyzer},
		Flags:    *flag.NewFlagSet(Name, flag.ContinueOnError),
	}
	a.Flags.BoolVar(&c.SkipTests, FlagSkipTests, c.SkipTests, "do not report credentials in _test.go files")
	a.Flags.BoolVar(&c.AssumeContext, FlagAssumeContext, c.AssumeContext,
		"treat every package as ZoomInfo code: generic names such as apiKey count everywhere")
	a.Flags.Var(analysisutil.ListFlag{Names: &c.EnvVars}, FlagEnvVars,
		"comma-separated names of your own ZoomInfo credential variables, beyond ZOOMINFO_* and ZI_*")
	a.Run = analysisutil.Guard(Name, func(pass *analysis.Pass) (any, error) {
		run(pass, c)
		return nil, nil
	})
	return a
}

// checker holds the state of one run over one package.
type checker struct {
	pass    *analysis.Pass
	cfg     Config
	context *analysisutil.Context
	// envVars are the variables and fields assigned from a lookup of a
	// ZoomInfo credential variable: a literal assigned to them later is
	// a fallback for the real key.
	envVars map[types.Object]string
	// constDecls maps a string constant's value to its declaration, so a
	// constant used in a header is reported where it is written.
	constDecls map[string]ast.Expr
	reported   []ast.Node // one diagnostic per written literal
	file       *ast.File
	// names memoizes credential.ClassifyName: a package repeats its
	// identifiers (err, ctx, resp) at most sites.
	names map[string]credential.Name
}

func run(pass *analysis.Pass, cfg Config) {
	ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	if !mayHoldSecrets(ins) {
		return
	}
	c := &checker{
		pass:       pass,
		cfg:        cfg,
		context:    analysisutil.NewContext(pass.Fset, pass.Files, cfg.EnvVars...),
		envVars:    make(map[types.Object]string),
		constDecls: make(map[string]ast.Expr),
		names:      make(map[string]credential.Name),
	}
	c.collectConsts(ins)

	// Sites first, so that a literal gets the most specific reason; then
	// the literals that explain themselves wherever they stand.
	types := []ast.Node{
		(*ast.File)(nil), (*ast.ValueSpec)(nil), (*ast.AssignStmt)(nil),
		(*ast.CompositeLit)(nil), (*ast.CallExpr)(nil), (*ast.FuncDecl)(nil),
	}
	ins.Preorder(types, c.visitSite)
	ins.Preorder([]ast.Node{(*ast.File)(nil), (*ast.BasicLit)(nil)}, c.visitValue)
	ins.Preorder([]ast.Node{(*ast.File)(nil), (*ast.BinaryExpr)(nil)}, c.visitValue)
}

// mayHoldSecrets is the fast path: a package without a string literal of
// six or more characters cannot hold a credential.
func mayHoldSecrets(ins *inspector.Inspector) bool {
	found := false
	ins.Preorder([]ast.Node{(*ast.BasicLit)(nil)}, func(n ast.Node) {
		if lit := n.(*ast.BasicLit); !found && lit.Kind == token.STRING && len(lit.Value) >= 8 {
			found = true
		}
	})
	return found
}

// skipFile reports whether f is excluded by the configuration.
func (c *checker) skipFile(f *ast.File) bool {
	if !c.cfg.SkipTests {
		return false
	}
	return analysisutil.IsTestFile(c.pass.Fset, f.Pos())
}

// collectConsts records the declarations of string constants written as
// a single literal.
func (c *checker) collectConsts(ins *inspector.Inspector) {
	ins.Preorder([]ast.Node{(*ast.ValueSpec)(nil)}, func(n ast.Node) {
		spec := n.(*ast.ValueSpec)
		for i, name := range spec.Names {
			if i >= len(spec.Values) {
				break
			}
			if _, ok := c.pass.TypesInfo.Defs[name].(*types.Const); !ok {
				continue
			}
			if lit, ok := spec.Values[i].(*ast.BasicLit); ok && lit.Kind == token.STRING {
				if v, ok := analysisutil.StringValue(c.pass.TypesInfo, lit); ok {
					c.constDecls[v] = lit
				}
			}
		}
	})
}

// overlapsReport reports whether n overlaps a node already reported.
func (c *checker) overlapsReport(n ast.Node) bool {
	for _, r := range c.reported {
		if n.Pos() < r.End() && r.Pos() < n.End() {
			return true
		}
	}
	return false
}

// counts reports whether a credential with this ZoomInfo-specificity is
// reported in this package.
func (c *checker) counts(zoomInfo bool, pos token.Pos) bool {
	return zoomInfo || c.cfg.AssumeContext || c.context.At(pos)
}

// isEnvCredential reports whether name is a ZoomInfo credential
// variable, and returns its kind.
func (c *checker) isEnvCredential(name string) (credential.Kind, bool) {
	k := credential.EnvVarKindIn(name, c.cfg.EnvVars)
	return k, k != credential.None
}
