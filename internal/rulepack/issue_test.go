package rulepack

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/zricethezav/gitleaks/v8/config"
	"github.com/zricethezav/gitleaks/v8/detect"
)

// fakeUUID returns a random UUID-shaped string.
func fakeUUID(seed uint64) string {
	h := FakeHex(seed, 32)
	return h[:8] + "-" + h[8:12] + "-4" + h[13:16] + "-a" + h[17:20] + "-" + h[20:]
}

// The cases of issue 5, with gitleaks' default rules on: want lists the
// ids of every finding, from any rule.
func TestIssueCases(t *testing.T) {
	key := Fake(100, 40)
	pw := Fake(101, 26) + "butterfly" + Fake(102, 25)
	pwGlued := Fake(103, 27) + "secret" + Fake(104, 27)
	var uuids strings.Builder
	uuids.WriteString("# Contacts exported from ZoomInfo\nid,owner\n")
	for i := range 500 {
		fmt.Fprintf(&uuids, "%s,%s\n", fakeUUID(uint64(1000+i)), fakeUUID(uint64(5000+i)))
	}
	for _, c := range []struct {
		name, text string
		want       []string
	}{
		{"env file", "ZOOMINFO_API_KEY=" + key + "\n", []string{"zoominfo-api-key"}},
		{"yaml", "zoominfo:\n  api_key: " + key + "\n",
			[]string{"generic-api-key", "zoominfo-api-key"}},
		{"k8s secret", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: zoominfo-credentials\n" +
			"type: Opaque\nstringData:\n  ZOOMINFO_API_KEY: " + key + "\n", []string{"zoominfo-api-key"}},
		{"readme curl", "```sh\ncurl -X POST https://api.zoominfo.com/search/contact \\\n" +
			"  -H \"Authorization: Bearer " + key + "\" \\\n  -d '{\"rpp\": 10}'\n```\n",
			[]string{"curl-auth-header", "zoominfo-api-key"}},
		{"workflow secret", "      - run: ./sync\n        env:\n          ZOOMINFO_API_KEY: ${{ secrets.ZOOMINFO_API_KEY }}\n", nil},
		{"workflow env line", "ZOOMINFO_API_KEY=${{ secrets.ZOOMINFO_API_KEY }}\n", nil},
		{"angle placeholder", "zoominfo:\n  api_key: <your-key>\n", nil},
		{"changeme", "ZOOMINFO_API_KEY=changeme\n", nil},
		{"named placeholder", "zoominfo_api_key = \"your_zoominfo_api_key_2024\"\n", nil},
		{"password with a word", "ZOOMINFO_PASSWORD=" + pw + "\n", []string{"zoominfo-password"}},
		{"password with a placeholder word glued in", "ZOOMINFO_PASSWORD=" + pwGlued + "\n", []string{"zoominfo-password"}},
		{"500 uuids", uuids.String(), nil},
		{"pem under zoominfo_private_key", "zoominfo_private_key: |\n" + FakePEM(105, "  ") + "\n",
			[]string{"private-key", "zoominfo-private-key"}},
		{"okta client id alone", "client_id: 0oaf" + Fake(106, 16) + "\n", nil},
		{"okta client id under zoominfo", "zoominfo:\n  client_id: 0oaf" + Fake(106, 16) + "\n", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := detector(t, withDefaults)
			var got []string
			for _, f := range d.DetectString(c.text) {
				got = append(got, f.RuleID)
			}
			slices.Sort(got)
			if !slices.Equal(got, c.want) {
				t.Errorf("got findings %v, want %v", got, c.want)
			}
		})
	}
	if len(pw) != 60 || len(pwGlued) != 60 {
		t.Fatalf("passwords of %d and %d characters, want 60", len(pw), len(pwGlued))
	}
}

// The pack's amendment is what keeps gitleaks' generic rule quiet on
// placeholders: without it, the same defaults report them.
func TestGenericRuleAmended(t *testing.T) {
	placeholders := []string{
		"api_key = \"your-zoominfo-api-key-a1b2\"\n",
		"secret_token: REDACTED_7f3a9c2e1b\n",
		"auth_token = 'changeme-4c1d8e7f2a'\n",
	}
	vc, err := parse([]byte(config.DefaultConfig), "defaults")
	if err != nil {
		t.Fatal(err)
	}
	defaults, err := translate(vc)
	if err != nil {
		t.Fatal(err)
	}
	plain, amended := detect.NewDetector(defaults), detector(t, withDefaults)
	fired := 0
	for _, p := range placeholders {
		fired += len(ruleFindings(plain.DetectString(p), GenericRuleID))
		if got := amended.DetectString(p); len(got) > 0 {
			t.Errorf("%q: got %v with the pack", p, secrets(got))
		}
	}
	if fired == 0 {
		t.Error("the generic rule ignores these placeholders even without the pack; pick others")
	}
}

// gitleaks' own [extend] breaks on the third load in a process; Load
// does not use it, so every load gives the same rules.
func TestLoadRepeatable(t *testing.T) {
	var counts []int
	for range 3 {
		cfg, err := Load(Options{Defaults: true})
		if err != nil {
			t.Fatal(err)
		}
		counts = append(counts, len(cfg.Rules))
		if _, ok := cfg.Rules[GenericRuleID]; !ok {
			t.Fatal("defaults missing")
		}
	}
	cfg, err := Load(Options{})
	if err != nil {
		t.Fatal(err)
	}
	if counts[0] != counts[1] || counts[1] != counts[2] || len(cfg.Rules) != len(Rules()) {
		t.Errorf("rule counts %v, pack alone %d", counts, len(cfg.Rules))
	}
}

func TestLoadUserConfig(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	pack, err := filepath.Abs(filepath.Join("..", "..", Path))
	if err != nil {
		t.Fatal(err)
	}
	custom := "[[rules]]\nid = \"acme-key\"\nregex = '''acme_key=([a-z0-9]{12})'''\nsecretGroup = 1\nkeywords = [\"acme_key\"]\n"
	for _, c := range []struct {
		name, text, wantErr string
		wantRules           []string
	}{
		{"own rule", custom, "", []string{"acme-key", "zoominfo-api-key", GenericRuleID}},
		{"extends the pack", "[extend]\npath = \"" + pack + "\"\n" + custom, "",
			[]string{"acme-key", "zoominfo-jwt", GenericRuleID}},
		{"malformed", "[[rules]\nid = 1", "malformed TOML", nil},
		{"invalid regex", "[[rules]]\nid = \"bad\"\nregex = '''([a-z'''\nsecretGroup = 1\n", "invalid gitleaks configuration", nil},
		{"both extends", "[extend]\npath = \"x.toml\"\nuseDefault = true\n", "both path and useDefault", nil},
		{"missing extension", "[extend]\npath = \"" + filepath.Join(dir, "nope.toml") + "\"\n", "no such file", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			cfg, err := Load(Options{Defaults: true, UserConfig: write(strings.ReplaceAll(c.name, " ", "-")+".toml", c.text)})
			if c.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), c.wantErr) {
					t.Fatalf("err = %v, want %q", err, c.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			for _, id := range c.wantRules {
				if _, ok := cfg.Rules[id]; !ok {
					t.Errorf("rule %s missing", id)
				}
			}
		})
	}
	if _, err := Load(Options{UserConfig: filepath.Join(dir, "absent.toml")}); err == nil {
		t.Error("no error for a missing config")
	}
}
