// Package plugin registers zilint as a golangci-lint v2 module plugin
// named "zilint".
//
// Build a golangci-lint binary that includes it with `golangci-lint
// custom` and the .custom-gcl.yml at the root of this repository, then
// enable it in .golangci.yml:
//
//	linters:
//	  enable: [zilint]
//	  settings:
//	    custom:
//	      zilint:
//	        type: module
//	        settings:
//	          analyzers: [hardcodedkey, insecureurl, keyleak, envload] # default: all
//	          env-vars: [ACME_ZI_TOKEN] # your own ZoomInfo variables; default none
//	          hardcodedkey:
//	            skip-tests: false
//	            assume-context: false
//	          keyleak:
//	            skip-tests: false
//	          envload:
//	            loaders: [config.APIKey]
//
// The settings are decoded strictly: an unknown key or a value of the
// wrong type is an error that names the key. golangci-lint lowercases
// the keys of settings maps, so every key here is lowercase. Each call
// of New builds fresh analyzers, so two configurations never share one.
package plugin

import (
	"fmt"
	"slices"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/zilint/zilint/analyzers"
	"github.com/zilint/zilint/analyzers/credflow"
	"github.com/zilint/zilint/analyzers/envload"
	"github.com/zilint/zilint/analyzers/hardcodedkey"
	"github.com/zilint/zilint/analyzers/insecureurl"
	"github.com/zilint/zilint/analyzers/keyleak"
)

// Name is the name of the linter in golangci-lint's configuration.
const Name = "zilint"

func init() {
	register.Plugin(Name, New)
}

// Settings are the plugin's settings in .golangci.yml.
type Settings struct {
	// Analyzers lists the analyzers to run; empty means all of them.
	Analyzers []string `json:"analyzers"`
	// EnvVars are your own names of ZoomInfo credential variables, beyond
	// ZOOMINFO_* and ZI_*, for every analyzer (default none).
	EnvVars []string `json:"env-vars"`
	// Hardcodedkey configures the hardcodedkey analyzer.
	Hardcodedkey HardcodedkeySettings `json:"hardcodedkey"`
	// Keyleak configures the keyleak analyzer.
	Keyleak KeyleakSettings `json:"keyleak"`
	// Envload configures the envload analyzer.
	Envload EnvloadSettings `json:"envload"`
}

// KeyleakSettings mirror the flags of keyleak.
type KeyleakSettings struct {
	// SkipTests turns off reports in _test.go files (default false).
	SkipTests bool `json:"skip-tests"`
}

// EnvloadSettings mirror the flags of envload.
type EnvloadSettings struct {
	// Loaders are your own approved credential loaders, as
	// "config.APIKey" or "Vault.Key" (default none).
	Loaders []string `json:"loaders"`
}

// HardcodedkeySettings mirror the flags of hardcodedkey.
type HardcodedkeySettings struct {
	// SkipTests turns off reports in _test.go files (default false).
	SkipTests bool `json:"skip-tests"`
	// AssumeContext treats every package as ZoomInfo code (default false).
	AssumeContext bool `json:"assume-context"`
}

// builders make a fresh analyzer of each name from the settings; flow is
// the one credflow analysis that keyleak and envload share.
var builders = map[string]func(s Settings, flow *analysis.Analyzer) *analysis.Analyzer{
	hardcodedkey.Name: func(s Settings, _ *analysis.Analyzer) *analysis.Analyzer {
		return hardcodedkey.New(hardcodedkey.Config{
			SkipTests:     s.Hardcodedkey.SkipTests,
			AssumeContext: s.Hardcodedkey.AssumeContext,
			EnvVars:       s.EnvVars,
		})
	},
	insecureurl.Analyzer.Name: func(Settings, *analysis.Analyzer) *analysis.Analyzer { return insecureurl.New() },
	keyleak.Analyzer.Name: func(s Settings, flow *analysis.Analyzer) *analysis.Analyzer {
		return keyleak.New(keyleak.Config{SkipTests: s.Keyleak.SkipTests, Flow: flow})
	},
	envload.Analyzer.Name: func(s Settings, flow *analysis.Analyzer) *analysis.Analyzer {
		return envload.New(envload.Config{Loaders: s.Envload.Loaders, Flow: flow})
	},
}

// linter is the configured plugin.
type linter struct {
	settings Settings
}

// New decodes the settings golangci-lint passes and checks them.
func New(raw any) (register.LinterPlugin, error) {
	s, err := register.DecodeSettings[Settings](raw)
	if err != nil {
		return nil, fmt.Errorf("%s: settings: %w", Name, err)
	}
	known := names()
	for _, name := range s.Analyzers {
		if !slices.Contains(known, name) {
			return nil, fmt.Errorf("%s: settings: analyzers: unknown analyzer %q (known: %v)", Name, name, known)
		}
	}
	return &linter{settings: s}, nil
}

// BuildAnalyzers returns fresh analyzers configured by the settings, in
// the order of analyzers.All.
func (l *linter) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	var out []*analysis.Analyzer
	flow := credflow.New(credflow.Config{EnvVars: l.settings.EnvVars})
	for _, a := range analyzers.All() {
		if len(l.settings.Analyzers) > 0 && !slices.Contains(l.settings.Analyzers, a.Name) {
			continue
		}
		if build, ok := builders[a.Name]; ok {
			a = build(l.settings, flow)
		}
		// An analyzer without a builder has no settings yet: its shared
		// default instance is the one to run.
		out = append(out, a)
	}
	return out, nil
}

// GetLoadMode asks for type information, which every analyzer needs.
func (l *linter) GetLoadMode() string {
	return register.LoadModeTypesInfo
}

// names are the names of all analyzers.
func names() []string {
	var out []string
	for _, a := range analyzers.All() {
		out = append(out, a.Name)
	}
	return out
}
