package main

import (
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// fakeAPIKey is a visibly fake, reproducible 40-character key.
func fakeAPIKey() string {
	const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
	r := rand.New(rand.NewPCG(6, 0x7a696c696e74))
	b := make([]byte, 40)
	for i := range b {
		b[i] = alphabet[r.IntN(len(alphabet))]
	}
	return string(b)
}

// Sources of the hooked repository: clean, and with a ZoomInfo key.
const cleanMain = `package main

import (
	"fmt"
	"os"
)

const baseURL = "https://api.zoominfo.com"

func main() { fmt.Println(baseURL, len(os.Getenv("ZOOMINFO_API_KEY"))) }
`

func keyedMain() string {
	return "package main\n\nimport \"fmt\"\n\nconst baseURL = \"https://api.zoominfo.com\"\n\n" +
		"const zoominfoAPIKey = \"" + fakeAPIKey() + "\"\n\n" +
		"func main() { fmt.Println(baseURL, len(zoominfoAPIKey)) }\n"
}

// hookedRepo is a temporary git repository holding a clean module in
// one commit; env is the environment its commands run with.
type hookedRepo struct {
	t   *testing.T
	dir string
	env []string
}

func newHookedRepo(t *testing.T, env ...string) *hookedRepo {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	r := &hookedRepo{t: t, dir: t.TempDir(), env: append(os.Environ(),
		"GIT_AUTHOR_NAME=zilint test", "GIT_AUTHOR_EMAIL=test@example.com",
		"GIT_COMMITTER_NAME=zilint test", "GIT_COMMITTER_EMAIL=test@example.com")}
	r.env = append(r.env, env...)
	r.write("go.mod", "module example.com/hooked\n\ngo 1.26\n")
	r.write("main.go", cleanMain)
	r.must("git", "init", "-q", "-b", "main")
	r.must("git", "add", ".")
	r.must("git", "commit", "-q", "--no-verify", "-m", "clean start")
	return r
}

func (r *hookedRepo) write(name, content string) {
	r.t.Helper()
	if err := os.WriteFile(filepath.Join(r.dir, name), []byte(content), 0o644); err != nil {
		r.t.Fatal(err)
	}
}

// run runs a command in the repository and returns its exit status and
// combined output.
func (r *hookedRepo) run(name string, args ...string) (int, string) {
	r.t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir, cmd.Env = r.dir, r.env
	out, err := cmd.CombinedOutput()
	if err != nil && cmd.ProcessState == nil {
		r.t.Fatalf("%s: %v", name, err)
	}
	return cmd.ProcessState.ExitCode(), string(out)
}

func (r *hookedRepo) must(name string, args ...string) {
	r.t.Helper()
	if code, out := r.run(name, args...); code != 0 {
		r.t.Fatalf("%s %s: exit %d\n%s", name, strings.Join(args, " "), code, out)
	}
}

func repoRoot(t *testing.T) string {
	t.Helper()
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	return root
}

// TestPreCommitHooks runs .pre-commit-hooks.yaml through Debian's
// pre-commit with try-repo: the hooks build zilint with the system Go
// and the existing module cache, block a staged ZoomInfo key and pass a
// clean change.
func TestPreCommitHooks(t *testing.T) {
	if testing.Short() {
		t.Skip("builds zilint inside pre-commit")
	}
	if _, err := exec.LookPath("pre-commit"); err != nil {
		t.Skip("pre-commit not installed (.ci/run installs Debian's package)")
	}
	gomodcache, err := exec.Command("go", "env", "GOMODCACHE").Output()
	if err != nil {
		t.Fatal(err)
	}
	home := t.TempDir() // shared, so that zilint is built once
	repo := newHookedRepo(t, "PRE_COMMIT_HOME="+home,
		"GOMODCACHE="+strings.TrimSpace(string(gomodcache)))
	root := repoRoot(t)

	repo.write("main.go", keyedMain())
	repo.must("git", "add", "main.go")
	for _, hook := range []string{"zilint", "zilint-secrets"} {
		code, out := repo.run("pre-commit", "try-repo", root, hook)
		if code == 0 || !strings.Contains(out, "main.go:") || strings.Contains(out, fakeAPIKey()) {
			t.Errorf("hook %s on a staged key: exit %d, output\n%s\nwant a failure naming main.go, key masked", hook, code, out)
		}
	}

	repo.write("main.go", cleanMain+"\n// A clean change.\n")
	repo.must("git", "add", "main.go")
	if code, out := repo.run("pre-commit", "try-repo", root); code != 0 {
		t.Errorf("hooks on a clean change: exit %d, output\n%s", code, out)
	}

	// Real commits through pre-commit install, with the hooks of this
	// repository's HEAD.
	rev, err := exec.Command("git", "-C", root, "rev-parse", "HEAD").Output()
	if err != nil {
		t.Skip("zilint is not a git checkout: no commit through pre-commit install")
	}
	repo.write(".pre-commit-config.yaml", "repos:\n  - repo: "+root+"\n    rev: "+strings.TrimSpace(string(rev))+
		"\n    hooks:\n      - id: zilint\n      - id: zilint-secrets\n")
	repo.must("pre-commit", "install")
	repo.write("main.go", keyedMain())
	repo.must("git", "add", "-A")
	if code, out := repo.run("git", "commit", "-q", "-m", "add a key"); code == 0 || !strings.Contains(out, "main.go:") {
		t.Errorf("commit of a key through pre-commit: exit %d, output\n%s\nwant it blocked", code, out)
	}
	repo.write("main.go", cleanMain)
	repo.must("git", "add", "-A")
	repo.must("git", "commit", "-q", "-m", "clean commit")
}

// TestInstallGitHook installs scripts/install-git-hook.sh's hook and
// commits through it.
func TestInstallGitHook(t *testing.T) {
	if _, err := exec.LookPath("sh"); err != nil {
		t.Skip("no sh")
	}
	repo := newHookedRepo(t, "PATH="+filepath.Dir(binary)+string(os.PathListSeparator)+os.Getenv("PATH"))
	script := filepath.Join(repoRoot(t), "scripts", "install-git-hook.sh")
	repo.must("sh", script)
	repo.must("sh", script) // reinstalling over its own hook is fine

	repo.write("main.go", keyedMain())
	repo.must("git", "add", "main.go")
	code, out := repo.run("git", "commit", "-q", "-m", "add a key")
	if code == 0 || !strings.Contains(out, "hardcodedkey") || strings.Contains(out, fakeAPIKey()) {
		t.Errorf("commit of a key: exit %d, output\n%s\nwant it blocked, key masked", code, out)
	}

	repo.write("main.go", cleanMain+"\n// A clean change.\n")
	repo.must("git", "add", "main.go")
	repo.must("git", "commit", "-q", "-m", "clean change")

	// A hook the script did not write is kept, unless -f.
	repo.write(".git/hooks/pre-commit", "#!/bin/sh\nexit 0\n")
	if code, out := repo.run("sh", script); code == 0 || !strings.Contains(out, "-f") {
		t.Errorf("over a foreign hook: exit %d, output %s; want a refusal mentioning -f", code, out)
	}
	repo.must("sh", script, "-f")
}
