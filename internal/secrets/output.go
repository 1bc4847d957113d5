package secrets

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/zricethezav/gitleaks/v8/report"
)

// writeText prints one finding a line: file:line: rule-id: masked
// secret, with the commit in git modes.
func writeText(w io.Writer, fs []report.Finding, lines []int) error {
	for i, f := range fs {
		line := fmt.Sprintf("%s:%d: %s: %s", f.File, lines[i], f.RuleID, f.Secret)
		if f.Commit != "" {
			line += " (commit " + short(f.Commit) + ")"
		}
		if _, err := fmt.Fprintln(w, line); err != nil {
			return err
		}
	}
	return nil
}

// writeJSON prints the findings in the shape of gitleaks' JSON report,
// secrets masked.
func writeJSON(w io.Writer, fs []report.Finding) error {
	if fs == nil {
		fs = []report.Finding{}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", " ")
	return enc.Encode(fs)
}

func short(sha string) string {
	if len(sha) > 12 {
		return sha[:12]
	}
	return sha
}
