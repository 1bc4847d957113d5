package credential

import (
	"strings"
	"unicode"
)

// Name is what a name (an identifier, a map key, a JSON field, a header,
// an environment variable) says about the value it holds.
type Name struct {
	Kind Kind
	// ZoomInfo is set when the name itself is ZoomInfo-specific
	// (zoominfoAPIKey, ZI_PASS). Such names count anywhere; generic
	// names (apiKey, token, secret) count only in ZoomInfo context.
	ZoomInfo bool
}

// phrases maps the trailing words of a name to the kind of value it
// holds. Longer phrases are tried first.
var phrases = []struct {
	words []string
	kind  Kind
}{
	{[]string{"refresh", "token"}, RefreshToken},
	{[]string{"access", "token"}, AccessToken},
	{[]string{"client", "secret"}, ClientSecret},
	{[]string{"private", "key"}, PrivateKey},
	{[]string{"signing", "key"}, PrivateKey},
	{[]string{"partner", "key"}, PartnerKey},
	{[]string{"api", "key"}, APIKey},
	{[]string{"api", "token"}, APIKey},
	{[]string{"auth", "token"}, APIKey},
	{[]string{"bearer", "token"}, APIKey},
	{[]string{"secret", "key"}, ClientSecret},
	{[]string{"apikey"}, APIKey},
	{[]string{"privkey"}, PrivateKey},
	{[]string{"token"}, APIKey},
	{[]string{"bearer"}, APIKey},
	{[]string{"jwt"}, JWT},
	{[]string{"password"}, Password},
	{[]string{"passwd"}, Password},
	{[]string{"pass"}, Password},
	{[]string{"pwd"}, Password},
	{[]string{"pw"}, Password},
	{[]string{"passphrase"}, Password},
	{[]string{"secret"}, ClientSecret},
	{[]string{"credential"}, APIKey},
}

// notCredentialToken are the words before "token" that name a token
// which is not a credential.
var notCredentialToken = map[string]bool{
	"page": true, "next": true, "continuation": true, "cursor": true, "csrf": true,
	"xsrf": true, "sync": true, "idempotency": true, "cancel": true, "cancellation": true,
	"request": true, "lexer": true, "parse": true, "parser": true, "end": true,
	"start": true, "resume": true, "invite": true, "pagination": true,
}

// keyQualifiers are the words that make a trailing "key" a credential
// when no phrase above matched: "ziKey", "zoominfoKey".
var keyQualifiers = map[string]bool{"zi": true, "zoominfo": true}

// IsZoomInfoWord reports whether a lower-case word of a name marks it as
// ZoomInfo-specific.
func IsZoomInfoWord(w string) bool { return w == "zi" || strings.HasPrefix(w, "zoominfo") }

// ClassifyName tells what a name says about its value. Names that hold
// metadata about a credential rather than the credential (keyEnv,
// APIKeyHeader, tokenURL, passwordFile, clientID, username) are None.
func ClassifyName(name string) Name {
	words := Words(name)
	if len(words) == 0 {
		return Name{}
	}
	zi := false
	for _, w := range words {
		if IsZoomInfoWord(w) {
			zi = true
		}
	}
	// apiKey2, apiKeyV2, zoominfoAPIKeyProd and apiKeyBytes hold keys too.
	for len(words) > 1 && isModifier(words[len(words)-1]) {
		words = words[:len(words)-1]
	}
	for _, p := range phrases {
		if !hasSuffixWords(words, p.words) {
			continue
		}
		// "pageToken" and "csrfToken" name tokens that are not credentials.
		if p.kind == APIKey && len(p.words) == 1 && len(words) >= 2 && notCredentialToken[words[len(words)-2]] {
			return Name{}
		}
		return Name{Kind: p.kind, ZoomInfo: zi}
	}
	if n := len(words); n >= 2 && words[n-1] == "key" && keyQualifiers[words[n-2]] {
		return Name{Kind: APIKey, ZoomInfo: true}
	}
	return Name{}
}

// modifiers are trailing words that qualify a credential name without
// changing what it holds.
var modifiers = map[string]bool{
	"prod": true, "production": true, "dev": true, "staging": true, "stage": true,
	"default": true, "bytes": true, "raw": true, "str": true, "string": true,
	"value": true, "val": true, "old": true, "new": true, "primary": true,
	"secondary": true, "backup": true, "live": true, "current": true, "v": true,
}

// isModifier reports whether w is a modifier, a number or a version (v2).
func isModifier(w string) bool {
	if modifiers[w] {
		return true
	}
	digits := strings.TrimPrefix(w, "v")
	if digits == "" {
		return false
	}
	for _, r := range digits {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

func hasSuffixWords(words, suffix []string) bool {
	if len(suffix) > len(words) {
		return false
	}
	off := len(words) - len(suffix)
	for i, w := range suffix {
		if words[off+i] != w {
			return false
		}
	}
	return true
}

// Words splits a name into lower-case words at separators, case changes
// and acronym boundaries: "ZIAPIKey" is [zi api key], "zoominfo_api_key"
// is [zoominfo api key], "clientSecret2" is [client secret 2].
func Words(name string) []string {
	var words []string
	for _, field := range strings.FieldsFunc(name, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		for _, w := range splitCase(field) {
			words = append(words, splitGlued(strings.ToLower(w))...)
		}
	}
	// "ZoomInfo" splits at its capital; it is one word.
	for i := 0; i+1 < len(words); i++ {
		if words[i] == "zoom" && words[i+1] == "info" {
			words[i] = "zoominfo"
			words = append(words[:i+1], words[i+2:]...)
		}
	}
	return words
}

// splitCase splits one alphanumeric run at case and digit boundaries.
func splitCase(s string) []string {
	rs := []rune(s)
	var out []string
	start := 0
	for i := 1; i < len(rs); i++ {
		prev, cur := rs[i-1], rs[i]
		boundary := unicode.IsLower(prev) && unicode.IsUpper(cur) ||
			unicode.IsLetter(prev) != unicode.IsLetter(cur) ||
			// The last capital of an acronym starts the next word: APIKey.
			unicode.IsUpper(prev) && unicode.IsUpper(cur) &&
				i+1 < len(rs) && unicode.IsLower(rs[i+1])
		if boundary {
			out = append(out, string(rs[start:i]))
			start = i
		}
	}
	return append(out, string(rs[start:]))
}

// gluedParts are words that people glue to a "zi" or "zoominfo" prefix
// or to each other without a case change: "ZIAPI", "zoominfoapikey".
var gluedParts = []string{"zoominfo", "zi", "api", "key", "token", "secret", "password", "pass", "jwt"}

// splitGlued splits a lower-case word made only of gluedParts, starting
// with zoominfo or zi, into those parts; any other word is returned as is.
func splitGlued(w string) []string {
	if !strings.HasPrefix(w, "zi") && !strings.HasPrefix(w, "zoominfo") {
		return []string{w}
	}
	var parts []string
	rest := w
	for rest != "" {
		found := false
		for _, p := range gluedParts {
			if strings.HasPrefix(rest, p) {
				parts = append(parts, p)
				rest = rest[len(p):]
				found = true
				break
			}
		}
		if !found {
			return []string{w}
		}
	}
	return parts
}
