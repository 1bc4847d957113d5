package main

import (
	"flag"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/zilint/zilint/analyzers"
	"github.com/zilint/zilint/internal/driver"
)

// TestReadmeDocumentsEverything keeps README.md from drifting: every
// driver flag, every analyzer with its section (the target of
// Analyzer.URL) and its own flags, and every exit status are documented.
func TestReadmeDocumentsEverything(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	doc := string(readme)
	for _, name := range []string{driver.FlagJSON, driver.FlagFix, driver.FlagDiff,
		driver.FlagVersion, driver.FlagTest, driver.FlagTags, driver.FlagSARIF,
		driver.FlagBaseline, driver.FlagBaselineWrite, driver.FlagNewFromRev, driver.FlagNewFromMergeBase} {
		if !strings.Contains(doc, "| `-"+name+"` |") {
			t.Errorf("README.md has no row for flag -%s", name)
		}
	}
	for _, a := range analyzers.All() {
		if !strings.Contains(doc, "\n### "+a.Name+"\n") {
			t.Errorf("README.md has no section for analyzer %s", a.Name)
		}
		if want := "https://github.com/zilint/zilint#" + a.Name; a.URL != want {
			t.Errorf("%s.URL = %q, want %q", a.Name, a.URL, want)
		}
		a.Flags.VisitAll(func(f *flag.Flag) {
			if !strings.Contains(doc, "-"+a.Name+"."+f.Name) {
				t.Errorf("README.md does not mention -%s.%s", a.Name, f.Name)
			}
		})
	}
	for _, code := range []int{driver.ExitClean, driver.ExitFindings, driver.ExitError} {
		if !strings.Contains(doc, "| "+strconv.Itoa(code)+" |") {
			t.Errorf("README.md does not document exit status %d", code)
		}
	}
}
