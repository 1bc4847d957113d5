package credflow

import (
	"fmt"
	"strings"

	"github.com/zilint/zilint/internal/credential"
)

// Origin says where a credential comes from. It travels inside facts,
// so it holds only names and a position written as "file.go:12": never
// a value.
type Origin struct {
	// Kind is one of the origin kinds below.
	Kind string
	// Cred is the kind of credential.
	Cred credential.Kind
	// Desc names the source as a user wrote it: os.Getenv("ZI_PASS"),
	// field Config.APIKey, flag.String("zoominfo-key").
	Desc string
	// Posn is the source's position as base file name and line.
	Posn string
	// Checked is set on an environment value that was shown non-empty
	// before it left the function that read it.
	Checked bool
}

// The origin kinds.
const (
	OriginEnv      = "env"      // an environment or config lookup by a ZoomInfo name
	OriginFlag     = "flag"     // a command-line flag with a credential name
	OriginField    = "field"    // a struct field that holds a credential
	OriginVar      = "var"      // a package variable with a credential name
	OriginArgument = "argument" // a parameter with a credential name
	OriginHeader   = "header"   // a value sent in the Authorization header
	// originFormal marks a parameter followed to build a summary, and
	// originEnvParam the result of os.Getenv(param); neither is
	// reported by itself.
	originFormal   = "formal"
	originEnvParam = "envparam"
)

// String describes the origin for diagnostics and fact expectations.
func (o Origin) String() string {
	s := fmt.Sprintf("%s from %s (%s)", o.Cred, o.Desc, o.Posn)
	if o.Checked {
		s += ", checked non-empty"
	}
	return s
}

// ParamSink records that a parameter reaches a sink inside a function.
type ParamSink struct {
	Param int
	Kind  string // a Sink kind
	Sink  string // the sink it reaches, as "log.Printf"
}

// FuncFact is a function's summary. It is exported on functions that
// have something to say, so callers in other packages follow flows
// through them.
type FuncFact struct {
	// Returns is set when the function returns a credential, as result
	// ResultIndex.
	Returns     *Origin
	ResultIndex int
	// EnvParam is 1 + the index of the parameter whose value the
	// function reads with os.Getenv and returns (mustEnv(name)); 0 for
	// none. EnvChecked says the returned value was checked non-empty.
	EnvParam   int
	EnvChecked bool
	// Passes lists the parameters whose value reaches a result.
	Passes []int
	// Sinks lists the parameters that reach a sink, sorted.
	Sinks []ParamSink
	// RejectsEmpty lists the parameters the function refuses when
	// empty: it does not return normally when they are "".
	RejectsEmpty []int
}

// AFact marks FuncFact as an analysis fact.
func (*FuncFact) AFact() {}

func (f *FuncFact) String() string {
	var parts []string
	if f.Returns != nil {
		parts = append(parts, "returns "+f.Returns.String())
	}
	if f.EnvParam > 0 {
		parts = append(parts, fmt.Sprintf("returns env of param %d (checked %v)", f.EnvParam-1, f.EnvChecked))
	}
	if len(f.Passes) > 0 {
		parts = append(parts, fmt.Sprintf("passes %v", f.Passes))
	}
	for _, s := range f.Sinks {
		parts = append(parts, fmt.Sprintf("param %d reaches %s %s", s.Param, s.Kind, s.Sink))
	}
	if len(f.RejectsEmpty) > 0 {
		parts = append(parts, fmt.Sprintf("rejects empty %v", f.RejectsEmpty))
	}
	return strings.Join(parts, "; ")
}

func (f *FuncFact) empty() bool {
	return f.Returns == nil && f.EnvParam == 0 && len(f.Passes) == 0 && len(f.Sinks) == 0 && len(f.RejectsEmpty) == 0
}

// FieldFact marks a struct field that holds a credential.
type FieldFact struct{ Origin Origin }

// AFact marks FieldFact as an analysis fact.
func (*FieldFact) AFact() {}

func (f *FieldFact) String() string { return "holds " + f.Origin.String() }

// RedactsFact marks a named type whose String method does not reveal the
// value it holds.
type RedactsFact struct {
	// JSON is set when the type also marshals to JSON without it.
	JSON bool
}

// AFact marks RedactsFact as an analysis fact.
func (*RedactsFact) AFact() {}

func (f *RedactsFact) String() string {
	if f.JSON {
		return "redacts (json too)"
	}
	return "redacts"
}

// PackageFact marks a package that exports flow facts, so that its
// importers cannot take the fast path.
type PackageFact struct{}

// AFact marks PackageFact as an analysis fact.
func (*PackageFact) AFact() {}

func (*PackageFact) String() string { return "exports credential facts" }
