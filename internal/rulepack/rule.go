package rulepack

import "github.com/zilint/zilint/internal/credential"

// Rule is one gitleaks rule of the pack with the samples that test it.
type Rule struct {
	Kind        credential.Kind
	ID          string
	Description string
	Regex       string
	SecretGroup int     // always set: 0 means "unset" to gitleaks
	Entropy     float64 // 0 for user-chosen secrets (passwords)
	Keywords    []string
	Allowlists  []Allowlist

	// TruePositives must each give exactly one finding of the rule with
	// the sample's secret; FalsePositives must give none.
	TruePositives  []Sample
	FalsePositives []string
}

// Sample is a text to scan and the secret a rule must find in it.
type Sample struct {
	Text   string
	Secret string
}

// Rules returns the rules of the pack, one per credential kind, in the
// order of credential.Kinds.
func Rules() []Rule {
	return []Rule{
		APIKey(), AccessToken(), JWT(), Password(), PrivateKey(),
		ClientSecret(), RefreshToken(), PartnerKey(),
	}
}

// tokenRule is the shape shared by the rules for machine-made secrets
// held in a ZoomInfo-named setting.
func tokenRule(k credential.Kind, extra string) Rule {
	head := setting(k)
	if extra != "" {
		head = "(?:" + head + "|" + extra + ")"
	}
	r := Rule{
		Kind:        k,
		ID:          id(k),
		Description: describe(k),
		Regex:       "(?i)" + head + openQuote + "(" + tokenShape + ")" + valueEnd,
		SecretGroup: 1,
		Entropy:     3,
		Keywords:    keywords,
		Allowlists: []Allowlist{placeholderAllowlist(), identifierAllowlist(true),
			docExampleAllowlist(), jwtOwnedAllowlist()},
	}
	if a, ok := otherKindAllowlist(k, tokenShape); ok {
		r.Allowlists = append(r.Allowlists, a)
	}
	return r
}

// namedSamples returns, for a setting name and a secret, the samples of
// the ways configuration and code assign it.
func namedSamples(envName, yamlKey, camel, secret string) []Sample {
	texts := []string{
		envName + "=" + secret,
		"export " + envName + "=\"" + secret + "\"",
		"zoominfo:\n  " + yamlKey + ": " + secret + "\n",
		"{\n  \"zoominfo\": {\n    \"" + camel + "\": \"" + secret + "\"\n  }\n}\n",
		"[zoominfo]\n" + yamlKey + " = \"" + secret + "\"\n",
		"zoominfo." + yamlKey + "=" + secret + "\n",
		"const zoomInfo" + upperFirst(camel) + " = \"" + secret + "\";\n",
		"os.Setenv(\"" + envName + "\", \"" + secret + "\")\n",
	}
	out := make([]Sample, len(texts))
	for i, t := range texts {
		out[i] = Sample{Text: t, Secret: secret}
	}
	return out
}

func upperFirst(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}

// commonFalsePositives are texts that no rule may report: placeholders,
// templates, references and names assigned to a ZoomInfo setting.
func commonFalsePositives(envName, yamlKey string) []string {
	return []string{
		envName + "=${{ secrets." + envName + " }}",
		envName + "=${" + envName + "}",
		envName + "=$" + envName,
		envName + "=changeme",
		envName + "=REDACTED",
		envName + "=xxxxxxxxxxxxxxxxxxxxxxxx",
		envName + "=************************",
		envName + "=your_zoominfo_" + yamlKey + "_here",
		envName + "=YOUR_" + envName,
		"zoominfo:\n  " + yamlKey + ": <your-key>\n",
		"zoominfo:\n  " + yamlKey + ": \"{{ .Values.zoominfo.key }}\"\n",
		envName + ": " + envName,
		"zoominfo_" + yamlKey + " = os.getenv(\"" + envName + "\")",
		"zoominfo_" + yamlKey + " = settings." + envName,
		"zoominfo:\n  client_id: 0oa" + Fake(90, 17) + "\n",
		"# " + envName + " holds the key\n" + yamlKey + "_file: /run/secrets/zoominfo\n",
	}
}
