package secrets

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zricethezav/gitleaks/v8/report"

	"github.com/zilint/zilint/internal/driver"
	"github.com/zilint/zilint/internal/rulepack"
)

var (
	apiKey    = rulepack.Fake(201, 40)
	secondKey = rulepack.Fake(202, 40)
	clientSec = rulepack.Fake(203, 40)
)

func write(t *testing.T, dir, name, text string) {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func git(t *testing.T, dir string, args ...string) {
	t.Helper()
	cmd := exec.Command("git", append([]string{"-C", dir}, args...)...)
	cmd.Env = append(os.Environ(), "GIT_AUTHOR_NAME=zilint", "GIT_AUTHOR_EMAIL=zilint@example.com",
		"GIT_COMMITTER_NAME=zilint", "GIT_COMMITTER_EMAIL=zilint@example.com", "GIT_CONFIG_GLOBAL=/dev/null")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("git %v: %v\n%s", args, err, out)
	}
}

// run runs zilint secrets in dir and returns its status and outputs.
func run(t *testing.T, dir string, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := Run(args, driver.Env{Dir: dir, Stdout: &stdout, Stderr: &stderr})
	for _, s := range []string{apiKey, secondKey, clientSec} {
		if strings.Contains(stdout.String()+stderr.String(), s) {
			t.Errorf("zilint secrets %v printed a secret whole", args)
		}
	}
	return code, stdout.String(), stderr.String()
}

// tree writes a small project: secrets in .env, YAML and a README, a
// placeholder in a workflow, and a binary file holding a key.
func tree(t *testing.T) string {
	dir := t.TempDir()
	write(t, dir, ".env", "# local settings\nZOOMINFO_BASE_URL=https://api.zoominfo.com\nZOOMINFO_API_KEY="+apiKey+"\n")
	write(t, dir, "deploy/values.yaml", "image: app:1\nzoominfo:\n  client_id: 0oaf"+rulepack.Fake(204, 16)+
		"\n  client_secret: "+clientSec+"\n")
	write(t, dir, "README.md", "# Use\n\n    curl https://api.zoominfo.com/search/contact -H \"Authorization: Bearer "+secondKey+"\"\n")
	write(t, dir, ".github/workflows/sync.yml", "env:\n  ZOOMINFO_API_KEY: ${{ secrets.ZOOMINFO_API_KEY }}\n")
	write(t, dir, "bin/blob.dat", "\x00\x01\x02ZOOMINFO_API_KEY="+apiKey+"\n\x00")
	return dir
}

func TestDirectory(t *testing.T) {
	dir := tree(t)
	code, out, errOut := run(t, dir)
	if code != driver.ExitFindings {
		t.Fatalf("exit %d, stderr %s", code, errOut)
	}
	want := strings.Join([]string{
		".env:3: zoominfo-api-key: " + masked(apiKey),
		"README.md:3: zoominfo-api-key: " + masked(secondKey),
		"deploy/values.yaml:4: zoominfo-client-secret: " + masked(clientSec),
	}, "\n") + "\n"
	if out != want {
		t.Errorf("output:\n%s\nwant:\n%s", out, want)
	}

	// The same scan from a subdirectory of the path, and of one file.
	if code, out, _ := run(t, filepath.Join(dir, "deploy"), "."); code != driver.ExitFindings ||
		!strings.HasPrefix(out, "values.yaml:4: zoominfo-client-secret") {
		t.Errorf("subdirectory: exit %d, %q", code, out)
	}
	if code, out, _ := run(t, dir, ".env"); code != driver.ExitFindings || !strings.HasPrefix(out, ".env:3:") {
		t.Errorf("one file: exit %d, %q", code, out)
	}
	if code, _, _ := run(t, dir, ".github"); code != driver.ExitClean {
		t.Errorf("placeholders only: exit %d", code)
	}
}

func masked(s string) string { return s[:4] + "…(40 chars)" }

func TestJSONAndSARIF(t *testing.T) {
	dir := tree(t)
	sarifPath := filepath.Join(t.TempDir(), "out.sarif")
	code, out, errOut := run(t, dir, "-json", "-sarif", sarifPath)
	if code != driver.ExitFindings {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var fs []report.Finding
	if err := json.Unmarshal([]byte(out), &fs); err != nil {
		t.Fatal(err)
	}
	if len(fs) != 3 || fs[0].File != ".env" || fs[0].StartLine != 3 || fs[0].Secret != masked(apiKey) ||
		fs[0].Match != "ZOOMINFO_API_KEY="+masked(apiKey) || fs[0].Fingerprint != ".env:zoominfo-api-key:3" {
		t.Errorf("JSON findings: %+v", fs)
	}
	// In a zoominfo: section the match starts at the section; the masked
	// match keeps only the secret's line.
	if fs[2].Match != "  client_secret: "+masked(clientSec) {
		t.Errorf("section match %q", fs[2].Match)
	}
	data, err := os.ReadFile(sarifPath)
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Version string
		Runs    []struct{ Results []json.RawMessage }
	}
	if err := json.Unmarshal(data, &doc); err != nil || doc.Version != "2.1.0" || len(doc.Runs) != 1 ||
		len(doc.Runs[0].Results) != 3 || strings.Contains(string(data), apiKey) {
		t.Errorf("SARIF: %v %+v", err, doc)
	}
}

func TestIgnoreAndBaseline(t *testing.T) {
	dir := tree(t)
	write(t, dir, ".gitleaksignore", "# known\n.env:zoominfo-api-key:3\n")
	code, out, _ := run(t, dir)
	if code != driver.ExitFindings || strings.Contains(out, ".env") {
		t.Errorf(".gitleaksignore: exit %d\n%s", code, out)
	}

	_, report, _ := run(t, dir, "-json")
	write(t, dir, "baseline.json", report)
	if code, out, errOut := run(t, dir, "-baseline", "baseline.json"); code != driver.ExitClean {
		t.Errorf("baseline: exit %d\n%s%s", code, out, errOut)
	}
	write(t, dir, "deploy/more.env", "ZOOMINFO_REFRESH_TOKEN="+rulepack.Fake(205, 44)+"\n")
	if code, out, _ := run(t, dir, "-baseline", "baseline.json"); code != driver.ExitFindings ||
		!strings.HasPrefix(out, "deploy/more.env:1: zoominfo-refresh-token") || strings.Count(out, "\n") != 1 {
		t.Errorf("baseline with a new secret: exit %d\n%s", code, out)
	}
}

func TestGitModes(t *testing.T) {
	dir := t.TempDir()
	git(t, dir, "init", "-q")
	write(t, dir, "app.env", "ZOOMINFO_API_KEY="+apiKey+"\n")
	git(t, dir, "add", ".")
	git(t, dir, "commit", "-qm", "add settings")
	write(t, dir, "app.env", "ZOOMINFO_API_KEY=${ZOOMINFO_API_KEY}\n")
	git(t, dir, "commit", "-qam", "use the environment")

	// The key is gone from the tree but not from history.
	if code, _, _ := run(t, dir); code != driver.ExitClean {
		t.Errorf("directory: exit %d", code)
	}
	code, out, errOut := run(t, dir, "-git")
	if code != driver.ExitFindings || !strings.HasPrefix(out, "app.env:1: zoominfo-api-key: "+masked(apiKey)+" (commit ") {
		t.Errorf("-git: exit %d\n%s%s", code, out, errOut)
	}

	// Staged: only what is staged counts.
	if code, out, _ := run(t, dir, "-staged"); code != driver.ExitClean {
		t.Errorf("-staged, nothing staged: exit %d\n%s", code, out)
	}
	write(t, dir, "deploy/values.yaml", "zoominfo:\n  client_secret: "+clientSec+"\n")
	write(t, dir, "notes.env", "ZOOMINFO_API_KEY="+secondKey+"\n") // not staged
	git(t, dir, "add", "deploy")
	code, out, _ = run(t, dir, "-staged")
	if code != driver.ExitFindings || out != "deploy/values.yaml:2: zoominfo-client-secret: "+masked(clientSec)+"\n" {
		t.Errorf("-staged: exit %d\n%s", code, out)
	}

	// A repository without commits has no history to scan.
	empty := t.TempDir()
	git(t, empty, "init", "-q")
	if code, _, errOut := run(t, empty, "-git"); code != driver.ExitClean {
		t.Errorf("empty repository: exit %d %s", code, errOut)
	}
}

func TestBadInput(t *testing.T) {
	dir := tree(t)
	write(t, dir, "malformed.toml", "[[rules]\nid = 1\n")
	write(t, dir, "badregex.toml", "[[rules]]\nid = \"bad\"\nregex = '''(unclosed'''\nsecretGroup = 1\n")
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"no/such/dir"}, "no such file"},
		{[]string{"-git", "."}, "not a git repository"},
		{[]string{"-staged"}, "not a git repository"},
		{[]string{"-git", "-staged"}, "cannot be used together"},
		{[]string{"-config", "malformed.toml"}, "malformed TOML"},
		{[]string{"-config", "badregex.toml"}, "invalid gitleaks configuration"},
		{[]string{"-config", "absent.toml"}, "no such file"},
		{[]string{"-baseline", "README.md"}, "not a gitleaks JSON report"},
		{[]string{"-no-such-flag"}, "not defined"},
		{[]string{"a", "b"}, "at most one path"},
	} {
		code, _, errOut := run(t, dir, c.args...)
		if code != driver.ExitError || !strings.Contains(errOut, c.want) {
			t.Errorf("%v: exit %d, stderr %q, want %q", c.args, code, errOut, c.want)
		}
	}
}

func TestDefaultRules(t *testing.T) {
	dir := t.TempDir()
	// A GitHub token: gitleaks' defaults know it, the pack does not.
	write(t, dir, "ci.sh", "export GH_TOKEN=ghp_"+rulepack.Fake(206, 36)+"\n")
	if code, out, _ := run(t, dir); code != driver.ExitFindings || !strings.Contains(out, "github-pat") {
		t.Errorf("defaults: exit %d %q", code, out)
	}
	if code, out, _ := run(t, dir, "-no-default-rules"); code != driver.ExitClean {
		t.Errorf("-no-default-rules: exit %d %q", code, out)
	}
	write(t, dir, "acme.toml", "[[rules]]\nid = \"acme-key\"\nregex = '''acme_key=([a-z0-9]{12})'''\nsecretGroup = 1\n")
	write(t, dir, "acme.env", "acme_key="+strings.ToLower(rulepack.Fake(207, 12))+"\n")
	if code, out, _ := run(t, dir, "-no-default-rules", "-config", "acme.toml"); code != driver.ExitFindings ||
		!strings.Contains(out, "acme.env:1: acme-key: …(12 chars)") {
		t.Errorf("-config: exit %d %q", code, out)
	}
}
