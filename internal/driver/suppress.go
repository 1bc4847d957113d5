package driver

import (
	"errors"
	"fmt"
	"go/ast"
	"go/token"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/tools/go/analysis"
)

// directiveAnalyzer is the analyzer name of the findings the driver
// reports about its own //zilint:ignore directives.
const directiveAnalyzer = "zilint"

// directivePrefix starts a suppression comment, with no space after //.
const directivePrefix = "//zilint:ignore"

// A directive is one //zilint:ignore comment. It suppresses the findings
// of the named analyzers on its own line and on the line below.
type directive struct {
	pos     token.Position
	pkgPath string
	names   []string
	reason  string
	err     error        // malformed: no analyzer or no reason
	used    map[int]bool // indexes into names that suppressed a finding
}

// parseDirective parses the text of a line comment. It returns ok false
// when the comment is not a //zilint:ignore directive at all, and an
// error when it is one but malformed.
func parseDirective(text string) (names []string, reason string, ok bool, err error) {
	rest, found := strings.CutPrefix(text, directivePrefix)
	if !found {
		return nil, "", false, nil
	}
	if rest != "" && !unicode.IsSpace([]rune(rest)[0]) {
		return nil, "", false, nil // //zilint:ignoreX is some other word
	}

	// The analyzer list is the first word, the reason all the rest.
	list := strings.TrimSpace(rest)
	if i := strings.IndexFunc(list, unicode.IsSpace); i >= 0 {
		list, reason = list[:i], strings.TrimSpace(list[i:])
	}
	if list == "" {
		return nil, "", true, errors.New("names no analyzer")
	}
	for name := range strings.SplitSeq(list, ",") {
		if name == "" {
			return nil, "", true, fmt.Errorf("has an empty analyzer name in %q", list)
		}
		names = append(names, name)
	}
	if reason == "" {
		return names, "", true, errors.New("gives no reason")
	}
	return names, reason, true, nil
}

// fileDirectives returns the directives in the comments of files.
func fileDirectives(fset *token.FileSet, files []*ast.File, pkgPath string) []*directive {
	var ds []*directive
	for _, file := range files {
		for _, group := range file.Comments {
			for _, c := range group.List {
				names, reason, ok, err := parseDirective(c.Text)
				if !ok {
					continue
				}
				ds = append(ds, &directive{
					pos: fset.Position(c.Pos()), pkgPath: pkgPath,
					names: names, reason: reason, err: err, used: make(map[int]bool),
				})
			}
		}
	}
	return ds
}

// suppress drops the findings that a well-formed directive on their line
// or the line above names, and returns the rest together with findings
// of its own: a directive that is malformed, names an analyzer that does
// not exist, or suppresses nothing of an analyzer that ran. The result is
// sorted.
func suppress(findings []finding, directives []*directive, all, ran []*analysis.Analyzer) []finding {
	byFile := make(map[string][]*directive)
	for _, d := range directives {
		byFile[d.pos.Filename] = append(byFile[d.pos.Filename], d)
	}
	var kept []finding
	for _, f := range findings {
		if !suppressedBy(f, byFile[f.pos.Filename]) {
			kept = append(kept, f)
		}
	}

	known := analyzerNames(all)
	ranNames := analyzerNames(ran)
	for _, ds := range byFile {
		for _, d := range ds {
			kept = append(kept, directiveFindings(d, known, ranNames)...)
		}
	}
	slices.SortFunc(kept, compareFindings)
	return kept
}

// suppressedBy reports whether a directive in ds covers f, and marks
// the name that did.
func suppressedBy(f finding, ds []*directive) bool {
	for _, d := range ds {
		if d.err != nil || (d.pos.Line != f.pos.Line && d.pos.Line != f.pos.Line-1) {
			continue
		}
		if i := slices.Index(d.names, f.analyzer); i >= 0 {
			d.used[i] = true
			return true
		}
	}
	return false
}

// directiveFindings are the problems of one directive, as findings.
func directiveFindings(d *directive, known, ran map[string]bool) []finding {
	report := func(msg string) finding {
		return finding{analyzer: directiveAnalyzer, pkgPath: d.pkgPath, message: msg, pos: d.pos, end: d.pos}
	}
	if d.err != nil {
		return []finding{report("zilint:ignore directive " + d.err.Error() +
			"; write //zilint:ignore ANALYZER[,ANALYZER] REASON")}
	}
	var out []finding
	for i, name := range d.names {
		switch {
		case !known[name]:
			out = append(out, report(fmt.Sprintf("zilint:ignore directive names unknown analyzer %q", name)))
		case ran[name] && !d.used[i]:
			out = append(out, report(fmt.Sprintf(
				"zilint:ignore directive for %s suppresses nothing on this line or the next; remove it", name)))
		}
	}
	return out
}

// analyzerNames returns the set of the analyzers' names.
func analyzerNames(as []*analysis.Analyzer) map[string]bool {
	names := make(map[string]bool, len(as))
	for _, a := range as {
		names[a.Name] = true
	}
	return names
}
