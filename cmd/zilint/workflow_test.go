package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// workflow is the part of a GitHub Actions workflow the test reads.
type workflow struct {
	On          map[string]any    `yaml:"on"`
	Permissions map[string]string `yaml:"permissions"`
	Jobs        map[string]struct {
		Steps []struct {
			ID   string            `yaml:"id"`
			Name string            `yaml:"name"`
			Uses string            `yaml:"uses"`
			If   string            `yaml:"if"`
			With map[string]any    `yaml:"with"`
			Env  map[string]string `yaml:"env"`
			Run  string            `yaml:"run"`
		} `yaml:"steps"`
	} `yaml:"jobs"`
}

// TestWorkflow checks .github/workflows/zilint.yml and runs its zilint
// step, as GitHub would on a pull request, in a clone whose branch adds
// one finding to a base branch that already has one.
func TestWorkflow(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(repoRoot(t), ".github", "workflows", "zilint.yml"))
	if err != nil {
		t.Fatal(err)
	}
	var wf workflow
	if err := yaml.Unmarshal(data, &wf); err != nil {
		t.Fatal(err)
	}
	if _, ok := wf.On["pull_request"]; !ok || wf.Permissions["security-events"] != "write" {
		t.Errorf("workflow: on %v, permissions %v; want pull_request and security-events: write", wf.On, wf.Permissions)
	}
	job, ok := wf.Jobs["zilint"]
	if !ok {
		t.Fatal("workflow has no job zilint")
	}

	var script, sarifFile string
	var checkout, upload, fail bool
	for _, s := range job.Steps {
		switch {
		case strings.HasPrefix(s.Uses, "actions/checkout@"):
			checkout = s.With["fetch-depth"] == 0
		case s.ID == "zilint":
			script = s.Run
			if s.Env["BASE_REF"] != "${{ github.base_ref }}" ||
				!strings.Contains(s.Run, `-new-from-merge-base "origin/$BASE_REF"`) {
				t.Errorf("zilint step does not compare with origin/${{ github.base_ref }}:\n%s", s.Run)
			}
		case strings.HasPrefix(s.Uses, "github/codeql-action/upload-sarif@"):
			sarifFile, _ = s.With["sarif_file"].(string)
			upload = strings.Contains(s.If, "always()")
		case s.If == "steps.zilint.outputs.status == '3'":
			fail = strings.Contains(s.Run, "exit 1")
		}
	}
	if !checkout || !upload || !fail || sarifFile == "" || !strings.Contains(script, "-sarif "+sarifFile) {
		t.Fatalf("workflow: full checkout %v, SARIF %q uploaded always %v, fails on findings %v, zilint step:\n%s",
			checkout, sarifFile, upload, fail, script)
	}

	dir := pullRequestClone(t)
	output := filepath.Join(t.TempDir(), "github_output")
	r := &hookedRepo{t: t, dir: dir, env: append(os.Environ(), "BASE_REF=main", "GITHUB_OUTPUT="+output,
		"PATH="+filepath.Dir(binary)+string(os.PathListSeparator)+os.Getenv("PATH"))}
	if code, out := r.run("bash", "-e", "-c", script); code != 0 {
		t.Fatalf("zilint step: exit %d\n%s", code, out)
	}
	if got := readText(t, output); got != "status=3\n" {
		t.Errorf("step output %q, want status=3", got)
	}
	var log struct {
		Runs []struct {
			Results []struct{ RuleID string } `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal([]byte(readText(t, filepath.Join(dir, sarifFile))), &log); err != nil {
		t.Fatal(err)
	}
	if len(log.Runs) != 1 || len(log.Runs[0].Results) != 1 || log.Runs[0].Results[0].RuleID != "insecureurl" {
		t.Errorf("SARIF results %+v, want the one new insecureurl finding", log.Runs)
	}
}

// pullRequestClone returns a clone of a repository whose main branch has
// a hardcoded key, checked out on a branch that adds a plain-http URL.
func pullRequestClone(t *testing.T) string {
	t.Helper()
	upstream := newHookedRepo(t)
	upstream.write("main.go", keyedMain())
	upstream.must("git", "commit", "-q", "--no-verify", "-am", "old finding")
	upstream.must("git", "checkout", "-q", "-b", "feature")
	upstream.write("url.go", "package main\n\nconst plainURL = \"http://api.zoominfo.com/search\"\n")
	upstream.must("git", "add", "url.go")
	upstream.must("git", "commit", "-q", "--no-verify", "-m", "new finding")

	clone := filepath.Join(t.TempDir(), "clone")
	upstream.must("git", "clone", "-q", "-b", "feature", upstream.dir, clone)
	return clone
}

func readText(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// TestReadmeWorkflow keeps the copy-paste workflow in README.md equal
// to the one this repository runs, but for how zilint is installed and
// for -test=false (zilint's own tests are full of samples).
func TestReadmeWorkflow(t *testing.T) {
	readme := readText(t, filepath.Join(repoRoot(t), "README.md"))
	_, section, ok := strings.Cut(readme, "\n## Pull-request gate\n")
	_, block, ok2 := strings.Cut(section, "```yaml\n")
	block, _, ok3 := strings.Cut(block, "```\n")
	if !ok || !ok2 || !ok3 {
		t.Fatal("README.md has no workflow under \"## Pull-request gate\"")
	}

	ours := readText(t, filepath.Join(repoRoot(t), ".github", "workflows", "zilint.yml"))
	for from, to := range map[string]string{
		"        # In another repository: go install github.com/zilint/zilint/cmd/zilint@latest\n" +
			"        run: go install ./cmd/zilint\n": "        run: go install github.com/zilint/zilint/cmd/zilint@latest\n",
		"          # zilint's own tests hold deliberate samples: -test=false here only.\n": "",
		` -test=false ./...`: ` ./...`,
	} {
		if !strings.Contains(ours, from) {
			t.Fatalf(".github/workflows/zilint.yml lacks %q", from)
		}
		ours = strings.Replace(ours, from, to, 1)
	}
	var lines []string
	for line := range strings.SplitSeq(ours, "\n") {
		if !strings.HasPrefix(line, "#") {
			lines = append(lines, line)
		}
	}
	if want := strings.TrimLeft(strings.Join(lines, "\n"), "\n"); block != want {
		t.Errorf("README.md workflow differs from .github/workflows/zilint.yml:\n%s\nwant\n%s", block, want)
	}
}
