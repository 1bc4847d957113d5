package rulepack

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/zilint/zilint/internal/credential"
)

// The pieces below are the vocabulary every rule is written in. They
// are regular expressions for gitleaks (Go RE2 syntax, used inside
// (?i) unless they say otherwise).

// zoomInfoWord is the mention that puts a setting in ZoomInfo context:
// the word zoominfo anywhere (a host under credential.Domain included),
// or zi as the first word of a name (ZI_PASS, zi-api-key).
const zoomInfoWord = `(?:zoominfo|(?:\b|_)(?:zi_|zi-))`

// keywords are the literal strings every match contains, for gitleaks'
// prefilter; each occurs in zoomInfoWord.
var keywords = []string{"zoominfo", "zi_", "zi-"}

// nearGap is how far after a mention of ZoomInfo a setting still counts
// as near it: a few lines of a YAML or TOML section, or the rest of a
// line of code.
const nearGap = `[\s\S]{0,300}?`

// nameBoundary starts a bare setting name in a ZoomInfo section.
const nameBoundary = `[\s{,(;\[]`

// assign is the operator between a name and its value: = : := => and ,
// as in os.Setenv("NAME", "value"), with the name's closing quote.
const assign = "[\"'`]?[ \\t]*(?:=>|:=|[:=,])[ \\t]*"

// openQuote is the optional quote before a value.
const openQuote = "[\"'`]?"

// tokenShape is a machine-made secret: 16 or more characters of the
// alphabets of API keys, base64 and URL-safe tokens.
const tokenShape = `[A-Za-z0-9_+/=.~-]{16,}`

// passwordShape is a password: six or more characters other than
// quotes, blanks and the brackets of code, since people choose them.
const passwordShape = "[^\\s\"'`(){}\\[\\]<>;,]{6,}"

// valueEnd ends a value: a quote, a blank, punctuation that closes an
// expression, an escaped line break, or the end of the text.
const valueEnd = "(?:[\"'`\\s,;)}\\]&]|\\\\[nrt]|$)"

// words joins the words of a phrase the ways names are spelled:
// api_key, api-key, api.key, apiKey, APIKEY.
func words(ws []string) string {
	quoted := make([]string, len(ws))
	for i, w := range ws {
		quoted[i] = regexp.QuoteMeta(w)
	}
	return strings.Join(quoted, `[_.-]?`)
}

// phrases is the alternation of the model's name phrases for kind k,
// longest first.
func phrases(k credential.Kind) string {
	var alts []string
	for _, p := range credential.NamePhrases(k) {
		alts = append(alts, words(p))
	}
	return "(?:" + strings.Join(alts, "|") + ")"
}

// modifiers matches up to two trailing qualifiers of a name (_prod, 2, V2).
func modifiers() string {
	mods := credential.NameModifiers()
	// Longest first, so that "production" is not read as "prod".
	slices.SortStableFunc(mods, func(a, b string) int { return len(b) - len(a) })
	return `(?:[_.-]?(?:` + strings.Join(mods, "|") + `|v?[0-9]+)){0,2}`
}

// zoomInfoName is a setting whose own name is ZoomInfo's and ends with
// one of the phrases of kind k: ZOOMINFO_API_KEY, zoominfo.api.key,
// zoomInfoApiKey, ZI_PASS. For API keys the model also takes a bare
// "key" right after the ZoomInfo word (zoominfo_key, ZI_KEY).
func zoomInfoName(k credential.Kind) string {
	name := zoomInfoWord + `[\w.-]{0,40}?` + phrases(k)
	if k == credential.APIKey {
		var quals []string
		for _, q := range credential.KeyQualifiers() {
			if q == "zi" {
				// A short word: only as the first word, with a separator.
				quals = append(quals, `(?:\b|_)(?:zi_|zi-)`)
			} else {
				quals = append(quals, regexp.QuoteMeta(q)+`[_.-]?`)
			}
		}
		name = "(?:" + name + "|(?:" + strings.Join(quals, "|") + ")key)"
	}
	return name + modifiers()
}

// nearName is a setting with a bare name of kind k (api_key, token,
// password) written near a mention of ZoomInfo: in a zoominfo: YAML map,
// a [zoominfo] TOML table, a "zoominfo": {...} JSON object, or later on
// a line that names ZoomInfo.
func nearName(k credential.Kind) string {
	return zoomInfoWord + nearGap + nameBoundary + openQuote + phrases(k) + modifiers()
}

// setting is either form of a named setting of kind k, up to its value.
func setting(k credential.Kind) string {
	return "(?:" + zoomInfoName(k) + "|" + nearName(k) + ")" + assign
}

// bearerHeader is an Authorization header carrying a bearer token, near
// a mention of ZoomInfo (curl -H, a header map, Header.Set).
const bearerHeader = zoomInfoWord + nearGap + "authorization[\"'`]?[ \\t]*[:=,]?[ \\t]*[\"'`]?[ \\t]*bearer[ \\t]+"

// describe is the one description pattern of the pack.
func describe(k credential.Kind) string {
	return fmt.Sprintf("ZoomInfo %s in plain text; rotate it and load it from %s", k, k.EnvVar())
}

// id is the rule id of kind k: zoominfo- and the conventional
// environment variable's name without its ZOOMINFO_ prefix.
func id(k credential.Kind) string {
	name := strings.TrimPrefix(k.EnvVar(), "ZOOMINFO_")
	return "zoominfo-" + strings.ReplaceAll(strings.ToLower(name), "_", "-")
}
