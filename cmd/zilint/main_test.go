package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"testing"

	"github.com/zilint/zilint/analyzers"
	"github.com/zilint/zilint/internal/driver"
)

// binary is the zilint executable built by TestMain.
var binary string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "zilint-e2e")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	binary = filepath.Join(dir, "zilint")
	// The runs share a result cache of their own, not the user's.
	if err := os.Setenv(driver.CacheEnv, filepath.Join(dir, "cache")); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	build := exec.Command("go", "build", "-o", binary, ".")
	if out, err := build.CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "go build: %v\n%s", err, out)
		os.Exit(1)
	}
	code := m.Run()
	_ = os.RemoveAll(dir)
	os.Exit(code)
}

// run runs the command name (the zilint binary when "") with args in the
// testdata directory dir, and returns its exit status and output.
func run(t *testing.T, dir, name string, args ...string) (int, string, string) {
	t.Helper()
	if name == "" {
		name = binary
	}
	cmd := exec.Command(name, args...)
	cmd.Dir = filepath.Join("testdata", dir)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	var exit *exec.ExitError
	if err != nil && !errors.As(err, &exit) {
		t.Fatalf("%s %q: %v", name, args, err)
	}
	return cmd.ProcessState.ExitCode(), stdout.String(), stderr.String()
}

func TestCleanRun(t *testing.T) {
	code, stdout, stderr := run(t, "ok", "")
	if code != driver.ExitClean || stdout != "" || stderr != "" {
		t.Errorf("zilint = %d, %q, %q; want a clean run", code, stdout, stderr)
	}
}

func TestBadInput(t *testing.T) {
	abs, err := filepath.Abs("testdata")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, dir string
		args      []string
		stderr    string
	}{
		{"pattern matches nothing", "ok", []string{"./nosuchdir/..."},
			"zilint: pattern ./nosuchdir/...: lstat ./nosuchdir/: no such file or directory\n"},
		{"no Go files below", "ok", []string{"./docs/..."},
			"zilint: ./docs/... matched no packages\n"},
		{"no Go files", "ok", []string{"./docs"},
			"zilint: no Go files in " + filepath.Join(abs, "ok", "docs") + "\n"},
		{"nonexistent directory", "ok", []string{"./nosuch"},
			"zilint: stat " + filepath.Join(abs, "ok", "nosuch") + ": directory not found\n"},
		{"syntax error", "syntax", nil,
			"zilint: bad.go:3:9: expected operand, found ')'\n" +
				"zilint: bad.go:3:11: expected ';', found 'EOF'\n"},
		{"type error", "typeerr", []string{"./..."},
			`zilint: typeerr.go:3:13: cannot use "x" (untyped string constant) as int value in variable declaration` + "\n"},
		{"unknown flag", "ok", []string{"-bogus"},
			"zilint: flag provided but not defined: -bogus\nzilint: run 'zilint -h' for usage\n"},
		{"bad flag value", "ok", []string{"-test=maybe"},
			`zilint: invalid boolean value "maybe" for -test: parse error` + "\nzilint: run 'zilint -h' for usage\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := run(t, tt.dir, "", tt.args...)
			if code != driver.ExitError {
				t.Errorf("exit status = %d, want %d", code, driver.ExitError)
			}
			if stdout != "" {
				t.Errorf("stdout = %q, want empty", stdout)
			}
			if stderr != tt.stderr {
				t.Errorf("stderr = %q, want %q", stderr, tt.stderr)
			}
		})
	}
}

func TestUnreadableDirectory(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("running as root: chmod 000 does not deny reading")
	}
	dir := filepath.Join("testdata", "unreadable")
	if err := os.Chmod(dir, 0o000); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = os.Chmod(dir, 0o755) })

	code, stdout, stderr := run(t, "ok", "", "../unreadable/...")
	if code != driver.ExitError || stdout != "" || !strings.HasPrefix(stderr, "zilint: ") {
		t.Errorf("zilint = %d, %q, %q; want exit %d and an error", code, stdout, stderr, driver.ExitError)
	}
}

func TestHelp(t *testing.T) {
	for _, flag := range []string{"-h", "-help"} {
		code, stdout, stderr := run(t, "ok", "", flag)
		if code != driver.ExitClean || stderr != "" {
			t.Errorf("zilint %s = %d, stderr %q; want %d", flag, code, stderr, driver.ExitClean)
		}
		want := []string{"usage: zilint [flags] [packages]", "  -json\n", "  -fix\n", "  -diff\n",
			"  -tags string\n", "  -version\n", "also load and analyze test files (default true)"}
		for _, a := range analyzers.All() {
			title, _, _ := strings.Cut(a.Doc, "\n")
			title, ok := strings.CutPrefix(title, a.Name+": ")
			if !ok {
				t.Errorf("%s.Doc does not open with the x/tools title %q", a.Name, a.Name+": …")
			}
			want = append(want, "  -"+a.Name+"\n")
			row := regexp.MustCompile(`\n  ` + regexp.QuoteMeta(a.Name) + ` +` + regexp.QuoteMeta(title) + `\n`)
			if !row.MatchString(stdout) {
				t.Errorf("zilint %s does not list analyzer %s with %q:\n%s", flag, a.Name, title, stdout)
			}
		}
		for _, w := range want {
			if !strings.Contains(stdout, w) {
				t.Errorf("zilint %s output lacks %q:\n%s", flag, w, stdout)
			}
		}
	}
}

func TestVersion(t *testing.T) {
	code, stdout, stderr := run(t, "ok", "", "-version")
	if code != driver.ExitClean || stderr != "" {
		t.Errorf("zilint -version = %d, stderr %q", code, stderr)
	}
	want := regexp.MustCompile(`^zilint version (\(devel\)|v\S+)( [0-9a-f]+(\+dirty)?)? ` +
		regexp.QuoteMeta(runtime.Version()) + "\n$")
	if !want.MatchString(stdout) {
		t.Errorf("zilint -version = %q, want a match of %s", stdout, want)
	}
}

func TestGoVet(t *testing.T) {
	code, stdout, stderr := run(t, "ok", "go", "vet", "-vettool="+binary, "./...")
	if code != 0 || stdout != "" || stderr != "" {
		t.Errorf("go vet -vettool = %d, %q, %q; want a clean run", code, stdout, stderr)
	}

	// Analyzer flags pass through go vet to the tool.
	code, _, stderr = run(t, "ok", "go", "vet", "-vettool="+binary, "-hardcodedkey", "./...")
	if code != 0 || stderr != "" {
		t.Errorf("go vet -vettool -hardcodedkey = %d, %q; want a clean run", code, stderr)
	}
}

func TestGoFix(t *testing.T) {
	code, stdout, stderr := run(t, "ok", "go", "fix", "-fixtool="+binary, "./...")
	if code != 0 || stdout != "" || stderr != "" {
		t.Errorf("go fix -fixtool = %d, %q, %q; want a clean run", code, stdout, stderr)
	}
}

func TestLoadErrorDoesNotLeak(t *testing.T) {
	const secret = "tWq2aZEkJXUvpqd4XYtYMLgcSChfAVEea52b" // the literal in the fixture
	code, stdout, stderr := run(t, "typeerrsecret", "")
	if code != driver.ExitError || !strings.Contains(stderr, "t.go:4:18: cannot use") {
		t.Errorf("zilint = exit %d, stderr %q; want the type error and exit %d", code, stderr, driver.ExitError)
	}
	if strings.Contains(stdout+stderr, secret) {
		t.Errorf("the type error shows the literal whole:\n%s", stderr)
	}
}
