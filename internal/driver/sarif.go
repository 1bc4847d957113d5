package driver

import (
	"fmt"
	"go/token"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"

	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"
	"golang.org/x/tools/go/analysis"

	"github.com/zilint/zilint/internal/credential"
)

const (
	// homepage is the tool's information URI in SARIF.
	homepage = "https://github.com/zilint/zilint"
	// srcRoot is the base of the relative artifact URIs: the run's directory.
	srcRoot = "%SRCROOT%"
)

// directiveDoc describes the findings about //zilint:ignore directives.
const directiveDoc = `zilint: malformed, unknown or unused //zilint:ignore directive

A //zilint:ignore directive names one or more analyzers and gives a
reason. One that gives no reason, names an analyzer that does not exist,
or suppresses nothing on its own line or the next is reported, so that
suppressions stay few, explained and current.`

// writeSARIF writes the findings and the analyzer errors to file as a
// SARIF 2.1.0 log with one rule per analyzer that ran. Messages are
// scrubbed like the text output; file URIs are relative to o.dir.
func (o *output) writeSARIF(file string, res *results, ran []*analysis.Analyzer, src *sources) error {
	run := sarif.NewRunWithInformationURI(progName, homepage)
	if v := moduleVersion(); v != "" {
		run.Tool.Driver.Version = &v
	}
	run.WithOriginalUriBaseIds(map[string]sarif.ArtifactLocation{
		srcRoot: *sarif.NewArtifactLocation().WithURI(dirURI(o.dir)),
	})
	run.WithColumnKind("utf16CodeUnits")

	directives := &analysis.Analyzer{Name: directiveAnalyzer, Doc: directiveDoc, URL: homepage + "#suppressing-a-finding"}
	for _, a := range slices.Concat(ran, []*analysis.Analyzer{directives}) {
		addRule(run, a)
	}

	for _, f := range res.findings {
		r := run.CreateResultForRule(f.analyzer).
			WithLevel(level(f)).
			WithMessage(sarif.NewTextMessage(credential.Scrub(f.message))).
			AddLocation(o.sarifLocation(f.pos, f.end, "", src)).
			WithPartialFingerprints(map[string]string{fingerprintVersion: f.fingerprint})
		for j, rel := range f.related {
			loc := o.sarifLocation(rel.pos, rel.end, rel.message, src).WithID(j)
			r.AddRelatedLocation(loc)
		}
	}

	inv := sarif.NewInvocation()
	ok := len(res.errors) == 0
	inv.ExecutionSuccessful = &ok
	for _, e := range res.errors {
		n := sarif.NewNotification()
		n.Level = "error"
		n.Message = sarif.NewTextMessage(credential.Scrub(e.String()))
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, n)
	}
	run.AddInvocation(inv)

	report := sarif.NewReport()
	report.Schema = "https://json.schemastore.org/sarif-2.1.0.json"
	report.AddRun(run)
	if err := report.WriteFile(file); err != nil {
		return fmt.Errorf("writing SARIF: %w", err)
	}
	return nil
}

// addRule adds the rule of analyzer a: its id is the name, its short
// description the first line of Doc without the "name: " prefix, its
// help the whole Doc and its help URI the analyzer's URL.
func addRule(run *sarif.Run, a *analysis.Analyzer) {
	title, _, _ := strings.Cut(a.Doc, "\n")
	title = strings.TrimPrefix(title, a.Name+": ")
	rule := run.AddRule(a.Name).
		WithName(a.Name).
		WithShortDescription(sarif.NewMultiformatMessageString().WithText(title)).
		WithFullDescription(sarif.NewMultiformatMessageString().WithText(a.Doc)).
		WithHelp(sarif.NewMultiformatMessageString().WithText(a.Doc))
	if a.URL != "" {
		rule.WithHelpURI(a.URL)
	}
}

// level is the SARIF level of a finding: findings about directives are
// warnings, all the others errors.
func level(f finding) string {
	if f.analyzer == directiveAnalyzer {
		return "warning"
	}
	return "error"
}

// sarifLocation is a physical location with a region from pos to end.
func (o *output) sarifLocation(pos, end token.Position, msg string, src *sources) *sarif.Location {
	region := sarif.NewRegion().
		WithStartLine(pos.Line).
		WithStartColumn(src.utf16Column(pos.Filename, pos.Line, pos.Column)).
		WithByteOffset(pos.Offset)
	if end.IsValid() && end.Filename == pos.Filename && end.Offset >= pos.Offset {
		region.WithEndLine(end.Line).
			WithEndColumn(src.utf16Column(end.Filename, end.Line, end.Column)).
			WithByteLength(end.Offset - pos.Offset)
	}
	uri := filepath.ToSlash(o.rel(pos.Filename))
	art := sarif.NewArtifactLocation().WithURI(uri)
	if !filepath.IsAbs(o.rel(pos.Filename)) {
		art.WithURIBaseID(srcRoot)
	} else {
		art.WithURI(fileURI(pos.Filename))
	}
	loc := sarif.NewLocationWithPhysicalLocation(
		sarif.NewPhysicalLocation().WithArtifactLocation(art).WithRegion(region))
	if msg != "" {
		loc.WithMessage(sarif.NewTextMessage(credential.Scrub(msg)))
	}
	return loc
}

// fileURI is the file: URI of an absolute path.
func fileURI(path string) string {
	path = filepath.ToSlash(path)
	if !strings.HasPrefix(path, "/") {
		path = "/" + path // a Windows drive letter
	}
	return "file://" + path
}

// dirURI is the file: URI of a directory, with the trailing slash that
// SARIF requires of a base URI.
func dirURI(dir string) string {
	return strings.TrimSuffix(fileURI(dir), "/") + "/"
}

// moduleVersion is the version of the running zilint module, if known.
func moduleVersion() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return ""
}

// checkWritable fails early when file cannot be created, before the
// analysis runs. It leaves no file behind, so that a run that fails
// before writing the log leaves nothing for an upload step to pick up.
func checkWritable(file string) error {
	_, statErr := os.Stat(file)
	f, err := os.OpenFile(file, os.O_WRONLY|os.O_CREATE, 0o644)
	if err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if os.IsNotExist(statErr) {
		return os.Remove(file)
	}
	return nil
}
