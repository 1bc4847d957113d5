package driver

import (
	"cmp"
	"fmt"
	"go/token"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// A finding is one diagnostic, resolved to file positions.
type finding struct {
	analyzer string
	pkgPath  string
	category string
	message  string
	pos, end token.Position
	fixes    []suggestedFix
	related  []related
	// fingerprint identifies the finding across commits; set by Run
	// once the list of findings is final.
	fingerprint string
}

// A suggestedFix is an analysis.SuggestedFix resolved to byte offsets.
type suggestedFix struct {
	message string
	edits   []edit
}

// An edit replaces bytes [start, end) of file with text.
type edit struct {
	file       string
	start, end int
	text       string
}

// related is an analysis.RelatedInformation resolved to positions.
type related struct {
	pos, end token.Position
	message  string
}

// analysisError is the failure of one analyzer on one package.
type analysisError struct {
	analyzer, pkgPath, msg string
}

func (e analysisError) String() string {
	return e.analyzer + ": " + e.pkgPath + ": " + e.msg
}

// results are the deduplicated, sorted outcome of the analysis.
type results struct {
	findings []finding
	errors   []analysisError
}

// analyze runs analyzers on pkgs and collects the findings of the root
// actions and the errors of all actions. It never panics.
func analyze(analyzers []*analysis.Analyzer, pkgs []*packages.Package) (res *results) {
	res = &results{}
	if len(pkgs) == 0 {
		return res
	}

	// The guard catches panics inside passes; this catches the rest.
	defer func() {
		if r := recover(); r != nil {
			res.errors = append(res.errors, analysisError{"checker", "all packages", fmt.Sprint("panic: ", r)})
		}
	}()
	graph, err := checker.Analyze(guard(analyzers), pkgs, nil)
	if err != nil {
		res.errors = append(res.errors, analysisError{"checker", "all packages", err.Error()})
		return res
	}

	seenFinding := make(map[string]bool)
	seenError := make(map[analysisError]bool)
	for act := range graph.All() {
		if act.Err != nil && !failedDeps(act) {
			e := analysisError{act.Analyzer.Name, act.Package.PkgPath, act.Err.Error()}
			if !seenError[e] {
				seenError[e] = true
				res.errors = append(res.errors, e)
			}
		}
		if !act.IsRoot || act.Err != nil {
			continue
		}
		for _, d := range act.Diagnostics {
			f := newFinding(act, d)
			key := fmt.Sprintf("%s\x00%s\x00%d\x00%d\x00%s", f.analyzer, f.pos.Filename, f.pos.Offset, f.end.Offset, f.message)
			if !seenFinding[key] {
				seenFinding[key] = true
				res.findings = append(res.findings, f)
			}
		}
	}

	slices.SortFunc(res.findings, compareFindings)
	slices.SortFunc(res.errors, func(a, b analysisError) int {
		return strings.Compare(a.String(), b.String())
	})
	return res
}

// failedDeps reports whether act failed only because a dependency did;
// the dependency's own error is the one worth printing.
func failedDeps(act *checker.Action) bool {
	for _, dep := range act.Deps {
		if dep.Err != nil {
			return true
		}
	}
	return false
}

// newFinding resolves a diagnostic of act to positions and offsets.
func newFinding(act *checker.Action, d analysis.Diagnostic) finding {
	fset := act.Package.Fset
	f := finding{
		analyzer: act.Analyzer.Name,
		pkgPath:  act.Package.PkgPath,
		category: d.Category,
		message:  d.Message,
		pos:      fset.Position(d.Pos),
		end:      endPosition(fset, d.Pos, d.End),
	}
	for _, sf := range d.SuggestedFixes {
		fix := suggestedFix{message: sf.Message}
		for _, te := range sf.TextEdits {
			start, end := fset.Position(te.Pos), endPosition(fset, te.Pos, te.End)
			fix.edits = append(fix.edits, edit{start.Filename, start.Offset, end.Offset, string(te.NewText)})
		}
		f.fixes = append(f.fixes, fix)
	}
	for _, r := range d.Related {
		f.related = append(f.related, related{fset.Position(r.Pos), endPosition(fset, r.Pos, r.End), r.Message})
	}
	return f
}

// endPosition is the position of end, or of pos when end is unset.
func endPosition(fset *token.FileSet, pos, end token.Pos) token.Position {
	if !end.IsValid() {
		end = pos
	}
	return fset.Position(end)
}

// compareFindings orders by file, line, column, analyzer, then message.
func compareFindings(a, b finding) int {
	return cmp.Or(
		strings.Compare(a.pos.Filename, b.pos.Filename),
		cmp.Compare(a.pos.Line, b.pos.Line),
		cmp.Compare(a.pos.Column, b.pos.Column),
		strings.Compare(a.analyzer, b.analyzer),
		strings.Compare(a.message, b.message),
	)
}
