package driver

import (
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/tools/go/analysis"
)

// Findings in testdata/basic, written from the fixture's source: a.go is
// in both example.com/basic and its test variant, yet reports once.
const (
	basicA    = "a.go:3:13: string contains BADWORD (badword)"
	basicTest = "a_test.go:7:11: string contains BADWORD (badword)"
)

func TestTextOutput(t *testing.T) {
	code, stdout, stderr := zilint(t, fixture("basic"), []*analysis.Analyzer{badwordAnalyzer()})
	if code != ExitFindings {
		t.Errorf("exit status = %d, want %d", code, ExitFindings)
	}
	want := basicA + "\n" + basicTest + "\n"
	if diff := cmp.Diff(want, stdout); diff != "" {
		t.Errorf("stdout mismatch (-want +got):\n%s", diff)
	}
	if stderr != "" {
		t.Errorf("stderr = %q, want empty", stderr)
	}
}

func TestNoTests(t *testing.T) {
	code, stdout, _ := zilint(t, fixture("basic"), []*analysis.Analyzer{badwordAnalyzer()}, "-test=false")
	if code != ExitFindings || stdout != basicA+"\n" {
		t.Errorf("got %d %q, want %d %q", code, stdout, ExitFindings, basicA+"\n")
	}
}

func TestAnalyzerFlag(t *testing.T) {
	code, stdout, _ := zilint(t, fixture("basic"), []*analysis.Analyzer{badwordAnalyzer()},
		"-badword.skip-tests", "./...")
	if code != ExitFindings || stdout != basicA+"\n" {
		t.Errorf("got %d %q, want %d %q", code, stdout, ExitFindings, basicA+"\n")
	}
}

func TestSelectAnalyzers(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{nil, "badword rival"},
		{[]string{"-rival"}, "rival"},
		{[]string{"-rival=true"}, "rival"},
		{[]string{"-badword=false"}, "rival"},
		{[]string{"-badword", "-rival=false"}, "badword"},
	}
	for _, tt := range tests {
		all := []*analysis.Analyzer{badwordAnalyzer(), rivalAnalyzer()}
		opts, err := parseFlags(tt.args, all, new(strings.Builder))
		if err != nil {
			t.Fatalf("parseFlags(%q): %v", tt.args, err)
		}
		var names []string
		for _, a := range opts.analyzers {
			names = append(names, a.Name)
		}
		if got := strings.Join(names, " "); got != tt.want {
			t.Errorf("parseFlags(%q) selects %q, want %q", tt.args, got, tt.want)
		}
	}
}

func TestJSONOutput(t *testing.T) {
	dir, err := filepath.Abs(fixture("basic"))
	if err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := zilint(t, dir, []*analysis.Analyzer{badwordAnalyzer(), boomAnalyzer()}, "-json")
	if code != ExitError {
		t.Errorf("exit status = %d, want %d", code, ExitError)
	}
	if want := "zilint: boom: example.com/basic: panic: kaboom\n"; stderr != want {
		t.Errorf("stderr = %q, want %q", stderr, want)
	}

	var got map[string]map[string]json.RawMessage
	if err := json.Unmarshal([]byte(stdout), &got); err != nil {
		t.Fatalf("stdout is not JSON: %v\n%s", err, stdout)
	}
	var diags []jsonDiagnostic
	if err := json.Unmarshal(got["example.com/basic"]["badword"], &diags); err != nil {
		t.Fatal(err)
	}
	a, test := filepath.Join(dir, "a.go"), filepath.Join(dir, "a_test.go")
	fix := func(file string, start, end int) []jsonSuggestedFix {
		return []jsonSuggestedFix{{Message: "Replace the literal",
			Edits: []jsonTextEdit{{Filename: file, Start: start, End: end, New: `"REDACTED"`}}}}
	}
	want := []jsonDiagnostic{
		{Posn: a + ":3:13", End: a + ":3:33", Message: "string contains BADWORD",
			Category: "secret", SuggestedFixes: fix(a, 27, 47)},
		{Posn: test + ":7:11", End: test + ":7:28", Message: "string contains BADWORD",
			Category: "secret", SuggestedFixes: fix(test, 105, 122)},
	}
	if diff := cmp.Diff(want, diags); diff != "" {
		t.Errorf("badword diagnostics mismatch (-want +got):\n%s", diff)
	}
	var boom map[string]string
	if err := json.Unmarshal(got["example.com/basic"]["boom"], &boom); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(map[string]string{"error": "panic: kaboom"}, boom); diff != "" {
		t.Errorf("boom error mismatch (-want +got):\n%s", diff)
	}
	if len(got) != 1 || len(got["example.com/basic"]) != 2 {
		t.Errorf("unexpected packages or analyzers in JSON:\n%s", stdout)
	}
}

func TestExitStatus(t *testing.T) {
	tests := []struct {
		name    string
		fixture string
		args    []string
		boom    bool
		want    int
	}{
		{"clean", "clean", nil, false, ExitClean},
		{"clean json", "clean", []string{"-json"}, false, ExitClean},
		{"findings", "basic", nil, false, ExitFindings},
		{"findings json", "basic", []string{"-json"}, false, ExitFindings},
		{"error", "clean", nil, true, ExitError},
		{"error and findings", "basic", nil, true, ExitError},
		{"help", "clean", []string{"-h"}, false, ExitClean},
		{"version", "clean", []string{"-version"}, false, ExitClean},
		{"json with fix", "clean", []string{"-json", "-fix"}, false, ExitError},
		{"no match", "clean", []string{"./nosuchdir/..."}, false, ExitError},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			analyzers := []*analysis.Analyzer{badwordAnalyzer()}
			if tt.boom {
				analyzers = append(analyzers, boomAnalyzer())
			}
			code, _, _ := zilint(t, fixture(tt.fixture), analyzers, tt.args...)
			if code != tt.want {
				t.Errorf("exit status = %d, want %d", code, tt.want)
			}
		})
	}
}

func TestPanickingAnalyzer(t *testing.T) {
	analyzers := []*analysis.Analyzer{badwordAnalyzer(), boomAnalyzer()}
	code, stdout, stderr := zilint(t, fixture("basic"), analyzers, "./...")
	if code != ExitError {
		t.Errorf("exit status = %d, want %d", code, ExitError)
	}
	// The panic is reported once although it happens in the package and
	// in its test variant; the other analyzer's findings still print.
	if want := "zilint: boom: example.com/basic: panic: kaboom\n"; stderr != want {
		t.Errorf("stderr = %q, want %q", stderr, want)
	}
	if want := basicA + "\n" + basicTest + "\n"; stdout != want {
		t.Errorf("stdout = %q, want %q", stdout, want)
	}
}

func TestFactsAcrossPackages(t *testing.T) {
	code, stdout, stderr := zilint(t, fixture("facts"), []*analysis.Analyzer{taintAnalyzer()}, "./use")
	if code != ExitFindings || stderr != "" {
		t.Errorf("exit status = %d, stderr = %q; want %d and no errors", code, stderr, ExitFindings)
	}
	want := filepath.Join("use", "use.go") + ":5:28: call to Secret returns a bad word (taint)\n"
	if stdout != want {
		t.Errorf("stdout = %q, want %q", stdout, want)
	}
}

func TestUsageErrors(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"-bogus"}, "zilint: flag provided but not defined: -bogus\n" +
			"zilint: run 'zilint -h' for usage\n"},
		{[]string{"-json", "-diff"}, "zilint: -json cannot be combined with -fix or -diff\n" +
			"zilint: run 'zilint -h' for usage\n"},
		{[]string{"./nosuchdir/..."}, "zilint: pattern ./nosuchdir/...: " +
			"lstat ./nosuchdir/: no such file or directory\n"},
	}
	for _, tt := range tests {
		code, stdout, stderr := zilint(t, fixture("clean"), []*analysis.Analyzer{badwordAnalyzer()}, tt.args...)
		if code != ExitError || stdout != "" || stderr != tt.want {
			t.Errorf("zilint %q = %d, %q, %q; want %d, \"\", %q",
				tt.args, code, stdout, stderr, ExitError, tt.want)
		}
	}
}

func TestHelp(t *testing.T) {
	code, stdout, stderr := zilint(t, fixture("clean"), []*analysis.Analyzer{badwordAnalyzer()}, "-help")
	if code != ExitClean || stderr != "" {
		t.Errorf("exit status = %d, stderr = %q", code, stderr)
	}
	for _, want := range []string{
		"usage: zilint [flags] [packages]",
		"  badword  report BADWORD literals\n",
		"  -badword.skip-tests\n",
		"  -test\n    \talso load and analyze test files (default true)",
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("usage lacks %q:\n%s", want, stdout)
		}
	}
	if strings.Contains(stdout, "More text.") {
		t.Errorf("usage shows more than the first line of Doc:\n%s", stdout)
	}
}

func TestIsVetTool(t *testing.T) {
	tests := []struct {
		args []string
		want bool
	}{
		{[]string{"-flags"}, true},
		{[]string{"-V=full"}, true},
		{[]string{"-json", "/tmp/b001/vet.cfg"}, true},
		{[]string{"-fix", "-diff", "vet.cfg"}, true},
		{nil, false},
		{[]string{"-version"}, false},
		{[]string{"-json", "./..."}, false},
	}
	for _, tt := range tests {
		if got := IsVetTool(tt.args); got != tt.want {
			t.Errorf("IsVetTool(%q) = %v, want %v", tt.args, got, tt.want)
		}
	}
}

func TestBuildTags(t *testing.T) {
	analyzers := []*analysis.Analyzer{badwordAnalyzer()}
	code, stdout, _ := zilint(t, fixture("tags"), analyzers)
	if code != ExitClean || stdout != "" {
		t.Errorf("without -tags: %d %q, want a clean run", code, stdout)
	}
	code, stdout, _ = zilint(t, fixture("tags"), analyzers, "-tags", "zitag")
	if want := "tagged.go:5:16: string contains BADWORD (badword)\n"; code != ExitFindings || stdout != want {
		t.Errorf("with -tags zitag: %d %q, want %d %q", code, stdout, ExitFindings, want)
	}
}

// TestRequiredAnalyzerFlags: the flags of an analysis that is only
// required (like credflow) are set as -NAME.FLAG too.
func TestRequiredAnalyzerFlags(t *testing.T) {
	var level string
	base := &analysis.Analyzer{Name: "base", Doc: "base: a required analysis", Run: func(*analysis.Pass) (any, error) { return nil, nil }}
	base.Flags.StringVar(&level, "level", "", "a setting")
	top := &analysis.Analyzer{Name: "top", Doc: "top: reports", Requires: []*analysis.Analyzer{base},
		Run: func(*analysis.Pass) (any, error) { return nil, nil }}
	if _, err := parseFlags([]string{"-base.level=deep", "./..."}, []*analysis.Analyzer{top}, io.Discard); err != nil {
		t.Fatal(err)
	}
	if level != "deep" {
		t.Errorf("-base.level set %q, want deep", level)
	}
	if _, err := parseFlags([]string{"-base"}, []*analysis.Analyzer{top}, io.Discard); err == nil {
		t.Error("-base was accepted: a required analysis cannot be turned on or off")
	}
}

// TestBrokenTestFile: a type error in an in-package test file fails the
// test variant, which normally reports for the package; the package's
// own files are then analyzed and reported all the same.
func TestBrokenTestFile(t *testing.T) {
	code, stdout, stderr := zilint(t, fixture("brokentest"), []*analysis.Analyzer{badwordAnalyzer()}, ".")
	if code != ExitError {
		t.Errorf("exit status = %d, want %d", code, ExitError)
	}
	if want := "p.go:3:13: string contains BADWORD (badword)\n"; stdout != want {
		t.Errorf("stdout = %q, want %q", stdout, want)
	}
	if !strings.Contains(stderr, "p_test.go:3:18: cannot use") {
		t.Errorf("stderr = %q, want the test file's type error", stderr)
	}
}

// TestBrokenDependency: a dependency in your own module whose function
// body does not compile is an error, whether or not anything makes the
// dependency worth analyzing.
func TestBrokenDependency(t *testing.T) {
	for _, env := range []Env{{}, {Relevant: func([]byte) bool { return false }}} {
		var stdout, stderr strings.Builder
		env.Dir, env.Stdout, env.Stderr = fixture("brokendep"), &stdout, &stderr
		code := Run([]string{"./root"}, []*analysis.Analyzer{badwordAnalyzer()}, env)
		if code != ExitError || !strings.Contains(stderr.String(), "bdep.go:4:25: cannot use") {
			t.Errorf("relevance filter set: %v: exit %d, stderr %q; want %d and the type error in bdep.go",
				env.Relevant != nil, code, stderr.String(), ExitError)
		}
	}
}

// TestVariantsAboveImporters runs packages whose test variants import
// each other's importers (net/url's test imports encoding/json, whose
// test imports net/http, which imports net/url): the wait of a package
// for its variant must not close a cycle.
func TestVariantsAboveImporters(t *testing.T) {
	code, _, _ := zilintWithin(t, 2*time.Minute, fixture("clean"), []*analysis.Analyzer{badwordAnalyzer()}, "net/url", "encoding/json", "crypto/tls")
	if code != ExitClean {
		t.Errorf("exit status = %d, want %d", code, ExitClean)
	}
}

// TestLonelyStandIn: the stand-in for a test variant that does not list
// is the only package to analyze, with nothing else checked to size the
// memory budget by; it must still get its turn.
func TestLonelyStandIn(t *testing.T) {
	code, stdout, _ := zilintWithin(t, 2*time.Minute, fixture("lonelytest"), []*analysis.Analyzer{badwordAnalyzer()}, ".")
	if want := "lonely.go:3:13: string contains BADWORD (badword)\n"; code != ExitError || stdout != want {
		t.Errorf("got %d %q, want %d %q", code, stdout, ExitError, want)
	}
}

// zilintWithin is zilint that fails the test when the run does not end
// within d: the driver waits in a cycle.
func zilintWithin(t *testing.T, d time.Duration, dir string, analyzers []*analysis.Analyzer, args ...string) (int, string, string) {
	t.Helper()
	type result struct {
		code           int
		stdout, stderr string
	}
	done := make(chan result, 1)
	go func() {
		var stdout, stderr strings.Builder
		code := Run(args, analyzers, Env{Dir: dir, Stdout: &stdout, Stderr: &stderr})
		done <- result{code, stdout.String(), stderr.String()}
	}()
	select {
	case r := <-done:
		return r.code, r.stdout, r.stderr
	case <-time.After(d):
		t.Fatalf("no result after %v: the driver waits forever", d)
		return 0, "", ""
	}
}

// TestTestsThatDoNotList: when a package's test variant does not even
// list (its test imports a missing package, directly or through a
// helper, or closes an import cycle), the package reports its own files.
// A main package in a directory named x.test is the user's, not a
// generated test main.
func TestTestsThatDoNotList(t *testing.T) {
	code, stdout, stderr := zilint(t, fixture("testlisterr"), []*analysis.Analyzer{badwordAnalyzer()}, "./...")
	if code != ExitError || stderr == "" {
		t.Errorf("exit status = %d, stderr %q; want %d and the listing errors", code, stderr, ExitError)
	}
	want := filepath.Join("cyc", "cyc.go") + ":3:13: string contains BADWORD (badword)\n" +
		filepath.Join("gen.test", "main.go") + ":4:13: string contains BADWORD (badword)\n" +
		filepath.Join("helper", "helper.go") + ":3:13: string contains BADWORD (badword)\n" +
		filepath.Join("p", "p.go") + ":3:13: string contains BADWORD (badword)\n"
	if stdout != want {
		t.Errorf("stdout mismatch (-want +got):\n%s", cmp.Diff(want, stdout))
	}
}

func TestProfiles(t *testing.T) {
	dir := t.TempDir()
	cpu, mem := filepath.Join(dir, "cpu.pprof"), filepath.Join(dir, "mem.pprof")
	code, stdout, stderr := zilint(t, fixture("basic"), []*analysis.Analyzer{badwordAnalyzer()}, "-cpuprofile", cpu, "-memprofile", mem, ".")
	if code != ExitFindings || stdout != basicA+"\n"+basicTest+"\n" || stderr != "" {
		t.Errorf("with profiles: %d %q %q; want the usual findings", code, stdout, stderr)
	}
	for _, file := range []string{cpu, mem} {
		data, err := os.ReadFile(file)
		if err != nil || len(data) < 2 || data[0] != 0x1f || data[1] != 0x8b {
			t.Errorf("%s: %v, %d bytes; want a gzipped pprof profile", file, err, len(data))
		}
	}
	code, _, stderr = zilint(t, fixture("basic"), []*analysis.Analyzer{badwordAnalyzer()}, "-cpuprofile", filepath.Join(dir, "no", "such", "dir", "cpu.pprof"), ".")
	if code != ExitError || !strings.Contains(stderr, "no such file or directory") {
		t.Errorf("unwritable profile: %d %q; want %d and the error", code, stderr, ExitError)
	}
}
