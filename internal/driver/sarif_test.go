package driver

import (
	"bytes"
	"encoding/json"
	"go/ast"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/santhosh-tekuri/jsonschema/v6"
	"golang.org/x/tools/go/analysis"
)

// schemaFile is the official SARIF 2.1.0 schema; see its README.
var schemaFile = filepath.Join("testdata", "sarifschema", "sarif-2.1.0-rtm.5.json")

// fakeKey is a visibly fake, reproducible 40-character token.
func fakeKey() string {
	const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
	r := rand.New(rand.NewPCG(40, 0x7a696c696e74))
	b := make([]byte, 40)
	for i := range b {
		b[i] = alphabet[r.IntN(len(alphabet))]
	}
	return string(b)
}

// leakAnalyzer reports each BADWORD literal with a message that quotes a
// whole secret (which the output must scrub) and a related location at
// the file's package name, like the source of a flow.
func leakAnalyzer() *analysis.Analyzer {
	a := &analysis.Analyzer{
		Name: "leak", Doc: "leak: report BADWORD flows\n\nLonger help.",
		URL: "https://example.com/leak",
	}
	a.Run = func(pass *analysis.Pass) (any, error) {
		for _, file := range pass.Files {
			ast.Inspect(file, func(n ast.Node) bool {
				if lit, ok := n.(*ast.BasicLit); ok && strings.Contains(lit.Value, "BADWORD") {
					pass.Report(analysis.Diagnostic{
						Pos: lit.Pos(), End: lit.End(),
						Message: `key "` + fakeKey() + `" reaches a sink`,
						Related: []analysis.RelatedInformation{{Pos: file.Name.Pos(), End: file.Name.End(), Message: "source"}},
					})
				}
				return true
			})
		}
		return nil, nil
	}
	return a
}

// sarifLog is the part of a SARIF log the tests look at.
type sarifLog struct {
	Runs []struct {
		Tool struct {
			Driver struct {
				Rules []struct {
					ID               string `json:"id"`
					ShortDescription struct{ Text string }
					Help             struct{ Text string }
					HelpURI          string `json:"helpUri"`
				} `json:"rules"`
			} `json:"driver"`
		} `json:"tool"`
		Results []struct {
			RuleID    string `json:"ruleId"`
			Message   struct{ Text string }
			Locations []struct {
				PhysicalLocation struct {
					ArtifactLocation struct{ URI string }
					Region           struct{ StartLine, StartColumn, EndColumn int }
				}
			}
			RelatedLocations []struct {
				Message struct{ Text string }
			}
			PartialFingerprints map[string]string
		} `json:"results"`
	} `json:"runs"`
}

// runSARIF runs zilint with -sarif in dir and returns the raw log,
// whatever the exit status.
func runSARIF(t *testing.T, dir string, analyzers []*analysis.Analyzer, args ...string) []byte {
	t.Helper()
	file := filepath.Join(t.TempDir(), "out.sarif")
	if _, _, stderr := zilint(t, dir, analyzers, append([]string{"-sarif", file}, args...)...); stderr != "" {
		t.Logf("stderr: %s", stderr)
	}
	return []byte(readFile(t, file))
}

func decodeSARIF(t *testing.T, data []byte) sarifLog {
	t.Helper()
	var log sarifLog
	if err := json.Unmarshal(data, &log); err != nil {
		t.Fatal(err)
	}
	if len(log.Runs) != 1 {
		t.Fatalf("%d runs, want 1", len(log.Runs))
	}
	return log
}

func TestSARIFContent(t *testing.T) {
	data := runSARIF(t, fixture("basic"), []*analysis.Analyzer{leakAnalyzer(), badwordAnalyzer()})
	if bytes.Contains(data, []byte(fakeKey())) {
		t.Errorf("the SARIF log holds a whole secret")
	}
	run := decodeSARIF(t, data).Runs[0]

	var rules []string
	for _, r := range run.Tool.Driver.Rules {
		rules = append(rules, r.ID)
		if r.ID == "leak" && (r.ShortDescription.Text != "report BADWORD flows" ||
			r.Help.Text != leakAnalyzer().Doc || r.HelpURI != "https://example.com/leak") {
			t.Errorf("rule leak = %+v", r)
		}
	}
	if diff := cmp.Diff([]string{"leak", "badword", "zilint"}, rules); diff != "" {
		t.Errorf("rules (-want +got):\n%s", diff)
	}

	var got []string
	for _, r := range run.Results {
		loc := r.Locations[0].PhysicalLocation
		s := r.RuleID + " " + loc.ArtifactLocation.URI
		for _, rel := range r.RelatedLocations {
			s += " related:" + rel.Message.Text
		}
		got = append(got, s)
		if len(r.PartialFingerprints[fingerprintVersion]) == 0 {
			t.Errorf("result %s has no fingerprint", s)
		}
	}
	want := []string{"badword a.go", "leak a.go related:source", "badword a_test.go", "leak a_test.go related:source"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("results (-want +got):\n%s", diff)
	}
	if r := run.Results[0].Locations[0].PhysicalLocation.Region; r.StartLine != 3 || r.StartColumn != 13 || r.EndColumn != 33 {
		t.Errorf("region of a.go finding = %+v, want line 3, columns 13-33", r)
	}
}

func TestSARIFFingerprintsSurviveMovedLines(t *testing.T) {
	dir := copyFixture(t, "basic")
	before := decodeSARIF(t, runSARIF(t, dir, []*analysis.Analyzer{badwordAnalyzer()})).Runs[0].Results

	// Unrelated lines move the finding down; the fingerprint stays.
	a := filepath.Join(dir, "a.go")
	src := strings.Replace(readFile(t, a), "package basic\n", "package basic\n\n// Moved.\nvar _ = 1\n", 1)
	if err := os.WriteFile(a, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	after := decodeSARIF(t, runSARIF(t, dir, []*analysis.Analyzer{badwordAnalyzer()})).Runs[0].Results

	if len(before) != 2 || len(after) != 2 {
		t.Fatalf("got %d and %d results, want 2 and 2", len(before), len(after))
	}
	if b, a := before[0].Locations[0].PhysicalLocation.Region.StartLine,
		after[0].Locations[0].PhysicalLocation.Region.StartLine; b == a {
		t.Fatalf("the finding did not move (line %d)", a)
	}
	for i := range before {
		if b, a := before[i].PartialFingerprints, after[i].PartialFingerprints; !cmp.Equal(b, a) {
			t.Errorf("result %d: fingerprint changed from %v to %v", i, b, a)
		}
	}
	if cmp.Equal(after[0].PartialFingerprints, after[1].PartialFingerprints) {
		t.Errorf("two findings share a fingerprint")
	}
}

// compileSchema compiles the official schema, or skips the test when it
// is not there.
func compileSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	data, err := os.ReadFile(schemaFile)
	if os.IsNotExist(err) {
		t.Skipf("SARIF schema %s is missing; .ci/run fetches it with npm pack (see its README)", schemaFile)
	}
	if err != nil {
		t.Fatal(err)
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	const url = "file:///sarif-2.1.0-rtm.5.json"
	if err := c.AddResource(url, doc); err != nil {
		t.Fatal(err)
	}
	schema, err := c.Compile(url)
	if err != nil {
		t.Fatal(err)
	}
	return schema
}

func validate(schema *jsonschema.Schema, data []byte) error {
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		return err
	}
	return schema.Validate(inst)
}

func TestSARIFSchema(t *testing.T) {
	schema := compileSchema(t)
	for name, data := range map[string][]byte{
		"findings": runSARIF(t, fixture("basic"), []*analysis.Analyzer{leakAnalyzer(), badwordAnalyzer()}),
		"clean":    runSARIF(t, fixture("clean"), []*analysis.Analyzer{badwordAnalyzer()}),
		"error":    runSARIF(t, fixture("basic"), []*analysis.Analyzer{badwordAnalyzer(), boomAnalyzer()}),
	} {
		if err := validate(schema, data); err != nil {
			t.Errorf("%s: SARIF log does not validate: %v", name, err)
		}
	}
}

func TestSARIFSchemaRejectsBrokenLog(t *testing.T) {
	schema := compileSchema(t)
	good := runSARIF(t, fixture("basic"), []*analysis.Analyzer{badwordAnalyzer()})
	for name, broken := range map[string][]byte{
		"bad level":   bytes.Replace(good, []byte(`"level": "error"`), []byte(`"level": "fatal"`), 1),
		"bad version": bytes.Replace(good, []byte(`"version": "2.1.0"`), []byte(`"version": "2.0"`), 1),
		"no runs":     []byte(`{"version": "2.1.0"}`),
		"start line":  bytes.Replace(good, []byte(`"startLine": 3`), []byte(`"startLine": 0`), 1),
	} {
		if bytes.Equal(broken, good) {
			t.Fatalf("%s: the replacement did not apply", name)
		}
		if err := validate(schema, broken); err == nil {
			t.Errorf("%s: broken SARIF log validates", name)
		}
	}
}

func TestSARIFNotWrittenWhenRunFails(t *testing.T) {
	file := filepath.Join(t.TempDir(), "out.sarif")
	code, _, _ := zilint(t, fixture("clean"), []*analysis.Analyzer{badwordAnalyzer()},
		"-sarif", file, "-baseline", "nosuch.json")
	if _, err := os.Stat(file); code != ExitError || !os.IsNotExist(err) {
		t.Errorf("exit %d, stat %v; want %d and no SARIF file", code, err, ExitError)
	}
	code, _, stderr := zilint(t, fixture("clean"), []*analysis.Analyzer{badwordAnalyzer()},
		"-sarif", filepath.Join(t.TempDir(), "nosuchdir", "out.sarif"))
	if code != ExitError || !strings.Contains(stderr, "nosuchdir") {
		t.Errorf("unwritable SARIF file: exit %d, stderr %q", code, stderr)
	}
}
