package main

import (
	"encoding/json"
	"io/fs"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/zilint/zilint/internal/driver"
)

// The sample applications under the repository's testdata/apps.
const (
	vulnerableApp = "../../../testdata/apps/vulnerable"
	compliantApp  = "../../../testdata/apps/compliant"
)

// appSecrets are the fake secrets written in the vulnerable app. No
// output of zilint may contain one whole.
var appSecrets = []string{
	"4IC5LTRTFi5XI2Foib6csvrJvbTLjRjchIpZCZwh",
	"Summer!2026pw",
	"dCcA64kcKTSykQR3V6QaEH2bLHvTwFmU5KSvSxmd",
	"7794e50b2e5575e3ce25fe57b5dffbc2",
	"n5CEk0BfaHFpAOlZfzIOaYnm6K9fsuThNEKCjIKr",
	"bfULwWWPu7nmCEumgeC11JGW0Exdq4DIlDgTfbX7",
}

// finding is an expected line of text output: its position, analyzer
// and a pattern the message must match.
type finding struct {
	posn, analyzer, message string
}

// vulnerableFindings are the findings in the vulnerable app, written by
// reading its source.
var vulnerableFindings = []finding{
	{"internal/zi/zi.go:10:23", "insecureurl", `plain-http ZoomInfo URL`},
	{"internal/zi/zi.go:10:96", "hardcodedkey", `^ZoomInfo partner API key "7794…\(32 chars\)" hardcoded in partnerSearch`},
	{"internal/zi/zi.go:14:", "insecureurl", `plain-http ZoomInfo URL|http`},
	{"internal/zi/zi.go:23:", "insecureurl", `TLS 1\.0`},
	{"internal/zi/zi.go:24:", "insecureurl", `verification disabled`},
	{"leak.go:14:2", "keyleak", `^ZoomInfo API key from os\.Getenv\("ZOOMINFO_API_KEY"\) \(leak\.go:13\) reaches log\.Printf; log zoominfo\.Redact\(key\) instead$`},
	{"leak.go:19:2", "envload", `^ZoomInfo API key from os\.Getenv\("ZOOMINFO_API_KEY"\) \(leak\.go:13\) is sent by Header\.Set with no emptiness check`},
	{"main.go:17:17", "insecureurl", `plain-http ZoomInfo URL`},
	{"main.go:19:17", "hardcodedkey", `^ZoomInfo API key "4IC5…\(40 chars\)" hardcoded in apiKey`},
	{"main.go:24:15", "hardcodedkey", `^ZoomInfo password "…\(13 chars\)" hardcoded in fallback for ZOOMINFO_PASSWORD`},
	{"main.go:27:", "insecureurl", `verification disabled`},
	{"main.go:38:57", "hardcodedkey", `^ZoomInfo client secret "dCcA…\(40 chars\)" hardcoded in fallback for ZOOMINFO_CLIENT_SECRET`},
	{"main.go:49:32", "hardcodedkey", `^ZoomInfo API key "bfUL…\(40 chars\)" hardcoded in field apiKey`},
	{"main_test.go:7:32", "hardcodedkey", `^ZoomInfo API key "n5CE…\(40 chars\)" hardcoded in ZOOMINFO_API_KEY`},
}

var findingLine = regexp.MustCompile(`^(\S+?:\d+:\d+): (.*) \((\w+)\)$`)

// checkFindings compares text output with the expected findings.
func checkFindings(t *testing.T, stdout string, want []finding) {
	t.Helper()
	lines := strings.Split(strings.TrimSuffix(stdout, "\n"), "\n")
	if stdout == "" {
		lines = nil
	}
	if len(lines) != len(want) {
		t.Errorf("got %d findings, want %d:\n%s", len(lines), len(want), stdout)
	}
	for i, line := range lines {
		if i >= len(want) {
			break
		}
		m := findingLine.FindStringSubmatch(line)
		w := want[i]
		if m == nil || !strings.HasPrefix(m[1], w.posn) || m[3] != w.analyzer ||
			!regexp.MustCompile(w.message).MatchString(m[2]) {
			t.Errorf("finding %d = %q\nwant %s: /%s/ (%s)", i, line, w.posn, w.message, w.analyzer)
		}
	}
}

func checkNoSecrets(t *testing.T, outputs ...string) {
	t.Helper()
	for _, out := range outputs {
		for _, s := range appSecrets {
			if strings.Contains(out, s) {
				t.Errorf("output shows the secret %s…:\n%s", s[:4], out)
			}
		}
	}
}

func TestVulnerableApp(t *testing.T) {
	code, stdout, stderr := run(t, vulnerableApp, "")
	if code != driver.ExitFindings || stderr != "" {
		t.Errorf("zilint = exit %d, stderr %q; want exit %d and no errors", code, stderr, driver.ExitFindings)
	}
	checkFindings(t, stdout, vulnerableFindings)
	checkNoSecrets(t, stdout, stderr)
}

// TestVulnerableAppCached runs the app twice on a new result cache: the
// repeat run, served from the cache, prints the same findings, text and
// JSON, and the cache itself holds no secret.
func TestVulnerableAppCached(t *testing.T) {
	cacheDir := t.TempDir()
	t.Setenv(driver.CacheEnv, cacheDir)
	for _, args := range [][]string{nil, {"-json"}} {
		code, cold, stderr := run(t, vulnerableApp, "", args...)
		if code != driver.ExitFindings || stderr != "" {
			t.Fatalf("zilint %q, new cache = exit %d, stderr %q", args, code, stderr)
		}
		if args == nil {
			checkFindings(t, cold, vulnerableFindings)
		}
		code, warm, stderr := run(t, vulnerableApp, "", args...)
		if code != driver.ExitFindings || stderr != "" || warm != cold {
			t.Errorf("zilint %q, repeat = exit %d, stderr %q, output differs from the first run:\n%s\nfirst:\n%s", args, code, stderr, warm, cold)
		}
	}
	var stored strings.Builder
	entries := 0
	err := filepath.WalkDir(cacheDir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		stored.Write(data)
		entries++
		return err
	})
	if err != nil || entries == 0 {
		t.Fatalf("cache walk: %v, %d files; want entries", err, entries)
	}
	checkNoSecrets(t, stored.String())
}

func TestVulnerableAppWithoutTests(t *testing.T) {
	want := slices.DeleteFunc(slices.Clone(vulnerableFindings), func(f finding) bool {
		return strings.HasPrefix(f.posn, "main_test.go")
	})
	for _, flag := range []string{"-test=false", "-hardcodedkey.skip-tests"} {
		code, stdout, stderr := run(t, vulnerableApp, "", flag)
		if code != driver.ExitFindings || stderr != "" {
			t.Errorf("zilint %s = exit %d, stderr %q", flag, code, stderr)
		}
		checkFindings(t, stdout, want)
	}
}

func TestVulnerableAppJSON(t *testing.T) {
	code, stdout, stderr := run(t, vulnerableApp, "", "-json")
	if code != driver.ExitFindings {
		t.Errorf("zilint -json = exit %d, want %d; stderr %q", code, driver.ExitFindings, stderr)
	}
	checkNoSecrets(t, stdout, stderr)
	var tree map[string]map[string][]struct {
		Posn    string `json:"posn"`
		Message string `json:"message"`
	}
	if err := json.Unmarshal([]byte(stdout), &tree); err != nil {
		t.Fatalf("-json output does not parse: %v\n%s", err, stdout)
	}
	perAnalyzer := map[string]int{}
	for _, analyzers := range tree {
		for name, diags := range analyzers {
			perAnalyzer[name] += len(diags)
		}
	}
	want := map[string]int{}
	for _, f := range vulnerableFindings {
		want[f.analyzer]++
	}
	if !maps.Equal(perAnalyzer, want) {
		t.Errorf("-json findings per analyzer = %v, want %v", perAnalyzer, want)
	}
}

func TestCompliantApp(t *testing.T) {
	for _, args := range [][]string{nil, {"-json"}} {
		code, stdout, stderr := run(t, compliantApp, "", args...)
		if code != driver.ExitClean || stderr != "" {
			t.Errorf("zilint %q = exit %d, stderr %q; want a clean run", args, code, stderr)
		}
		if want := map[bool]string{false: "", true: "{}\n"}[len(args) > 0]; stdout != want {
			t.Errorf("zilint %q printed %q, want %q", args, stdout, want)
		}
	}
}

// copyApp copies a sample app into a temporary directory.
func copyApp(t *testing.T, app string) string {
	t.Helper()
	dst := t.TempDir()
	src := filepath.Join("testdata", app)
	if err := os.CopyFS(dst, os.DirFS(src)); err != nil {
		t.Fatal(err)
	}
	return dst
}

func TestVulnerableAppFix(t *testing.T) {
	dir := copyApp(t, vulnerableApp)
	rel, err := filepath.Rel(filepath.Join(mustGetwd(t), "testdata"), dir)
	if err != nil {
		t.Fatal(err)
	}

	code, diff, stderr := run(t, rel, "", "-diff")
	if code != driver.ExitFindings || !strings.Contains(diff, "+\tc.InsecureSkipVerify") && !strings.Contains(diff, "https://api.zoominfo.com") {
		t.Errorf("zilint -diff = exit %d, stderr %q:\n%s", code, stderr, diff)
	}
	checkNoSecrets(t, diff, stderr)

	if code, _, stderr = run(t, rel, "", "-fix"); code == driver.ExitError {
		t.Fatalf("zilint -fix failed: %s", stderr)
	}
	src, err := os.ReadFile(filepath.Join(dir, "main.go"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(src), `const baseURL = "https://api.zoominfo.com"`) {
		t.Errorf("after -fix main.go does not use https:\n%s", src)
	}
	build := exec.Command("go", "vet", "./...")
	build.Dir = dir
	if out, err := build.CombinedOutput(); err != nil {
		t.Errorf("fixed app does not build: %v\n%s", err, out)
	}
	_, stdout, _ := run(t, rel, "")
	if strings.Contains(stdout, "main.go:17:") {
		t.Errorf("the fixed URL is still reported:\n%s", stdout)
	}
}

// jsonFindings runs zilint -json in dir and returns the number of
// findings and of findings that offer a fix.
func jsonFindings(t *testing.T, dir string) (all, fixable int) {
	t.Helper()
	_, stdout, stderr := run(t, dir, "", "-json")
	var tree map[string]map[string][]struct {
		Fixes []json.RawMessage `json:"suggested_fixes"`
	}
	if err := json.Unmarshal([]byte(stdout), &tree); err != nil {
		t.Fatalf("-json output does not parse: %v\n%s\n%s", err, stdout, stderr)
	}
	for _, analyzers := range tree {
		for _, diags := range analyzers {
			for _, d := range diags {
				all++
				if len(d.Fixes) > 0 {
					fixable++
				}
			}
		}
	}
	return all, fixable
}

// TestFixConvergence applies every fix to a copy of the vulnerable app:
// the result builds, and exactly the findings that had a fix are gone.
func TestFixConvergence(t *testing.T) {
	dir := copyApp(t, vulnerableApp)
	rel, err := filepath.Rel(filepath.Join(mustGetwd(t), "testdata"), dir)
	if err != nil {
		t.Fatal(err)
	}
	before, fixable := jsonFindings(t, rel)
	// Fixes for http, the TLS settings and the key in a struct field.
	if fixable < 7 {
		t.Fatalf("%d of %d findings offer a fix, want at least 7", fixable, before)
	}
	if code, _, stderr := run(t, rel, "", "-fix"); code == driver.ExitError {
		t.Fatalf("zilint -fix failed: %s", stderr)
	}
	vet := exec.Command("go", "vet", "./...")
	vet.Dir = dir
	if out, err := vet.CombinedOutput(); err != nil {
		t.Fatalf("fixed app does not build: %v\n%s", err, out)
	}
	after, stillFixable := jsonFindings(t, rel)
	if after != before-fixable || stillFixable != 0 {
		t.Errorf("after -fix: %d findings (%d fixable), want %d (none fixable)", after, stillFixable, before-fixable)
	}
}

func TestVulnerableAppGoVet(t *testing.T) {
	code, stdout, stderr := run(t, vulnerableApp, "go", "vet", "-vettool="+binary, "./...")
	if code == 0 {
		t.Errorf("go vet -vettool = exit 0, want failure on findings")
	}
	out := stdout + stderr
	for _, want := range []string{
		"main.go:19:17: ZoomInfo API key",
		"internal/zi/zi.go:10:96: ZoomInfo partner API key",
		"main.go:17:17: plain-http ZoomInfo URL",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("go vet output lacks %q:\n%s", want, out)
		}
	}
	checkNoSecrets(t, out)
}

func mustGetwd(t *testing.T) string {
	t.Helper()
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	return wd
}

// TestReferenceClientIsClean: the compliant client is compliant.
func TestReferenceClientIsClean(t *testing.T) {
	code, stdout, stderr := run(t, "../../..", "", "./zoominfo/...")
	if code != driver.ExitClean || stdout != "" || stderr != "" {
		t.Errorf("zilint ./zoominfo/... = exit %d\n%s%s", code, stdout, stderr)
	}
}

// TestRealCodeRobustness runs every analyzer over real code pinned by
// go.mod (dependencies of zilint) and a few standard packages, tests
// included: it must complete with no error, no panic and, as none of it
// talks to ZoomInfo, no finding.
func TestRealCodeRobustness(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: not analyzing real modules")
	}
	code, stdout, stderr := run(t, "../../..", "",
		"golang.org/x/oauth2", "golang.org/x/oauth2/clientcredentials", "golang.org/x/oauth2/jwt",
		"golang.org/x/oauth2/jws", "github.com/golang-jwt/jwt/v5", "golang.org/x/sync/...",
		"github.com/aymanbagabas/go-udiff/...", "net/url", "crypto/tls", "encoding/json", "log/slog")
	if code != driver.ExitClean || stdout != "" || stderr != "" {
		t.Errorf("zilint on real code = exit %d\n%s%s", code, stdout, stderr)
	}
}
