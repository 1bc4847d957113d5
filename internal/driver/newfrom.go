package driver

import (
	"context"
	"fmt"
	"os"
	"slices"

	"github.com/golangci/revgrep"
)

// keepNew returns the findings on lines that git reports as added or
// changed since rev (-new-from-rev) or since the merge base of HEAD and
// branch (-new-from-merge-base), untracked files included. git runs in
// the current directory, and file names are matched relative to it.
func keepNew(ctx context.Context, findings []finding, rev, branch string) ([]finding, error) {
	checker := &revgrep.Checker{RevisionFrom: rev, MergeBase: branch}
	if err := checker.Prepare(ctx); err != nil {
		flag := FlagNewFromRev
		if branch != "" {
			flag = FlagNewFromMergeBase
		}
		return nil, fmt.Errorf("-%s: %w", flag, err)
	}
	cwd, err := os.Getwd()
	if err != nil {
		return nil, err
	}
	return slices.DeleteFunc(findings, func(f finding) bool {
		_, isNew := checker.IsNew(relPath(cwd, f.pos.Filename), f.pos.Line)
		return !isNew
	}), nil
}
