package rulepack

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"text/template"

	"github.com/zricethezav/gitleaks/v8/detect"
	"github.com/zricethezav/gitleaks/v8/report"
)

// gitleaksModule is the stock CLI the pack is tested with.
const gitleaksModule = "github.com/zricethezav/gitleaks/v8@v8.30.1"

// fixtureFuncs fill the fixture templates with visibly fake values.
var fixtureFuncs = template.FuncMap{
	"fake": Fake,
	"hex":  FakeHex,
	"pem":  FakePEM,
	"uuids": func(n int) string {
		var lines []string
		for i := range n {
			lines = append(lines, fakeUUID(uint64(7000+i))+","+fakeUUID(uint64(9000+i)))
		}
		return strings.Join(lines, "\n")
	},
}

// writeFixtures expands testdata/fixtures into a temporary directory
// ("dot.env.tmpl" becomes ".env") and returns it.
func writeFixtures(t *testing.T) string {
	t.Helper()
	out := t.TempDir()
	root := filepath.Join("testdata", "fixtures")
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		rel = strings.TrimSuffix(rel, ".tmpl")
		if base := filepath.Base(rel); strings.HasPrefix(base, "dot.") {
			rel = filepath.Join(filepath.Dir(rel), "."+strings.TrimPrefix(base, "dot."))
		}
		tmpl, err := template.New(filepath.Base(path)).Funcs(fixtureFuncs).ParseFiles(path)
		if err != nil {
			return err
		}
		dst := filepath.Join(out, rel)
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return err
		}
		f, err := os.Create(dst)
		if err != nil {
			return err
		}
		if err := tmpl.Execute(f, nil); err != nil {
			_ = f.Close()
			return err
		}
		return f.Close()
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// wantFixtureFindings are all the findings, of the pack and of the
// defaults, on the fixtures: file:line:rule, lines 1-based and, as
// gitleaks reports them, where the match starts.
var wantFixtureFindings = []string{
	".env:3:zoominfo-api-key",
	".env:4:zoominfo-password",
	"README.md:6:curl-auth-header",
	"README.md:6:zoominfo-api-key",
	"config.yaml:1:zoominfo-api-key",
	"deploy/key.yaml:3:zoominfo-private-key",
	"deploy/key.yaml:4:private-key",
	"k8s/secret.yaml:7:zoominfo-api-key",
	"partner.py:3:zoominfo-partner-key",
}

func findingKeys(fs []report.Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, fmt.Sprintf("%s:%d:%s", filepath.ToSlash(f.File), f.StartLine, f.RuleID))
	}
	slices.Sort(out)
	return out
}

// The library, through Load, finds on the fixtures what the test expects.
func TestFixturesInProcess(t *testing.T) {
	dir := writeFixtures(t)
	d := detector(t, withDefaults)
	d.MaxDecodeDepth = 5 // the CLI's default
	err := filepath.WalkDir(dir, func(path string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		//nolint:staticcheck // Detect takes detect.Fragment in gitleaks v8
		for _, f := range d.Detect(detect.Fragment{Raw: string(data), FilePath: filepath.ToSlash(rel), StartLine: 1}) {
			d.AddFinding(f)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if got := findingKeys(d.Findings()); !slices.Equal(got, wantFixtureFindings) {
		t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(wantFixtureFindings, "\n"))
	}
}

// Stock gitleaks reads the committed pack directly and through [extend]
// from a project's .gitleaks.toml, and finds exactly the same.
func TestStockGitleaksCLI(t *testing.T) {
	bin := gitleaksBinary(t)
	pack, err := filepath.Abs(filepath.Join("..", "..", Path))
	if err != nil {
		t.Fatal(err)
	}
	dir := writeFixtures(t)
	t.Run("config", func(t *testing.T) {
		checkCLI(t, bin, dir, "--config", pack)
	})
	t.Run("extend", func(t *testing.T) {
		ext := "[extend]\npath = \"" + filepath.ToSlash(pack) + "\"\n"
		if err := os.WriteFile(filepath.Join(dir, ".gitleaks.toml"), []byte(ext), 0o644); err != nil {
			t.Fatal(err)
		}
		defer func() { _ = os.Remove(filepath.Join(dir, ".gitleaks.toml")) }()
		checkCLI(t, bin, dir)
	})
}

func checkCLI(t *testing.T, bin, dir string, args ...string) {
	t.Helper()
	reportPath := filepath.Join(t.TempDir(), "report.json")
	args = append([]string{"dir", "--no-banner", "--exit-code", "0", "--report-format", "json",
		"--report-path", reportPath}, append(args, ".")...)
	cmd := exec.Command(bin, args...)
	cmd.Dir = dir
	cmd.Env = slices.DeleteFunc(os.Environ(), func(kv string) bool { return strings.HasPrefix(kv, "GITLEAKS_") })
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("gitleaks %v: %v\n%s", args, err, out)
	}
	data, err := os.ReadFile(reportPath)
	if err != nil {
		t.Fatal(err)
	}
	var fs []report.Finding
	if err := json.Unmarshal(data, &fs); err != nil {
		t.Fatal(err)
	}
	if got := findingKeys(fs); !slices.Equal(got, wantFixtureFindings) {
		t.Errorf("gitleaks %v:\n%s\nwant:\n%s", args, strings.Join(got, "\n"), strings.Join(wantFixtureFindings, "\n"))
	}
}

// gitleaksBinary returns $ZILINT_GITLEAKS, or installs the stock CLI into
// a temporary GOBIN. It skips only when the module proxy is unreachable.
func gitleaksBinary(t *testing.T) string {
	if p := os.Getenv("ZILINT_GITLEAKS"); p != "" {
		return p
	}
	if testing.Short() {
		t.Skip("-short: not installing gitleaks")
	}
	gobin := t.TempDir()
	cmd := exec.Command("go", "install", gitleaksModule)
	cmd.Dir = gobin
	cmd.Env = append(os.Environ(), "GOBIN="+gobin, "GOWORK=off")
	if out, err := cmd.CombinedOutput(); err != nil {
		msg := string(out)
		for _, offline := range []string{"dial tcp", "no such host", "network is unreachable",
			"connection refused", "i/o timeout", "TLS handshake timeout"} {
			if strings.Contains(msg, offline) {
				t.Skipf("cannot install %s, the network is unreachable:\n%s", gitleaksModule, msg)
			}
		}
		t.Fatalf("go install %s: %v\n%s", gitleaksModule, err, msg)
	}
	return filepath.Join(gobin, "gitleaks")
}
