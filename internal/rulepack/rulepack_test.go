package rulepack

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/zricethezav/gitleaks/v8/config"
	"github.com/zricethezav/gitleaks/v8/detect"
	"github.com/zricethezav/gitleaks/v8/report"

	"github.com/zilint/zilint/internal/credential"
)

// The configurations are loaded once per test binary; detectors are
// cheap and made per test.
var (
	withDefaults = sync.OnceValues(func() (config.Config, error) { return Load(Options{Defaults: true}) })
	packOnly     = sync.OnceValues(func() (config.Config, error) { return Load(Options{}) })
)

func detector(t *testing.T, load func() (config.Config, error)) *detect.Detector {
	t.Helper()
	cfg, err := load()
	if err != nil {
		t.Fatal(err)
	}
	return detect.NewDetector(cfg)
}

func ruleFindings(fs []report.Finding, id string) []report.Finding {
	return slices.DeleteFunc(slices.Clone(fs), func(f report.Finding) bool { return f.RuleID != id })
}

// Every rule finds its true positives, exactly once and with the right
// secret, and nothing in its false positives, with and without the
// default rules beside it.
func TestRuleSamples(t *testing.T) {
	for _, load := range []func() (config.Config, error){withDefaults, packOnly} {
		d := detector(t, load)
		for _, r := range Rules() {
			if len(r.TruePositives) == 0 || len(r.FalsePositives) == 0 {
				t.Errorf("%s: needs true and false positive samples", r.ID)
			}
			for _, s := range r.TruePositives {
				got := ruleFindings(d.DetectString(s.Text), r.ID)
				if len(got) != 1 || got[0].Secret != s.Secret {
					t.Errorf("%s: %q: got %d findings %v, want one with secret %q",
						r.ID, s.Text, len(got), secrets(got), s.Secret)
				}
			}
			for _, text := range r.FalsePositives {
				if got := ruleFindings(d.DetectString(text), r.ID); len(got) > 0 {
					t.Errorf("%s: false positive %q: got %v", r.ID, text, secrets(got))
				}
			}
		}
	}
}

func secrets(fs []report.Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.RuleID+":"+f.Secret)
	}
	return out
}

// The pack and the model agree on every sample: a reported secret is one
// that credential.LooksLikeSecret accepts for the rule's kind.
func TestSamplesAgreeWithModel(t *testing.T) {
	for _, r := range Rules() {
		for _, s := range r.TruePositives {
			// The model sees values unquoted; the pack sees file text.
			if !credential.LooksLikeSecret(r.Kind, strings.ReplaceAll(s.Secret, `\n`, "\n")) {
				t.Errorf("%s: the model rejects the reported secret %q", r.ID, s.Secret)
			}
		}
	}
	for _, v := range []string{"changeme", "<your-key>", "${{ secrets.ZOOMINFO_API_KEY }}", "REDACTED",
		"your_zoominfo_api_key_here", "xxxxxxxxxxxxxxxx", "ZOOMINFO_API_KEY"} {
		if credential.LooksLikeSecret(credential.APIKey, v) {
			t.Errorf("the model takes placeholder %q for a secret", v)
		}
	}
}

// The shape every rule must have (STYLE.md, habit 10).
func TestRuleShape(t *testing.T) {
	describe := regexp.MustCompile(`^ZoomInfo [a-zA-Z ]+ in plain text; rotate it and load it from ZOOMINFO_[A-Z_]+$`)
	var kinds []credential.Kind
	for _, r := range Rules() {
		kinds = append(kinds, r.Kind)
		if !strings.HasPrefix(r.ID, "zoominfo-") || r.ID != id(r.Kind) {
			t.Errorf("rule id %q", r.ID)
		}
		if !describe.MatchString(r.Description) {
			t.Errorf("%s: description %q does not follow the pattern", r.ID, r.Description)
		}
		re := regexp.MustCompile(r.Regex)
		if r.SecretGroup <= 0 || r.SecretGroup > re.NumSubexp() {
			t.Errorf("%s: secretGroup %d of %d groups", r.ID, r.SecretGroup, re.NumSubexp())
		}
		if (r.Kind == credential.Password || r.Kind == credential.PrivateKey) != (r.Entropy == 0) {
			t.Errorf("%s: entropy %v", r.ID, r.Entropy)
		}
		// Every keyword is spelled out in the regex, and every match
		// contains one, or gitleaks' prefilter would skip real secrets.
		for _, k := range r.Keywords {
			if !strings.Contains(strings.ToLower(r.Regex), k) {
				t.Errorf("%s: keyword %q does not occur in the regex", r.ID, k)
			}
		}
		for _, s := range r.TruePositives {
			m := strings.ToLower(re.FindString(s.Text))
			if !slices.ContainsFunc(r.Keywords, func(k string) bool { return strings.Contains(m, k) }) {
				t.Errorf("%s: match %q contains no keyword", r.ID, m)
			}
		}
		for _, a := range r.Allowlists {
			if a.RegexTarget != "secret" && a.RegexTarget != "match" {
				t.Errorf("%s: allowlist %q targets %q", r.ID, a.Description, a.RegexTarget)
			}
			for _, x := range a.Regexes {
				regexp.MustCompile(x)
			}
		}
	}
	if !slices.Equal(kinds, credential.Kinds()) {
		t.Errorf("rules cover kinds %v, want %v", kinds, credential.Kinds())
	}
}

// The committed TOML is what the generator writes today: a change to
// the model or the rules without `go generate` fails here.
func TestCommittedPackIsGenerated(t *testing.T) {
	committed, err := os.ReadFile(filepath.Join("..", "..", Path))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(committed, Render()) {
		t.Errorf("%s is stale; run go generate ./internal/rulepack", Path)
	}
	if !bytes.Equal(Render(), Render()) {
		t.Error("Render is not stable")
	}
}

// Hosts come from the model: every documented host is matched by the
// partner rule's host pattern.
func TestPartnerHostsFromModel(t *testing.T) {
	re := regexp.MustCompile(PartnerKey().Regex)
	key := FakeHex(40, 32)
	for _, h := range credential.Hosts {
		if !re.MatchString("https://" + h + "/v4/?pc=acme&key=" + key) {
			t.Errorf("host %s not matched", h)
		}
	}
}
