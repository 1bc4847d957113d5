package credential

import (
	"encoding/base64"
	"math"
	"regexp"
	"strings"
	"unicode"
)

// Shape is what a literal value shows about itself, whatever name holds it.
type Shape struct {
	Kind Kind
	// ZoomInfo is set when the value itself is ZoomInfo-specific: a
	// partner API URL with its key, or a JWT whose claims name ZoomInfo.
	ZoomInfo bool
	// Secret is the part of the value that is the secret: the token
	// without its scheme, the partner key without its URL.
	Secret string
}

var (
	jwtShape = regexp.MustCompile(`^eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}$`)
	// A PEM private key block with a body: PKCS#8 ("PRIVATE KEY"),
	// PKCS#1 ("RSA PRIVATE KEY"), SEC 1, encrypted and OpenSSH forms.
	pemShape = regexp.MustCompile(`-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED )?PRIVATE KEY-----\s*[A-Za-z0-9+/=\s:,-]{40,}`)
	// The legacy partner API takes its key in the query next to pc=.
	partnerKey = regexp.MustCompile(`(?i)[?&]key=([0-9a-f]{32})(?:&|$|#)`)
	partnerPC  = regexp.MustCompile(`(?i)[?&]pc=[^&#]+`)
)

// ClassifyValue returns what a literal shows of itself: a JWT, a PEM
// private key, a legacy partner URL carrying its key, or None.
func ClassifyValue(s string) Shape {
	if !mayBeShaped(s) {
		return Shape{}
	}
	t := strings.TrimSpace(s)
	if tok, ok := StripAuthScheme(t); ok {
		t = tok
	}
	switch {
	case jwtShape.MatchString(t):
		return Shape{Kind: JWT, ZoomInfo: jwtNamesZoomInfo(t), Secret: t}
	case pemShape.MatchString(s):
		return Shape{Kind: PrivateKey, Secret: s}
	case partnerPC.MatchString(s):
		if m := partnerKey.FindStringSubmatch(s); m != nil {
			u, ok := ParseURL(s)
			return Shape{Kind: PartnerKey, ZoomInfo: ok && IsHost(u.Host), Secret: m[1]}
		}
	}
	return Shape{}
}

// mayBeShaped is the cheap filter before any regular expression.
func mayBeShaped(s string) bool {
	return strings.Contains(s, "eyJ") || strings.Contains(s, "PRIVATE KEY") ||
		strings.Contains(s, "key=") || strings.Contains(s, "KEY=")
}

// jwtNamesZoomInfo decodes the claims of a JWT-shaped string and reports
// whether they mention ZoomInfo (iss, aud, or a zoominfo.com address).
func jwtNamesZoomInfo(tok string) bool {
	parts := strings.Split(tok, ".")
	claims, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(parts[1], "="))
	if err != nil {
		return false
	}
	c := strings.ToLower(string(claims))
	return strings.Contains(c, "zoominfo") || strings.Contains(c, "enterprise_api")
}

// StripAuthScheme removes an HTTP authentication scheme ("Bearer ",
// "Basic ", "Token ") from an Authorization header value.
func StripAuthScheme(v string) (string, bool) {
	for _, scheme := range []string{"Bearer ", "Basic ", "Token "} {
		if len(v) > len(scheme) && strings.EqualFold(v[:len(scheme)], scheme) {
			return strings.TrimSpace(v[len(scheme):]), true
		}
	}
	return v, false
}

// BasicPassword decodes the token of a Basic Authorization value and
// returns its password part.
func BasicPassword(token string) (string, bool) {
	raw, err := base64.StdEncoding.DecodeString(token)
	if err != nil {
		return "", false
	}
	_, pass, ok := strings.Cut(string(raw), ":")
	return pass, ok
}

// LooksLikeSecret reports whether s can be a real credential of kind k:
// not a placeholder, not a name or a URL, long enough for the kind and,
// for machine-made kinds, random enough. Passwords are chosen by people,
// so they need only a length and must not read as an identifier.
func LooksLikeSecret(k Kind, s string) bool {
	switch k {
	case JWT:
		if jwtShape.MatchString(s) {
			return !IsPlaceholder(s)
		}
	case PrivateKey:
		return pemShape.MatchString(s) && !IsPlaceholder(s)
	}
	// The cheap tests first: most literals fail on length or spaces.
	if len(s) < k.minLength() || len(s) > maxSecretLength || strings.IndexFunc(s, unicode.IsSpace) >= 0 {
		return false
	}
	if IsPlaceholder(s) || IsEnvVarName(s) {
		return false
	}
	// People end passwords with digits (hunter22); names and config keys
	// end with versions (ZoomInfoApiKey2024). Only the latter are trimmed.
	if strings.Contains(s, "://") || strings.HasPrefix(s, "/") || isIdentifierLike(s, k != Password) ||
		isDigest(s) || isSequence(s) || MentionsZoomInfoWord(s) {
		return false
	}
	if k == Password {
		return true
	}
	return entropy(s) >= 3.0 && (hasDigit(s) || hasMixedCase(s))
}

// maxSecretLength bounds a machine-made secret; a longer string is data.
const maxSecretLength = 4096

// digestPrefixes start values that are hashes or digests, not secrets.
var digestPrefixes = []string{"sha1:", "sha256:", "sha384:", "sha512:", "md5:", "$2a$", "$2b$", "$2y$", "$argon2"}

func isDigest(s string) bool {
	for _, p := range digestPrefixes {
		if strings.HasPrefix(strings.ToLower(s), p) {
			return true
		}
	}
	return false
}

// isSequence reports whether s is mostly runs of consecutive characters
// (0123456789abcdef, abcdefghijklmnop, 1234567890123456): a stand-in
// typed by a person, not a random key.
func isSequence(s string) bool {
	steps := 0
	for i := 1; i < len(s); i++ {
		d := int(s[i]) - int(s[i-1])
		if d == 1 || s[i-1] == '9' && (s[i] == 'a' || s[i] == 'A' || s[i] == '0') || s[i-1] == 'f' && s[i] == '0' || s[i-1] == 'z' && s[i] == '1' {
			steps++
		}
	}
	return steps*10 >= (len(s)-1)*7
}

// MentionsZoomInfoWord reports whether s contains the word zoominfo: a
// random key does not, a config key or a label does.
func MentionsZoomInfoWord(s string) bool { return indexFold(s, "zoominfo") >= 0 }

// isIdentifierLike reports whether s reads as words: an identifier, a
// config key ("public_tokens.route"), a header name, a constant name.
// Each part between separators is letters only and has few camel humps
// (a lower-case letter followed by a capital), as words do and random
// strings do not.
func isIdentifierLike(s string, trimVersions bool) bool {
	parts := strings.FieldsFunc(s, func(r rune) bool {
		return r == '.' || r == '_' || r == '-' || r == '/' || r == ':'
	})
	if len(parts) == 0 {
		return true
	}
	for _, p := range parts {
		if trimVersions {
			p = trimVersion(p)
		}
		humps := 0
		for i := 0; i < len(p); i++ {
			c := p[i]
			if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
				return false
			}
			if i > 0 && isUpper(c) && !isUpper(p[i-1]) {
				humps++
			}
		}
		if humps*6 > len(p) {
			return false
		}
	}
	return true
}

// trimVersion drops a short number ending a word ("v2", "key1",
// "ZoomInfoApiKey2024"), which names and config keys carry.
func trimVersion(p string) string {
	i := len(p)
	for i > 0 && '0' <= p[i-1] && p[i-1] <= '9' {
		i--
	}
	if len(p)-i > 4 {
		return p
	}
	if i == 1 && (p[0] == 'v' || p[0] == 'V') || i == 0 {
		return "v"
	}
	return p[:i]
}

func isUpper(c byte) bool { return 'A' <= c && c <= 'Z' }

func hasDigit(s string) bool { return strings.ContainsAny(s, "0123456789") }

func hasMixedCase(s string) bool {
	return strings.IndexFunc(s, unicode.IsUpper) >= 0 && strings.IndexFunc(s, unicode.IsLower) >= 0
}

// entropy is the Shannon entropy of s in bits per byte.
func entropy(s string) float64 {
	var counts [256]int
	for i := 0; i < len(s); i++ {
		counts[s[i]]++
	}
	h := 0.0
	n := float64(len(s))
	for _, c := range counts {
		if c > 0 {
			p := float64(c) / n
			h -= p * math.Log2(p)
		}
	}
	return h
}
