package driver

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/tools/go/analysis"
)

const usage = "; write //zilint:ignore ANALYZER[,ANALYZER] REASON"

func TestSuppress(t *testing.T) {
	analyzers := []*analysis.Analyzer{badwordAnalyzer(), rivalAnalyzer()}
	code, stdout, stderr := zilint(t, fixture("suppress"), analyzers, "-badword")
	want := strings.Join([]string{
		"s.go:8:11: string contains BADWORD (badword)",
		"s.go:10:1: zilint:ignore directive gives no reason" + usage + " (zilint)",
		"s.go:11:11: string contains BADWORD (badword)",
		`s.go:13:1: zilint:ignore directive names unknown analyzer "nosuch" (zilint)`,
		"s.go:16:1: zilint:ignore directive for badword suppresses nothing on this line or the next; remove it (zilint)",
		"s.go:19:1: zilint:ignore directive for badword suppresses nothing on this line or the next; remove it (zilint)",
		"s.go:21:11: string contains BADWORD (badword)",
	}, "\n") + "\n"
	if diff := cmp.Diff(want, stdout); diff != "" {
		t.Errorf("stdout mismatch (-want +got):\n%s", diff)
	}
	if code != ExitFindings || stderr != "" {
		t.Errorf("exit status %d, stderr %q; want %d and empty", code, stderr, ExitFindings)
	}
}

func TestSuppressSeveralAnalyzers(t *testing.T) {
	analyzers := []*analysis.Analyzer{badwordAnalyzer(), rivalAnalyzer()}
	_, stdout, _ := zilint(t, fixture("suppress"), analyzers)
	for line := range strings.SplitSeq(stdout, "\n") {
		if strings.HasPrefix(line, "s.go:6:") || strings.HasPrefix(line, "s.go:4:11: string") {
			t.Errorf("suppressed finding reported: %s", line)
		}
	}
	if !strings.Contains(stdout, "s.go:4:11: rival finding (rival)\n") {
		t.Errorf("a directive for badword suppressed rival too:\n%s", stdout)
	}
}

func TestSuppressOnlyDirectivesClean(t *testing.T) {
	// Directive findings count as findings for the exit status; with
	// -fix they stay, since they have no fix.
	dir := copyFixture(t, "suppress")
	code, _, _ := zilint(t, dir, []*analysis.Analyzer{badwordAnalyzer()}, "-fix")
	if code != ExitFindings {
		t.Errorf("exit status = %d, want %d", code, ExitFindings)
	}
	if got := readFile(t, dir+"/s.go"); !strings.Contains(got, `const a = "BADWORD-1"`) {
		t.Errorf("-fix changed a suppressed finding:\n%s", got)
	}
}

func TestSuppressFlowAtSink(t *testing.T) {
	code, stdout, _ := zilint(t, fixture("suppressflow"), []*analysis.Analyzer{taintAnalyzer()})
	want := "use/use.go:12:30: call to Secret returns a bad word (taint)\n"
	if code != ExitFindings || stdout != want {
		t.Errorf("got %d %q, want %d %q", code, stdout, ExitFindings, want)
	}
}

func TestParseDirective(t *testing.T) {
	tests := []struct {
		text   string
		names  []string
		reason string
		ok     bool
		err    string
	}{
		{"// zilint:ignore badword spaced", nil, "", false, ""},
		{"//zilint:ignorebadword x", nil, "", false, ""},
		{"//nolint:zilint", nil, "", false, ""},
		{"//zilint:ignore badword why", []string{"badword"}, "why", true, ""},
		{"//zilint:ignore a,b  two  words ", []string{"a", "b"}, "two  words", true, ""},
		{"//zilint:ignore\tbadword\twhy", []string{"badword"}, "why", true, ""},
		{"//zilint:ignore badword", []string{"badword"}, "", true, "gives no reason"},
		{"//zilint:ignore", nil, "", true, "names no analyzer"},
		{"//zilint:ignore a,,b why", nil, "", true, "empty analyzer name"},
	}
	for _, tt := range tests {
		names, reason, ok, err := parseDirective(tt.text)
		gotErr := ""
		if err != nil {
			gotErr = err.Error()
		}
		if !cmp.Equal(names, tt.names) || reason != tt.reason || ok != tt.ok || !strings.Contains(gotErr, tt.err) ||
			(tt.err == "") != (err == nil) {
			t.Errorf("parseDirective(%q) = %q, %q, %v, %v; want %q, %q, %v, %q",
				tt.text, names, reason, ok, err, tt.names, tt.reason, tt.ok, tt.err)
		}
	}
}

func FuzzDirective(f *testing.F) {
	f.Add("//zilint:ignore hardcodedkey fixture only")
	f.Add("//zilint:ignore a,b reason")
	f.Add("//zilint:ignore")
	f.Add("//zilint:ignore ,")
	f.Add("//zilint:ignore\u00a0x y")
	f.Add("//zilint:ignore\xff")
	f.Fuzz(func(t *testing.T, text string) {
		names, reason, ok, err := parseDirective(text)
		if !ok {
			if names != nil || reason != "" || err != nil {
				t.Fatalf("not a directive, yet %q %q %v", names, reason, err)
			}
			return
		}
		if !strings.HasPrefix(text, directivePrefix) {
			t.Fatalf("%q accepted without the prefix", text)
		}
		if err != nil {
			return
		}
		if len(names) == 0 || reason == "" || reason != strings.TrimSpace(reason) {
			t.Fatalf("well-formed directive %q gave names %q, reason %q", text, names, reason)
		}
		for _, n := range names {
			if n == "" || strings.ContainsAny(n, ", \t\n") {
				t.Fatalf("directive %q gave bad name %q", text, n)
			}
		}
	})
}
