package driver

import (
	"cmp"
	"fmt"
	"go/token"
	"runtime"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
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
	findings   []finding
	directives []*directive
	errors     []analysisError
}

// analyzeGraph runs analyzers over g, taking what it can from rc, and
// returns the errors of the packages and the results. relevant, when
// set, tells which dependencies' facts can matter. It never panics.
func analyzeGraph(g *graph, analyzers []*analysis.Analyzer, relevant func([]byte) bool, rc *resultCache) ([]packages.Error, *results) {
	g.scan(relevant)
	g.selectUnits(needFacts(analyzers))
	g.computeKeys()
	newEngine(guard(analyzers), rc, runtime.GOMAXPROCS(0)).run(g)

	var pkgErrs []packages.Error
	seenPkgErr := make(map[string]bool)
	for i, u := range g.all {
		for _, e := range reportedErrors(append(slices.Clone(g.listErrors[i]), u.errs...)) {
			key := e.Pos + "\x00" + e.Msg
			if !seenPkgErr[key] {
				seenPkgErr[key] = true
				pkgErrs = append(pkgErrs, e)
			}
		}
	}

	res := &results{}
	seenFinding := make(map[string]bool)
	seenError := make(map[analysisError]bool)
	seenFile := make(map[string]bool)
	for _, u := range g.all {
		for _, e := range u.result.errors {
			if !seenError[e] {
				seenError[e] = true
				res.errors = append(res.errors, e)
			}
		}
		if !u.root || !u.ok {
			continue
		}
		for _, f := range u.result.findings {
			key := fmt.Sprintf("%s\x00%s\x00%d\x00%d\x00%s", f.analyzer, f.pos.Filename, f.pos.Offset, f.end.Offset, f.message)
			if !seenFinding[key] {
				seenFinding[key] = true
				res.findings = append(res.findings, f)
			}
		}
		// A package and its test variant share files: keep the
		// directives of each file once.
		files := make(map[string]bool)
		for _, d := range u.result.directives {
			if !seenFile[d.pos.Filename] {
				files[d.pos.Filename] = true
				res.directives = append(res.directives, d)
			}
		}
		for f := range files {
			seenFile[f] = true
		}
	}

	slices.SortFunc(res.findings, compareFindings)
	slices.SortFunc(res.errors, func(a, b analysisError) int {
		return strings.Compare(a.String(), b.String())
	})
	return pkgErrs, res
}

// newFinding resolves a diagnostic of analyzer on package pkgPath.
func newFinding(fset *token.FileSet, analyzer, pkgPath string, d analysis.Diagnostic) finding {
	f := finding{
		analyzer: analyzer,
		pkgPath:  pkgPath,
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
