package plugin

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/zilint/zilint/analyzers/credflow"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/zilint/zilint/analyzers"
)

// build decodes raw settings and builds the analyzers.
func build(t *testing.T, raw any) []*analysis.Analyzer {
	t.Helper()
	p, err := New(raw)
	if err != nil {
		t.Fatalf("New(%v): %v", raw, err)
	}
	as, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatal(err)
	}
	return as
}

func analyzerNames(as []*analysis.Analyzer) []string {
	var out []string
	for _, a := range as {
		out = append(out, a.Name)
	}
	return out
}

func TestRegistered(t *testing.T) {
	newPlugin, err := register.GetPlugin(Name)
	if err != nil {
		t.Fatal(err)
	}
	p, err := newPlugin(nil)
	if err != nil {
		t.Fatal(err)
	}
	if p.GetLoadMode() != register.LoadModeTypesInfo {
		t.Errorf("load mode %q, want %q", p.GetLoadMode(), register.LoadModeTypesInfo)
	}
}

func TestDefaults(t *testing.T) {
	for _, raw := range []any{nil, map[string]any{}} {
		got := analyzerNames(build(t, raw))
		if want := analyzerNames(analyzers.All()); !slices.Equal(got, want) {
			t.Errorf("New(%v) builds %v, want %v", raw, got, want)
		}
	}
}

func TestFreshAnalyzers(t *testing.T) {
	first, second := build(t, nil), build(t, nil)
	for i, a := range first {
		if _, ok := builders[a.Name]; !ok {
			continue
		}
		if a == second[i] || slices.Contains(analyzers.All(), a) {
			t.Errorf("%s: the same analyzer is built twice or shared with the driver", a.Name)
		}
	}
}

func TestSettingsApplied(t *testing.T) {
	as := build(t, map[string]any{
		"analyzers":    []any{"hardcodedkey"},
		"hardcodedkey": map[string]any{"skip-tests": true, "assume-context": true},
	})
	if got := analyzerNames(as); !slices.Equal(got, []string{"hardcodedkey"}) {
		t.Fatalf("analyzers %v, want [hardcodedkey]", got)
	}
	for _, flag := range []string{"skip-tests", "assume-context"} {
		if v := as[0].Flags.Lookup(flag).Value.String(); v != "true" {
			t.Errorf("hardcodedkey -%s = %s, want true", flag, v)
		}
	}
	if v := analyzers.All()[0].Flags.Lookup("skip-tests").Value.String(); v != "false" {
		t.Errorf("the settings changed the shared analyzer: skip-tests = %s", v)
	}
}

func TestBadSettings(t *testing.T) {
	tests := []struct {
		name string
		raw  any
		want string // the key the error must name
	}{
		{"unknown top-level key", map[string]any{"skiptests": true}, `"skiptests"`},
		{"unknown nested key", map[string]any{"hardcodedkey": map[string]any{"skip-test": true}}, `"skip-test"`},
		{"camelCase arrives lowercased", map[string]any{"hardcodedkey": map[string]any{"skiptests": true}}, `"skiptests"`},
		{"wrong type", map[string]any{"hardcodedkey": map[string]any{"skip-tests": "yes"}}, "skip-tests"},
		{"wrong type of list", map[string]any{"analyzers": "hardcodedkey"}, "analyzers"},
		{"unknown analyzer", map[string]any{"analyzers": []any{"keyleek"}}, `"keyleek"`},
		{"not a map", []any{1}, "settings"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := New(tt.raw)
			if err == nil {
				t.Fatalf("New(%v) succeeded", tt.raw)
			}
			if msg := err.Error(); !strings.Contains(msg, tt.want) || !strings.HasPrefix(msg, "zilint: settings") {
				t.Errorf("New(%v) = %q; want it to start with \"zilint: settings\" and name %s", tt.raw, msg, tt.want)
			}
		})
	}
}

// TestCustomGCLConfig keeps .custom-gcl.yml in step with this package
// and with the golangci-lint version the plugin test builds.
func TestCustomGCLConfig(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", ".custom-gcl.yml"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"\nversion: " + golangciVersion + "\n",
		"- module: github.com/zilint/zilint\n",
		"import: github.com/zilint/zilint/plugin\n",
	} {
		if !strings.Contains(string(data), want) {
			t.Errorf(".custom-gcl.yml lacks %q", want)
		}
	}
}

func TestFlowSettingsApplied(t *testing.T) {
	as := build(t, map[string]any{
		"analyzers": []any{"keyleak", "envload"},
		"keyleak":   map[string]any{"skip-tests": true},
		"envload":   map[string]any{"loaders": []any{"config.APIKey", "Vault.Key"}},
	})
	if got := analyzerNames(as); !slices.Equal(got, []string{"keyleak", "envload"}) {
		t.Fatalf("analyzers %v, want [keyleak envload]", got)
	}
	if v := as[0].Flags.Lookup("skip-tests").Value.String(); v != "true" {
		t.Errorf("keyleak -skip-tests = %s, want true", v)
	}
	if v := as[1].Flags.Lookup("loaders").Value.String(); v != "config.APIKey,Vault.Key" {
		t.Errorf("envload -loaders = %q, want both loaders", v)
	}
}

func TestEnvVarsSetting(t *testing.T) {
	as := build(t, map[string]any{
		"analyzers": []any{"hardcodedkey", "keyleak", "envload"},
		"env-vars":  []any{"ACME_TOKEN"},
	})
	if v := as[0].Flags.Lookup("env-vars").Value.String(); v != "ACME_TOKEN" {
		t.Errorf("hardcodedkey -env-vars = %q, want ACME_TOKEN", v)
	}
	flow := as[1].Requires[0]
	if flow != as[2].Requires[0] {
		t.Error("keyleak and envload do not share one credflow")
	}
	if v := flow.Flags.Lookup("env-vars").Value.String(); v != "ACME_TOKEN" {
		t.Errorf("credflow -env-vars = %q, want ACME_TOKEN", v)
	}
	if flow == credflow.Analyzer {
		t.Error("the settings configured the shared default credflow")
	}
}
