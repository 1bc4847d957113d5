package driver

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/tools/go/analysis"
)

// The fixed sources of testdata/basic, written by hand.
const (
	fixedA = `package basic

const key = "REDACTED"

// Greeting returns a greeting.
func Greeting() string { return "hello" }
`
	fixedTest = `package basic

import "testing"

func TestGreeting(t *testing.T) {
	if Greeting() != "hello" {
		t.Fatal("REDACTED")
	}
}
`
)

func TestFix(t *testing.T) {
	dir := copyFixture(t, "basic")
	a := filepath.Join(dir, "a.go")
	if err := os.Chmod(a, 0o640); err != nil {
		t.Fatal(err)
	}

	code, stdout, stderr := zilint(t, dir, []*analysis.Analyzer{badwordAnalyzer()}, "-fix")
	if code != ExitClean || stdout != "" || stderr != "" {
		t.Errorf("zilint -fix = %d, %q, %q; want %d and no output", code, stdout, stderr, ExitClean)
	}
	if diff := cmp.Diff(fixedA, readFile(t, a)); diff != "" {
		t.Errorf("a.go mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(fixedTest, readFile(t, filepath.Join(dir, "a_test.go"))); diff != "" {
		t.Errorf("a_test.go mismatch (-want +got):\n%s", diff)
	}
	if info, err := os.Stat(a); err != nil || info.Mode().Perm() != 0o640 {
		t.Errorf("a.go mode after fix = %v, %v; want 0640", info.Mode().Perm(), err)
	}

	code, stdout, stderr = zilint(t, dir, []*analysis.Analyzer{badwordAnalyzer()})
	if code != ExitClean || stdout != "" || stderr != "" {
		t.Errorf("second run = %d, %q, %q; want a clean run", code, stdout, stderr)
	}
}

func TestDiff(t *testing.T) {
	dir := copyFixture(t, "basic")
	code, stdout, stderr := zilint(t, dir, []*analysis.Analyzer{badwordAnalyzer()}, "-diff")
	if code != ExitFindings || stderr != "" {
		t.Errorf("zilint -diff = %d, stderr %q; want %d and no errors", code, stderr, ExitFindings)
	}

	// The secret never shows, but its masked hint does; the fix does too.
	if strings.Contains(stdout, "BADWORD-0123456789") {
		t.Errorf("diff shows the secret:\n%s", stdout)
	}
	for _, want := range []string{
		"--- a/a.go\n+++ b/a.go\n",
		"-const key = \"BAD…(20 chars)\n",
		"+const key = \"REDACTED\"\n",
		"--- a/a_test.go\n+++ b/a_test.go\n",
		"-\t\tt.Fatal(\"BAD…(17 chars))\n",
		"+\t\tt.Fatal(\"REDACTED\")\n",
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("diff lacks %q:\n%s", want, stdout)
		}
	}

	// Nothing is written.
	for _, name := range []string{"a.go", "a_test.go"} {
		if got, want := readFile(t, filepath.Join(dir, name)), readFile(t, filepath.Join(fixture("basic"), name)); got != want {
			t.Errorf("-diff modified %s", name)
		}
	}
}

func TestOverlappingFixes(t *testing.T) {
	dir := copyFixture(t, "basic")
	analyzers := []*analysis.Analyzer{badwordAnalyzer(), rivalAnalyzer()}
	code, stdout, stderr := zilint(t, dir, analyzers, "-fix")

	// badword sorts before rival at the same position, so its fixes win
	// and rival's findings remain.
	if code != ExitFindings {
		t.Errorf("exit status = %d, want %d", code, ExitFindings)
	}
	wantErr := `zilint: a.go:3:13: skipped fix "Empty the literal" (rival): it overlaps another fix` + "\n" +
		`zilint: a_test.go:7:11: skipped fix "Empty the literal" (rival): it overlaps another fix` + "\n"
	if stderr != wantErr {
		t.Errorf("stderr = %q, want %q", stderr, wantErr)
	}
	wantOut := "a.go:3:13: rival finding (rival)\na_test.go:7:11: rival finding (rival)\n"
	if stdout != wantOut {
		t.Errorf("stdout = %q, want %q", stdout, wantOut)
	}
	if diff := cmp.Diff(fixedA, readFile(t, filepath.Join(dir, "a.go"))); diff != "" {
		t.Errorf("a.go mismatch (-want +got):\n%s", diff)
	}
}

func TestPlanFixesDropsDuplicates(t *testing.T) {
	e := edit{file: "f.go", start: 10, end: 20, text: "x"}
	findings := []finding{
		{analyzer: "a", fixes: []suggestedFix{{edits: []edit{e}}}},
		{analyzer: "a", fixes: []suggestedFix{{edits: []edit{e}}}},
		{analyzer: "b", fixes: []suggestedFix{{edits: []edit{{file: "f.go", start: 19, end: 25}}}}},
		{analyzer: "c", fixes: []suggestedFix{{edits: []edit{{file: "f.go", start: 20, end: 25}}}}},
	}
	o := &output{stderr: new(strings.Builder)}
	plan := o.planFixes(findings)
	if diff := cmp.Diff([]bool{true, true, false, true}, plan.fixed); diff != "" {
		t.Errorf("fixed mismatch (-want +got):\n%s", diff)
	}
	if n := len(plan.edits["f.go"]); n != 2 {
		t.Errorf("%d edits planned, want 2", n)
	}
}

func TestApplyEdits(t *testing.T) {
	got, err := applyEdits([]byte("0123456789"), []edit{
		{start: 1, end: 3, text: "ab"},
		{start: 8, end: 8, text: "++"},
		{start: 4, end: 6},
	})
	if err != nil || string(got) != "0ab367++89" {
		t.Errorf("applyEdits = %q, %v; want %q", got, err, "0ab367++89")
	}
	if _, err := applyEdits([]byte("short"), []edit{{start: 3, end: 9}}); err == nil {
		t.Error("applyEdits accepted an edit past the end")
	}
}

func TestMaskLines(t *testing.T) {
	text := "-x := `line one secret\n-second line here`\n"
	got := maskLines(text, []string{"`line one secret", "second line here`"})
	want := "-x := `lin…(16 chars)\n-seco…(17 chars)\n"
	if got != want {
		t.Errorf("maskLines = %q, want %q", got, want)
	}
}

// TestJSONScrubsMessages: a message that quotes a secret-looking token
// (an analyzer's mistake) is masked in -json as in text output.
func TestJSONScrubsMessages(t *testing.T) {
	const token = "q8Zr3LmT7vXw2Kp9Ns4Hd6Jf" // generated, visibly fake
	d := toJSON(finding{
		message: `key "` + token + `" leaked`,
		related: []related{{message: `from "` + token + `"`}},
	})
	if strings.Contains(d.Message, token) || strings.Contains(d.Related[0].Message, token) {
		t.Errorf("-json shows the token: %q, %q", d.Message, d.Related[0].Message)
	}
}
