package secrets

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"github.com/rs/zerolog"
	"github.com/zricethezav/gitleaks/v8/cmd/scm"
	"github.com/zricethezav/gitleaks/v8/config"
	"github.com/zricethezav/gitleaks/v8/detect"
	"github.com/zricethezav/gitleaks/v8/logging"
	"github.com/zricethezav/gitleaks/v8/report"
	"github.com/zricethezav/gitleaks/v8/sources"

	"github.com/zilint/zilint/internal/credential"
)

// maxDecodeDepth is gitleaks' default depth of decoding (base64, hex,
// percent) before matching, kept so that zilint and gitleaks agree.
const maxDecodeDepth = 5

// result is a finished scan: masked findings in a stable order, the line
// of each secret, and the problems met on the way.
type result struct {
	findings []report.Finding
	lines    []int
	warnings []string
	failed   bool
}

// quiet turns off gitleaks' own logging; zilint reports what matters.
var quiet = sync.OnceFunc(func() { logging.Logger = zerolog.Nop() })

func scan(root string, cfg config.Config, opts options) (result, error) {
	var res result
	info, err := os.Stat(root)
	if err != nil {
		return res, err
	}
	base := root
	if !info.IsDir() {
		base = filepath.Dir(root)
	}
	gitMode := opts.git || opts.staged
	if gitMode {
		if err := checkRepo(root, info.IsDir()); err != nil {
			return res, err
		}
		if opts.git && !hasCommits(root) {
			return res, nil // no history yet: nothing to scan
		}
	}
	quiet()

	d := detect.NewDetector(cfg)
	d.MaxDecodeDepth = maxDecodeDepth
	ignore := opts.ignore
	if p := filepath.Join(base, ".gitleaksignore"); ignore == "" && fileExists(p) {
		ignore = p
	}
	if ignore != "" {
		if err := d.AddGitleaksIgnore(ignore); err != nil {
			return res, fmt.Errorf("-%s: %w", FlagGitleaksIgnore, err)
		}
	}
	var baseline []report.Finding
	if opts.baseline != "" {
		if baseline, err = loadBaseline(opts.baseline); err != nil {
			return res, err
		}
	}

	ctx := context.Background()
	src, err := source(ctx, root, cfg, d, opts)
	if err != nil {
		return res, err
	}
	skip := relPath(base, opts.baseline)
	var mu sync.Mutex
	err = src.Fragments(ctx, func(fr sources.Fragment, err error) error {
		if err != nil {
			mu.Lock()
			res.warnings = append(res.warnings, err.Error())
			res.failed = res.failed || gitMode
			mu.Unlock()
			return nil
		}
		if !gitMode {
			fr.FilePath = relPath(base, fr.FilePath)
		}
		// Binary files: gitleaks skips the types it knows; a NUL byte
		// marks the rest.
		if strings.IndexByte(fr.Raw, 0) >= 0 || fr.FilePath == skip {
			return nil
		}
		//nolint:staticcheck // DetectContext takes detect.Fragment in gitleaks v8
		for _, f := range d.DetectContext(ctx, detect.Fragment(fr)) {
			d.AddFinding(f) // fingerprint, .gitleaksignore
		}
		return nil
	})
	if err != nil {
		return res, err
	}
	res.findings, res.lines = finish(d.Findings(), baseline)
	return res, nil
}

// source returns the gitleaks source of the mode.
func source(ctx context.Context, root string, cfg config.Config, d *detect.Detector, opts options) (sources.Source, error) {
	if !opts.git && !opts.staged {
		return &sources.Files{Config: &cfg, Path: root, Sema: d.Sema}, nil
	}
	var cmd *sources.GitCmd
	var err error
	if opts.staged {
		cmd, err = sources.NewGitDiffCmdContext(ctx, root, true)
	} else {
		cmd, err = sources.NewGitLogCmdContext(ctx, root, "")
	}
	if err != nil {
		return nil, fmt.Errorf("git: %w", err)
	}
	return &sources.Git{Cmd: cmd, Config: &cfg, Sema: d.Sema,
		Remote: &sources.RemoteInfo{Platform: scm.NoPlatform}}, nil
}

// checkRepo fails clearly when root is not in a git work tree, before
// gitleaks runs git and hides its complaint in a log.
func checkRepo(root string, isDir bool) error {
	if !isDir {
		return fmt.Errorf("%s is not a directory", root)
	}
	out, err := exec.Command("git", "-C", root, "rev-parse", "--is-inside-work-tree").CombinedOutput()
	if err != nil || strings.TrimSpace(string(out)) != "true" {
		return fmt.Errorf("%s is not a git repository", root)
	}
	return nil
}

func hasCommits(root string) bool {
	return exec.Command("git", "-C", root, "rev-parse", "-q", "--verify", "HEAD").Run() == nil
}

func fileExists(p string) bool {
	info, err := os.Stat(p)
	return err == nil && !info.IsDir()
}

// relPath returns p relative to base with forward slashes, or p itself
// when it is not under base.
func relPath(base, p string) string {
	if p == "" {
		return ""
	}
	abs, err := filepath.Abs(p)
	if err != nil {
		return p
	}
	rel, err := filepath.Rel(base, abs)
	if err != nil || strings.HasPrefix(rel, "..") {
		return filepath.ToSlash(p)
	}
	return filepath.ToSlash(rel)
}

// loadBaseline reads a gitleaks JSON report (from gitleaks or from
// zilint secrets -json).
func loadBaseline(path string) ([]report.Finding, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("-%s: %w", FlagBaseline, err)
	}
	var fs []report.Finding
	if err := json.Unmarshal(data, &fs); err != nil {
		return nil, errors.New("-" + FlagBaseline + ": " + path + " is not a gitleaks JSON report")
	}
	return fs, nil
}

// known reports whether f is in the baseline. Reports may hold the
// secret whole (gitleaks), masked (zilint) or redacted (gitleaks
// --redact), so the secret is compared in all three forms.
func known(f report.Finding, baseline []report.Finding) bool {
	for _, b := range baseline {
		if b.RuleID == f.RuleID && b.File == f.File && b.Commit == f.Commit &&
			b.StartLine == f.StartLine && b.EndLine == f.EndLine &&
			(b.Secret == f.Secret || b.Secret == credential.Mask(f.Secret) || b.Secret == "REDACTED") {
			return true
		}
	}
	return false
}

// finish drops duplicates and known findings, sorts, and masks.
func finish(fs []report.Finding, baseline []report.Finding) ([]report.Finding, []int) {
	fs = slices.Clone(fs)
	// A secret found by a ZoomInfo rule and by a default rule (the
	// generic one, private-key) is reported once, by the ZoomInfo rule.
	slices.SortStableFunc(fs, func(a, b report.Finding) int {
		return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(secretLine(a), secretLine(b)),
			cmp.Compare(a.Commit, b.Commit), cmp.Compare(rank(a), rank(b)), cmp.Compare(a.RuleID, b.RuleID))
	})
	seen := make(map[string]bool)
	var out []report.Finding
	var lines []int
	for _, f := range fs {
		key := fmt.Sprintf("%s\x00%s\x00%d\x00%s", f.File, f.Commit, secretLine(f), f.Secret)
		if seen[key] {
			continue
		}
		seen[key] = true
		// The baseline is checked after duplicates are gone: a baseline
		// written by zilint lists only the finding that was kept.
		if known(f, baseline) {
			continue
		}
		lines = append(lines, secretLine(f))
		out = append(out, mask(f))
	}
	return out, lines
}

func rank(f report.Finding) int {
	if strings.HasPrefix(f.RuleID, "zoominfo-") {
		return 0
	}
	return 1
}

// secretLine is the line of the secret itself. gitleaks reports the line
// where the match starts, which for a setting in a zoominfo: section is
// the section's line.
func secretLine(f report.Finding) int {
	i := strings.Index(f.Match, f.Secret)
	if i < 0 || f.Secret == "" {
		return f.StartLine
	}
	return f.StartLine + strings.Count(f.Match[:i], "\n")
}

// mask replaces the secret by credential.Mask in every field that holds
// it, and drops the lines of the match before the secret's: a section
// may hold other values.
func mask(f report.Finding) report.Finding {
	s, m := f.Secret, credential.Mask(f.Secret)
	f.Match = maskText(f.Match, s, m)
	f.Line = maskText(f.Line, s, m)
	f.Secret = m
	f.Fragment = nil
	return f
}

func maskText(text, secret, m string) string {
	if secret == "" {
		return credential.Scrub(text)
	}
	if i := strings.Index(text, secret); i >= 0 {
		text = text[strings.LastIndex(text[:i], "\n")+1:]
	}
	return credential.Scrub(strings.ReplaceAll(text, secret, m))
}
