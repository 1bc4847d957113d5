package secrets

import (
	"crypto/sha256"
	"encoding/hex"
	"os"

	"github.com/owenrumney/go-sarif/v3/pkg/report"
	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"
	"github.com/zricethezav/gitleaks/v8/config"
	greport "github.com/zricethezav/gitleaks/v8/report"
)

const infoURI = "https://github.com/zilint/zilint"

// writeSARIF writes the findings as SARIF 2.1.0, one rule per rule that
// reported something; messages carry the masked secret only.
func writeSARIF(path string, cfg config.Config, fs []greport.Finding, lines []int) error {
	run := sarif.NewRunWithInformationURI("zilint secrets", infoURI)
	seen := make(map[string]bool)
	for _, f := range fs {
		if !seen[f.RuleID] {
			seen[f.RuleID] = true
			desc := f.Description
			if r, ok := cfg.Rules[f.RuleID]; ok && r.Description != "" {
				desc = r.Description
			}
			run.AddRule(f.RuleID).WithDescription(desc).WithHelpURI(infoURI + "#secrets")
		}
	}
	for i, f := range fs {
		region := sarif.NewSimpleRegion(lines[i], lines[i]+max(0, f.EndLine-f.StartLine))
		loc := sarif.NewPhysicalLocation().
			WithArtifactLocation(sarif.NewSimpleArtifactLocation(f.File)).WithRegion(region)
		// The fingerprint names the rule, file and masked secret, not the
		// line, so that code scanning follows an alert across edits.
		sum := sha256.Sum256([]byte(f.RuleID + "\x00" + f.File + "\x00" + f.Secret))
		run.CreateResultForRule(f.RuleID).
			WithLevel("error").
			WithMessage(sarif.NewTextMessage(f.Description + ": " + f.Secret)).
			AddLocation(sarif.NewLocationWithPhysicalLocation(loc)).
			WithPartialFingerprints(map[string]string{"zilintSecret/v1": hex.EncodeToString(sum[:16])})
	}
	rep := report.NewV210Report()
	rep.AddRun(run)
	out, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := rep.PrettyWrite(out); err != nil {
		_ = out.Close() // the write error is the one to report
		return err
	}
	return out.Close()
}
