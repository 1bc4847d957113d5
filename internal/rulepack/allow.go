package rulepack

import (
	"regexp"
	"strings"

	"github.com/zilint/zilint/internal/credential"
)

// Allowlist is one [[rules.allowlists]] table of a rule.
type Allowlist struct {
	Description string
	RegexTarget string // "secret" (the captured secret) or "match"
	Regexes     []string
}

// placeholderAllowlist drops secrets that the model calls placeholders.
// It targets the captured secret only, never the name or the line, so
// that a name containing "token" cannot hide its token; and it matches
// placeholder words only between separators, never inside a random
// string, so it has no stopwords.
func placeholderAllowlist() Allowlist {
	return Allowlist{
		Description: "placeholders, templates and names, not secrets (credential.IsPlaceholder)",
		RegexTarget: "secret",
		Regexes: []string{
			credential.PlaceholderShapePattern(),
			runPattern(),
			placeholderWordPattern(),
			placeholderPrefixPattern(),
			envVarNamePattern,
			`(?i)zoominfo`, // credential.MentionsZoomInfoWord: a label, not a key
			`://|^/`,       // a URL or a path
			oktaClientID,
		},
	}
}

// runPattern matches a value that repeats one character, separators
// aside: xxxx, XXXX-XXXX, ********, 0000, ####.
func runPattern() string {
	var alts []string
	for _, c := range []string{`xX`, `*`, `0`, `#`, `.`} {
		alts = append(alts, `[`+regexp.QuoteMeta(c)+`_. -]+`)
	}
	return `^(?:` + strings.Join(alts, "|") + `)$`
}

// placeholderWordPattern matches a placeholder word standing between
// separators (your_api_key, <KEY-HERE>, sk-example-1).
func placeholderWordPattern() string {
	return `(?i)(?:^|[^a-z0-9])(?:` + strings.Join(credential.PlaceholderWords, "|") + `)(?:[^a-z0-9]|$)`
}

// placeholderPrefixPattern matches a value that starts, separators
// dropped, with a placeholder prefix: YourKeyHere, CHANGE_ME_123.
func placeholderPrefixPattern() string {
	var alts []string
	for _, p := range credential.PlaceholderPrefixes() {
		alts = append(alts, strings.Join(strings.Split(p, ""), `[^a-z0-9]*`))
	}
	return `(?i)^[^a-z0-9]*(?:` + strings.Join(alts, "|") + `)`
}

// envVarNamePattern matches an environment variable name of the ZoomInfo
// family used as a value (credential.IsEnvVarName), case-sensitively.
const envVarNamePattern = `^(?:ZOOMINFO[A-Z0-9]*|ZI)(?:_[A-Z0-9]+)+$`

// oktaClientID is the shape of an Okta client id (0oa...), a public
// identifier that ZoomInfo's login flow shows next to its secrets.
const oktaClientID = `^0oa[A-Za-z0-9]{8,}$`

// identifierAllowlist drops values that read as words: a config
// reference, a type name, a constant (cfg.Password, string, ZI_PASS).
// With versions, a word may end with up to four digits (routes.v2,
// ZoomInfoApiKey2024); passwords get no such allowance, since people end
// them with digits. The model's camel-hump test has no regular
// expression, so a random value of letters only is dropped too.
func identifierAllowlist(versions bool) Allowlist {
	word := `[A-Za-z]+`
	if versions {
		word += `[0-9]{0,4}`
	}
	return Allowlist{
		Description: "identifiers and references, not secrets",
		RegexTarget: "secret",
		Regexes:     []string{`^` + word + `(?:[._/:-]` + word + `)*$`},
	}
}

// docExamples are example values from public documentation that are
// copied into READMEs verbatim: jwt.io's sample token.
var docExamples = []string{
	`eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ`,
}

func docExampleAllowlist() Allowlist {
	return Allowlist{
		Description: "example values from public documentation",
		RegexTarget: "secret",
		Regexes:     []string{strings.Join(docExamples, "|")},
	}
}

// jwtOwnedAllowlist leaves JWTs to the zoominfo-jwt rule, so that a JWT
// assigned to an API key setting is reported once.
func jwtOwnedAllowlist() Allowlist {
	return Allowlist{
		Description: "JWTs are reported by " + id(credential.JWT),
		RegexTarget: "secret",
		Regexes:     []string{`^eyJ[A-Za-z0-9_-]*\.eyJ`},
	}
}

// otherKindAllowlist drops a match whose ZoomInfo name ends with a
// longer phrase of another kind (zoominfo_refresh_token is a refresh
// token, not an API "token") or names a token that is no credential
// (zoominfo_page_token). It targets the match, anchored at its end, so
// that only the name right before the value counts.
func otherKindAllowlist(k credential.Kind, value string) (Allowlist, bool) {
	var names []string
	for _, p := range credential.NamePhrases(k) {
		for _, other := range credential.Kinds() {
			if other == k {
				continue
			}
			for _, q := range credential.NamePhrases(other) {
				if len(q) > len(p) && strings.Join(q[len(q)-len(p):], " ") == strings.Join(p, " ") {
					names = append(names, words(q))
				}
			}
		}
		if len(p) == 1 && p[0] == "token" {
			names = append(names, `(?:`+strings.Join(credential.NonCredentialTokenWords(), "|")+`)[_.-]?token`)
		}
	}
	if len(names) == 0 {
		return Allowlist{}, false
	}
	return Allowlist{
		Description: "names of another kind or of a token that is no credential",
		RegexTarget: "match",
		Regexes: []string{
			`(?i)(?:` + strings.Join(names, "|") + `)` + modifiers() + assign + openQuote + value + valueEnd + `$`,
		},
	}, true
}
