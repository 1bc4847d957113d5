package credential

import (
	"slices"
	"strings"
)

// The functions below hand the model's tables to generators (the gitleaks
// rule pack) so that they need no copy of them. Each returns a fresh
// copy in a stable order; changing what they return changes the pack.

// NamePhrases returns the trailing words of a name that make it hold a
// credential of kind k ([api key], [token], ...), longest phrases first.
func NamePhrases(k Kind) [][]string {
	var out [][]string
	for _, p := range phrases {
		if p.kind == k {
			out = append(out, slices.Clone(p.words))
		}
	}
	return out
}

// NonCredentialTokenWords returns the words that, before "token", name a
// token that is not a credential (page, cursor, csrf, ...), sorted.
func NonCredentialTokenWords() []string { return sortedKeys(notCredentialToken) }

// NameModifiers returns the trailing words that qualify a credential name
// without changing what it holds (prod, dev, v, ...), sorted. Numbers and
// versions (2, v2) are modifiers too.
func NameModifiers() []string { return sortedKeys(modifiers) }

// KeyQualifiers returns the words that make a trailing "key" an API key
// when no phrase matched ("zi", "zoominfo"), sorted.
func KeyQualifiers() []string { return sortedKeys(keyQualifiers) }

// PlaceholderPrefixes returns the starts of a value, separators dropped,
// that mark it as a placeholder ("your", "changeme", ...).
func PlaceholderPrefixes() []string { return slices.Clone(placeholderPrefixes) }

// PlaceholderShapePattern returns the anchored regular expression of the
// whole-value templates IsPlaceholder recognizes (<key>, ${VAR},
// ${{ secrets.X }}, $VAR, {{ .Key }}, %s).
func PlaceholderShapePattern() string { return placeholderShapes.String() }

// JWTPattern returns the unanchored regular expression of a JWT's shape.
func JWTPattern() string {
	return strings.TrimSuffix(strings.TrimPrefix(jwtShape.String(), "^"), "$")
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}
