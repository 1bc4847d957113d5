package driver

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
)

// gitRepo creates a git repository holding a module with one old
// finding committed on main, then a branch feature that adds a finding
// to the same file, and returns its directory. It makes it the current
// directory, since git (through revgrep) runs there.
func gitRepo(t *testing.T) string {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	dir := t.TempDir()
	t.Chdir(dir)
	write := func(name, content string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	git := func(args ...string) {
		t.Helper()
		cmd := exec.Command("git", append([]string{"-c", "user.name=zilint test",
			"-c", "user.email=test@example.com", "-c", "commit.gpgsign=false"}, args...)...)
		cmd.Dir = dir
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, out)
		}
	}

	git("init", "-q", "-b", "main")
	write("go.mod", "module example.com/newfrom\n\ngo 1.26\n")
	write("a.go", "package newfrom\n\nconst old = \"BADWORD-old\"\n")
	git("add", ".")
	git("commit", "-q", "-m", "old finding")
	git("checkout", "-q", "-b", "feature")
	write("a.go", "package newfrom\n\n// Moved by a comment.\nconst old = \"BADWORD-old\"\n\nconst added = \"BADWORD-new\"\n")
	git("commit", "-q", "-am", "new finding")
	git("checkout", "-q", "-b", "later")
	return dir
}

const addedFinding = "a.go:6:15: string contains BADWORD (badword)\n"

func TestNewFromRev(t *testing.T) {
	dir := gitRepo(t)
	analyzers := []*analysis.Analyzer{badwordAnalyzer()}

	code, stdout, stderr := zilint(t, dir, analyzers, "-new-from-rev", "HEAD~1")
	if code != ExitFindings || stdout != addedFinding {
		t.Errorf("-new-from-rev HEAD~1: exit %d, stdout %q, stderr %q; want %d, %q",
			code, stdout, stderr, ExitFindings, addedFinding)
	}

	// Untracked files count as new.
	if err := os.WriteFile(filepath.Join(dir, "b.go"), []byte("package newfrom\n\nvar b = \"BADWORD-b\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, _ = zilint(t, dir, analyzers, "-new-from-rev", "HEAD")
	if want := "b.go:3:9: string contains BADWORD (badword)\n"; code != ExitFindings || stdout != want {
		t.Errorf("-new-from-rev HEAD: exit %d, stdout %q; want %d, %q", code, stdout, ExitFindings, want)
	}
}

func TestNewFromMergeBase(t *testing.T) {
	dir := gitRepo(t)
	analyzers := []*analysis.Analyzer{badwordAnalyzer()}

	code, stdout, stderr := zilint(t, dir, analyzers, "-new-from-merge-base", "main")
	if code != ExitFindings || stdout != addedFinding {
		t.Errorf("-new-from-merge-base main: exit %d, stdout %q, stderr %q; want %d, %q",
			code, stdout, stderr, ExitFindings, addedFinding)
	}
	code, stdout, _ = zilint(t, dir, analyzers, "-new-from-merge-base", "feature")
	if code != ExitClean || stdout != "" {
		t.Errorf("-new-from-merge-base feature: exit %d, stdout %q; want %d, nothing", code, stdout, ExitClean)
	}
}

func TestNewFromErrors(t *testing.T) {
	dir := gitRepo(t)
	for _, args := range [][]string{
		{"-new-from-rev", "nosuchrev"},
		{"-new-from-merge-base", "nosuchbranch"},
		{"-new-from-rev", "HEAD", "-new-from-merge-base", "main"},
	} {
		code, stdout, stderr := zilint(t, dir, []*analysis.Analyzer{badwordAnalyzer()}, args...)
		if code != ExitError || stdout != "" || !strings.Contains(stderr, "-new-from-") {
			t.Errorf("%q: exit %d, stdout %q, stderr %q; want %d and an error naming the flag",
				args, code, stdout, stderr, ExitError)
		}
	}
}
