package secrets

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sync"

	"github.com/zricethezav/gitleaks/v8/config"

	"github.com/zilint/zilint/internal/credential"
	"github.com/zilint/zilint/internal/driver"
	"github.com/zilint/zilint/internal/rulepack"
)

// Command is the first argument that selects this subcommand.
const Command = "secrets"

// Built-in configurations are loaded once per process and shared by
// every scan: compiled rules are read-only.
var (
	packWithDefaults = sync.OnceValues(func() (config.Config, error) {
		return rulepack.Load(rulepack.Options{Defaults: true})
	})
	packAlone = sync.OnceValues(func() (config.Config, error) {
		return rulepack.Load(rulepack.Options{})
	})
)

// Run runs zilint secrets with args (after "secrets") and returns the
// exit status.
func Run(args []string, env driver.Env) int {
	stdout, stderr := env.Stdout, env.Stderr
	if stdout == nil {
		stdout = os.Stdout
	}
	if stderr == nil {
		stderr = os.Stderr
	}
	errf := func(format string, a ...any) {
		fmt.Fprintln(stderr, "zilint secrets: "+credential.Scrub(fmt.Sprintf(format, a...)))
	}

	opts, err := parseFlags(args, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return driver.ExitClean
	}
	if err != nil {
		errf("%v", err)
		return driver.ExitError
	}
	root := opts.path
	if !filepath.IsAbs(root) && env.Dir != "" {
		root = filepath.Join(env.Dir, root)
	}
	if opts.config != "" && !filepath.IsAbs(opts.config) && env.Dir != "" {
		opts.config = filepath.Join(env.Dir, opts.config)
	}
	if opts.baseline != "" && !filepath.IsAbs(opts.baseline) && env.Dir != "" {
		opts.baseline = filepath.Join(env.Dir, opts.baseline)
	}
	if opts.sarif != "" && !filepath.IsAbs(opts.sarif) && env.Dir != "" {
		opts.sarif = filepath.Join(env.Dir, opts.sarif)
	}

	cfg, err := loadConfig(opts)
	if err != nil {
		errf("%v", err)
		return driver.ExitError
	}
	res, err := scan(root, cfg, opts)
	if err != nil {
		errf("%v", err)
		return driver.ExitError
	}
	for _, w := range res.warnings {
		errf("%s", w)
	}

	if opts.json {
		err = writeJSON(stdout, res.findings)
	} else {
		err = writeText(stdout, res.findings, res.lines)
	}
	if err == nil && opts.sarif != "" {
		err = writeSARIF(opts.sarif, cfg, res.findings, res.lines)
	}
	switch {
	case err != nil:
		errf("%v", err)
		return driver.ExitError
	case res.failed:
		return driver.ExitError
	case len(res.findings) > 0:
		return driver.ExitFindings
	}
	return driver.ExitClean
}

func loadConfig(opts options) (config.Config, error) {
	if opts.config != "" {
		return rulepack.Load(rulepack.Options{Defaults: !opts.noDefaults, UserConfig: opts.config})
	}
	if opts.noDefaults {
		return packAlone()
	}
	return packWithDefaults()
}
