package credflow

import (
	"flag"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"path/filepath"
	"reflect"
	"slices"
	"sort"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/ctrlflow"
	"golang.org/x/tools/go/ssa"

	"github.com/zilint/zilint/internal/analysisutil"
)

// Name is the analyzer's name.
const Name = "credflow"

// FlagEnvVars is the name of the flag that adds the user's own names of
// ZoomInfo credential variables.
const FlagEnvVars = "env-vars"

// Config holds the analysis's settings.
type Config struct {
	// EnvVars are the user's own names of ZoomInfo credential variables,
	// beyond the ZOOMINFO_* and ZI_* family (default none).
	EnvVars []string
}

// Analyzer computes where ZoomInfo credentials come from and where they
// go. It reports nothing itself: keyleak and envload report from its
// Result, and its facts carry function summaries, credential fields and
// redacting types across packages. It is the instance keyleak and envload
// use unless they are given another.
var Analyzer = New(Config{})

// New returns a fresh analysis configured by cfg; its flags change that
// analysis's own copy of cfg only.
func New(cfg Config) *analysis.Analyzer {
	c := cfg
	c.EnvVars = slices.Clone(cfg.EnvVars)
	a := &analysis.Analyzer{
		Name:       Name,
		Doc:        doc,
		URL:        "https://github.com/zilint/zilint#keyleak",
		Requires:   []*analysis.Analyzer{ctrlflow.Analyzer},
		Flags:      *flag.NewFlagSet(Name, flag.ContinueOnError),
		FactTypes:  []analysis.Fact{new(FuncFact), new(FieldFact), new(RedactsFact), new(PackageFact)},
		ResultType: reflect.TypeFor[*Result](),
	}
	a.Flags.Var(analysisutil.ListFlag{Names: &c.EnvVars}, FlagEnvVars,
		"comma-separated names of your own ZoomInfo credential variables, beyond ZOOMINFO_* and ZI_*")
	a.Run = analysisutil.Guard(Name, func(pass *analysis.Pass) (any, error) { return run(pass, &c) })
	return a
}

// Finding is one flow of a credential into a sink.
type Finding struct {
	// Pos and End span the sink: the call or the expression.
	Pos, End token.Pos
	Kind     string // a sink kind
	Sink     string // the sink, as "log.Printf" or "debugf (reaches log.Printf)"
	// Origin is where the credential comes from; OriginPos is its
	// position when it lies in this package, token.NoPos otherwise.
	Origin    Origin
	OriginPos token.Pos
	// Via names the function that returned the credential, if any.
	Via string
	// Field is set when the credential is a field of a printed struct.
	Field bool
	// Checked is set on a send whose value was shown non-empty first.
	Checked bool
}

// Result lists the findings of one package in position order.
type Result struct {
	Findings []Finding
}

// state is one run over one package.
type state struct {
	pass    *analysis.Pass
	cfg     *Config
	ctx     *analysisutil.Context
	sums    map[*ssa.Function]*summary
	fields  map[*types.Var]*origin // set by flow: a credential was stored there
	named   map[*types.Var]*origin // cache of fieldOrigin
	globals map[*ssa.Global]*origin
	redacts map[*types.TypeName]*RedactsFact
	sinks   map[string][]Sink
	props   map[string][]Propagator
	// localVars are calls assigned to credential-named locals.
	localVars map[token.Pos]localVar
}

// summary is a function's summary inside the package; ret keeps the
// origin's position for diagnostics.
type summary struct {
	fact FuncFact
	ret  *origin
}

func run(pass *analysis.Pass, cfg *Config) (any, error) {
	res := &Result{}
	s := &state{
		pass:    pass,
		cfg:     cfg,
		ctx:     analysisutil.NewContext(pass.Fset, pass.Files, cfg.EnvVars...),
		sums:    map[*ssa.Function]*summary{},
		fields:  map[*types.Var]*origin{},
		named:   map[*types.Var]*origin{},
		globals: map[*ssa.Global]*origin{},
		redacts: map[*types.TypeName]*RedactsFact{},
		sinks:   sinkIndex(),
		props:   propIndex(),
	}
	// Fast path: no ZoomInfo context and no dependency with facts means
	// no source can be named and no summary can apply. Such packages,
	// most dependencies, build no SSA; they only record their redacting
	// types, the String methods that ignore their receiver.
	flows := analysisutil.InZoomInfoContext(pass.Files, cfg.EnvVars...) || s.importsFacts()
	if !flows {
		quiet := quietStrings(pass)
		if len(quiet) > 0 {
			s.findRedactingTypes(func(str *types.Func) bool { return quiet[str] })
		}
		return res, nil
	}
	ssaRes := buildSSA(pass)
	s.findRedactingTypes(s.ssaRedacts(ssaRes))

	s.findLocalVars()
	// The package initializer first: it assigns package variables.
	src := ssaRes.SrcFuncs
	if init := ssaRes.Pkg.Func("init"); init != nil {
		src = append([]*ssa.Function{init}, src...)
	}
	funcs := allFuncs(src)
	var hits []hit
	for iter := 0; iter < 6; iter++ {
		before := s.fingerprint()
		hits = hits[:0]
		for _, fn := range funcs {
			hits = append(hits, s.summarize(fn)...)
		}
		if s.fingerprint() == before {
			break
		}
	}
	hits = append(hits, s.structLeaks(funcs)...)
	res.Findings = s.findings(hits)
	s.exportFacts(funcs)
	return res, nil
}

// allFuncs returns the package's functions and their closures, in
// source order.
func allFuncs(src []*ssa.Function) []*ssa.Function {
	seen := map[*ssa.Function]bool{}
	var out []*ssa.Function
	var walk func(fn *ssa.Function)
	walk = func(fn *ssa.Function) {
		if seen[fn] || fn.Blocks == nil {
			return
		}
		seen[fn] = true
		out = append(out, fn)
		for _, anon := range fn.AnonFuncs {
			walk(anon)
		}
	}
	for _, fn := range src {
		walk(fn)
	}
	return out
}

// importsFacts reports whether a direct import exports flow facts.
func (s *state) importsFacts() bool {
	for _, imp := range s.pass.Pkg.Imports() {
		if s.pass.ImportPackageFact(imp, new(PackageFact)) {
			return true
		}
	}
	return false
}

// fingerprint summarises what the fixpoint grows.
func (s *state) fingerprint() string {
	var keys []string
	for fn, sum := range s.sums {
		keys = append(keys, fn.String()+"="+sum.fact.String())
	}
	sort.Strings(keys)
	return fmt.Sprint(keys, len(s.fields), len(s.globals))
}

// posn writes a position as "file.go:12".
func (s *state) posn(pos token.Pos) string {
	p := s.pass.Fset.Position(pos)
	if !p.IsValid() {
		return "?"
	}
	return fmt.Sprintf("%s:%d", filepath.Base(p.Filename), p.Line)
}

// findings turns hits of real origins into findings, one per sink
// position and kind, sorted.
func (s *state) findings(hits []hit) []Finding {
	type key struct {
		pos  token.Pos
		kind string
	}
	seen := map[key]bool{}
	var out []Finding
	for _, h := range hits {
		switch h.o.Kind {
		case originFormal, originEnvParam:
			continue
		}
		k := key{h.pos, h.kind}
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, Finding{Pos: h.pos, Kind: h.kind, Sink: h.sink, Origin: h.o.Origin,
			OriginPos: h.o.pos, Via: h.o.via, Field: h.field, Checked: h.checked})
	}
	s.widen(out)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Pos < out[j].Pos })
	return out
}

// widen turns the position SSA gives a call (its left parenthesis) into
// the span of the call expression, so a diagnostic starts at the callee.
func (s *state) widen(fs []Finding) {
	if len(fs) == 0 {
		return
	}
	calls := map[token.Pos]*ast.CallExpr{}
	for _, file := range s.pass.Files {
		ast.Inspect(file, func(n ast.Node) bool {
			if c, ok := n.(*ast.CallExpr); ok {
				calls[c.Lparen] = c
			}
			return true
		})
	}
	for i := range fs {
		if c, ok := calls[fs[i].Pos]; ok {
			fs[i].Pos, fs[i].End = c.Pos(), c.End()
		}
	}
}
