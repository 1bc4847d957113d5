package driver

import (
	"bufio"
	"encoding/json"
	"fmt"
	"go/token"
	"io"
	"path/filepath"

	"github.com/zilint/zilint/internal/credential"
)

// output renders the results of a run.
type output struct {
	dir            string // paths under it are printed relative to it
	stdout, stderr io.Writer
}

// rel returns filename relative to o.dir when it is under it.
func (o *output) rel(filename string) string {
	return relPath(o.dir, filename)
}

// relPath returns filename relative to dir when it is under dir.
func relPath(dir, filename string) string {
	if r, err := filepath.Rel(dir, filename); err == nil && filepath.IsLocal(r) {
		return r
	}
	return filename
}

// writeText prints one line per finding on stdout:
//
//	file:line:col: message (analyzer)
//
// with file relative to the run's directory when it is under it.
func (o *output) writeText(findings []finding) error {
	w := bufio.NewWriter(o.stdout)
	for _, f := range findings {
		fmt.Fprintf(w, "%s: %s (%s)\n", o.posn(f.pos), credential.Scrub(f.message), f.analyzer)
	}
	return w.Flush()
}

// posn formats p as file:line:col with a relative file name.
func (o *output) posn(p token.Position) string {
	if !p.IsValid() {
		return "-"
	}
	p.Filename = o.rel(p.Filename)
	return p.String()
}

// The JSON shapes of go vet -json. The tree maps a package path to an
// analyzer name to either a list of jsonDiagnostic or a jsonError.
type (
	jsonTree map[string]map[string]any

	jsonDiagnostic struct {
		Posn           string             `json:"posn"`
		End            string             `json:"end"`
		Message        string             `json:"message"`
		Category       string             `json:"category,omitempty"`
		SuggestedFixes []jsonSuggestedFix `json:"suggested_fixes,omitempty"`
		Related        []jsonRelatedInfo  `json:"related,omitempty"`
	}

	jsonSuggestedFix struct {
		Message string         `json:"message"`
		Edits   []jsonTextEdit `json:"edits"`
	}

	jsonTextEdit struct {
		Filename string `json:"filename"`
		Start    int    `json:"start"`
		End      int    `json:"end"`
		New      string `json:"new"`
	}

	jsonRelatedInfo struct {
		Posn    string `json:"posn"`
		End     string `json:"end"`
		Message string `json:"message"`
	}

	jsonError struct {
		Error string `json:"error"`
	}
)

// writeJSON prints the findings and analyzer errors as one indented JSON
// object. Positions and file names are absolute, as in go vet -json.
// Findings of a package and of its test variant share the package path
// and are listed once. An analyzer that failed on a package shows its
// error instead of its findings there.
func (o *output) writeJSON(res *results) error {
	tree := make(jsonTree)
	add := func(pkg, analyzer string) map[string]any {
		if tree[pkg] == nil {
			tree[pkg] = make(map[string]any)
		}
		return tree[pkg]
	}

	for _, f := range res.findings {
		m := add(f.pkgPath, f.analyzer)
		list, _ := m[f.analyzer].([]jsonDiagnostic)
		m[f.analyzer] = append(list, toJSON(f))
	}
	for _, e := range res.errors {
		add(e.pkgPath, e.analyzer)[e.analyzer] = jsonError{credential.Scrub(e.msg)}
	}

	data, err := json.MarshalIndent(tree, "", "\t")
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(o.stdout, "%s\n", data)
	return err
}

// toJSON converts a finding to its go vet -json form.
func toJSON(f finding) jsonDiagnostic {
	d := jsonDiagnostic{
		Posn:     f.pos.String(),
		End:      f.end.String(),
		Message:  credential.Scrub(f.message),
		Category: f.category,
	}
	// Messages are scrubbed as in text output; edits are code to apply
	// and stay as the analyzer wrote them.
	for _, sf := range f.fixes {
		fix := jsonSuggestedFix{Message: credential.Scrub(sf.message), Edits: []jsonTextEdit{}}
		for _, e := range sf.edits {
			fix.Edits = append(fix.Edits, jsonTextEdit{e.file, e.start, e.end, e.text})
		}
		d.SuggestedFixes = append(d.SuggestedFixes, fix)
	}
	for _, r := range f.related {
		d.Related = append(d.Related, jsonRelatedInfo{r.pos.String(), r.end.String(), credential.Scrub(r.message)})
	}
	return d
}
