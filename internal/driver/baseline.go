package driver

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/zilint/zilint/internal/credential"
)

// A baselineFile is the JSON document of -baseline and -baseline-write.
// Only the fingerprints matter; analyzer, file and message are there for
// the people who review the file.
type baselineFile struct {
	Version  string          `json:"version"`
	Findings []baselineEntry `json:"findings"`
}

type baselineEntry struct {
	Fingerprint string `json:"fingerprint"`
	Analyzer    string `json:"analyzer"`
	File        string `json:"file"` // relative to the module root
	Message     string `json:"message"`
}

// fingerprintPattern is the shape of a fingerprint: hash:occurrence.
var fingerprintPattern = regexp.MustCompile(`^[0-9a-f]{32}:[1-9][0-9]*$`)

// writeBaseline records the fingerprints of findings in file, sorted by
// file, analyzer, message and fingerprint so that the file diffs well.
func writeBaseline(file string, findings []finding, src *sources) error {
	doc := baselineFile{Version: fingerprintVersion, Findings: []baselineEntry{}}
	for _, f := range findings {
		doc.Findings = append(doc.Findings, baselineEntry{
			Fingerprint: f.fingerprint,
			Analyzer:    f.analyzer,
			File:        filepath.ToSlash(relPath(src.moduleRoot(f.pos.Filename), f.pos.Filename)),
			Message:     credential.Scrub(f.message),
		})
	}
	slices.SortFunc(doc.Findings, func(a, b baselineEntry) int {
		return cmp.Or(strings.Compare(a.File, b.File), strings.Compare(a.Analyzer, b.Analyzer),
			strings.Compare(a.Message, b.Message), strings.Compare(a.Fingerprint, b.Fingerprint))
	})

	data, err := json.MarshalIndent(doc, "", "  ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(file, append(data, '\n'), 0o644); err != nil {
		return fmt.Errorf("writing baseline: %w", err)
	}
	return nil
}

// readBaseline returns the set of fingerprints recorded in file. A file
// that is not a baseline of this version is an error naming the problem.
func readBaseline(file string) (map[string]bool, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, fmt.Errorf("reading baseline: %w", err)
	}
	fail := func(format string, args ...any) error {
		return fmt.Errorf("baseline %s is malformed: %s; regenerate it with -%s",
			file, fmt.Sprintf(format, args...), FlagBaselineWrite)
	}

	var doc baselineFile
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&doc); err != nil {
		return nil, fail("%v", err)
	}
	if dec.More() {
		return nil, fail("data after the JSON object")
	}
	if doc.Version != fingerprintVersion {
		return nil, fail("version is %q, want %q", doc.Version, fingerprintVersion)
	}
	if doc.Findings == nil {
		return nil, fail("no findings list")
	}

	set := make(map[string]bool, len(doc.Findings))
	for i, e := range doc.Findings {
		if !fingerprintPattern.MatchString(e.Fingerprint) {
			return nil, fail("finding %d has fingerprint %q", i+1, e.Fingerprint)
		}
		set[e.Fingerprint] = true
	}
	return set, nil
}

// dropBaselined returns the findings whose fingerprint is not in known.
func dropBaselined(findings []finding, known map[string]bool) []finding {
	return slices.DeleteFunc(findings, func(f finding) bool { return known[f.fingerprint] })
}

// errBaselineFlags is the usage error of contradictory baseline flags.
var errBaselineFlags = errors.New("-" + FlagBaselineWrite + " cannot be combined with -" +
	FlagBaseline + ", -" + FlagFix + " or -" + FlagDiff)
