package plugin

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/zilint/zilint/analyzers"
	"github.com/zilint/zilint/internal/driver"
)

// golangciVersion is the golangci-lint release the plugin is built into;
// it pins the same x/tools and plugin-module-register as go.mod.
const golangciVersion = "v2.15.0"

// TestPluginE2E builds golangci-lint with the plugin, offline from the
// module cache, and runs it on the sample applications. It takes a
// minute or more, so it runs only with ZILINT_PLUGIN_E2E=1 (.ci/run sets
// it).
func TestPluginE2E(t *testing.T) {
	if os.Getenv("ZILINT_PLUGIN_E2E") != "1" {
		t.Skip("set ZILINT_PLUGIN_E2E=1 to build golangci-lint with the plugin and run it")
	}
	gcl := buildCustomGCL(t)
	app, err := filepath.Abs(filepath.Join("..", "testdata", "apps", "vulnerable"))
	if err != nil {
		t.Fatal(err)
	}

	t.Run("findings", func(t *testing.T) {
		got := runGCL(t, gcl, app)
		want := standalone(t, app)
		if len(want) == 0 || !slices.Equal(got, want) {
			t.Errorf("golangci-lint reports\n%s\nzilint reports\n%s",
				strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	})

	t.Run("fix", func(t *testing.T) {
		dir := filepath.Join(t.TempDir(), "vulnerable")
		if err := os.CopyFS(dir, os.DirFS(app)); err != nil {
			t.Fatal(err)
		}
		before := runGCL(t, gcl, dir)
		fix := exec.Command(gcl, "run", "--fix", "./...")
		fix.Dir = dir
		if out, err := fix.CombinedOutput(); fix.ProcessState.ExitCode() > 1 { // 1: issues remain
			t.Fatalf("golangci-lint run --fix: %v\n%s", err, out)
		}
		after := runGCL(t, gcl, dir)
		if len(after) >= len(before) {
			t.Errorf("--fix left %d of %d findings", len(after), len(before))
		}
		if main := readFile(t, filepath.Join(dir, "main.go")); strings.Contains(main, `"http://api.zoominfo.com"`) {
			t.Errorf("--fix did not rewrite the plain-http URL")
		}
		if want := standalone(t, dir); !slices.Equal(after, want) {
			t.Errorf("after --fix golangci-lint reports\n%s\nzilint reports\n%s",
				strings.Join(after, "\n"), strings.Join(want, "\n"))
		}
		run(t, dir, "go", "build", "./...")
	})

	for _, bad := range []struct{ setting, want string }{
		{"skip-test: false", `unknown field "skip-test"`},
		{`skip-tests: "no"`, "hardcodedkey.skip-tests of type bool"},
	} {
		t.Run("bad setting "+bad.setting, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "vulnerable")
			if err := os.CopyFS(dir, os.DirFS(app)); err != nil {
				t.Fatal(err)
			}
			cfg := filepath.Join(dir, ".golangci.yml")
			config := strings.Replace(readFile(t, cfg), "skip-tests: false", bad.setting, 1)
			if err := os.WriteFile(cfg, []byte(config), 0o644); err != nil {
				t.Fatal(err)
			}
			cmd := exec.Command(gcl, "run", "./...")
			cmd.Dir = dir
			out, err := cmd.CombinedOutput()
			if err == nil || !bytes.Contains(out, []byte("zilint: settings")) || !bytes.Contains(out, []byte(bad.want)) {
				t.Errorf("err %v, output\n%s\nwant a failure naming the key (%s)", err, out, bad.want)
			}
		})
	}
}

// buildCustomGCL builds golangci-lint with this repository's plugin from
// the module cache copy of its source (no network, no git clone) and
// returns the binary's path.
func buildCustomGCL(t *testing.T) string {
	t.Helper()
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	modPath := "github.com/golangci/golangci-lint/v2@" + golangciVersion
	out, err := exec.Command("go", "mod", "download", "-json", modPath).Output()
	if err != nil {
		t.Fatalf("go mod download %s: %v", modPath, err)
	}
	var mod struct{ Dir string }
	if err := json.Unmarshal(out, &mod); err != nil || mod.Dir == "" {
		t.Fatalf("go mod download %s: no source directory (%v)", modPath, err)
	}

	src := filepath.Join(t.TempDir(), "golangci-lint")
	if err := os.CopyFS(src, os.DirFS(mod.Dir)); err != nil {
		t.Fatal(err)
	}
	plugins := "package main\n\nimport _ \"github.com/zilint/zilint/plugin\"\n"
	if err := os.WriteFile(filepath.Join(src, "cmd", "golangci-lint", "plugins.go"), []byte(plugins), 0o644); err != nil {
		t.Fatal(err)
	}
	run(t, src, "go", "mod", "edit", "-require", "github.com/zilint/zilint@v0.0.0",
		"-replace", "github.com/zilint/zilint="+root)

	// zilint's requirements raise some of golangci-lint's (viper, through
	// gitleaks): -mod=mod lets go build update go.mod, and zilint's go.sum
	// supplies the checksums it then needs, without the network.
	sums := readFile(t, filepath.Join(src, "go.sum")) + readFile(t, filepath.Join(root, "go.sum"))
	if err := os.WriteFile(filepath.Join(src, "go.sum"), []byte(sums), 0o644); err != nil {
		t.Fatal(err)
	}

	bin := filepath.Join(t.TempDir(), "custom-gcl")
	start := time.Now()
	run(t, src, "go", "build", "-mod=mod", "-o", bin, "./cmd/golangci-lint")
	t.Logf("built golangci-lint %s with the zilint plugin in %s", golangciVersion, time.Since(start).Round(time.Second))
	return bin
}

// runGCL runs the custom golangci-lint in dir and returns its zilint
// findings as "file:line:col: analyzer: message", sorted.
func runGCL(t *testing.T, gcl, dir string) []string {
	t.Helper()
	report := filepath.Join(t.TempDir(), "report.json")
	cmd := exec.Command(gcl, "run", "--output.json.path", report, "./...")
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	if code := cmd.ProcessState.ExitCode(); code != 0 && code != 1 { // 1: issues found
		t.Fatalf("golangci-lint run: %v\n%s", err, out)
	}
	var doc struct {
		Issues []struct {
			FromLinter, Text string
			Pos              struct {
				Filename     string
				Line, Column int
			}
		}
	}
	if err := json.Unmarshal([]byte(readFile(t, report)), &doc); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, i := range doc.Issues {
		if i.FromLinter != Name {
			t.Errorf("issue from %s: only zilint should run", i.FromLinter)
		}
		// golangci-lint turns each diagnostic's Related information (the
		// source of a flow finding) into an issue of its own; the
		// standalone driver keeps it on the finding.
		if strings.Contains(i.Text, "(related information): ") {
			continue
		}
		got = append(got, fmt.Sprintf("%s:%d:%d: %s", i.Pos.Filename, i.Pos.Line, i.Pos.Column, i.Text))
	}
	slices.Sort(got)
	return got
}

// standalone runs the zilint driver in dir and returns its findings in
// the form of runGCL.
func standalone(t *testing.T, dir string) []string {
	t.Helper()
	var stdout, stderr bytes.Buffer
	if code := driver.Run(nil, analyzers.All(), driver.Env{Dir: dir, Stdout: &stdout, Stderr: &stderr}); code == driver.ExitError {
		t.Fatalf("zilint: %s", stderr.String())
	}
	var got []string
	sc := bufio.NewScanner(&stdout)
	for sc.Scan() {
		// file:line:col: message (analyzer) → file:line:col: analyzer: message
		line := sc.Text()
		open := strings.LastIndex(line, " (")
		posn, msg, _ := strings.Cut(line[:open], ": ")
		got = append(got, posn+": "+strings.TrimSuffix(line[open+2:], ")")+": "+msg)
	}
	slices.Sort(got)
	return got
}

// run runs a command in dir and fails the test when it fails.
func run(t *testing.T, dir, name string, args ...string) {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, out)
	}
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}
