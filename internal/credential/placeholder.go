package credential

import (
	"regexp"
	"strings"
)

// PlaceholderWords are words that, standing alone between separators in
// a value, mark it as a placeholder: YOUR_API_KEY_HERE, sk-example-1,
// changeme. Matching whole words only keeps a random string that happens
// to contain "test" or "here" a secret.
var PlaceholderWords = []string{
	"your", "yours", "here", "example", "examples", "sample", "dummy", "placeholder",
	"changeme", "redacted", "masked", "fake", "mock", "test", "testing", "todo",
	"tbd", "replace", "replaceme", "insert", "none", "null", "nil", "undefined",
	"xxx", "notset", "unset", "secret", "password", "token", "apikey",
}

// placeholderPrefixes mark a placeholder when a word starts with them:
// "yourapikey", "changeme123", "redacted_1".
var placeholderPrefixes = []string{"your", "changeme", "redacted", "placeholder", "example", "dummy", "replace"}

// placeholderShapes are whole-value templates: <api-key>, ${VAR},
// ${{ secrets.X }}, $VAR, {{ .Key }}, %s and %(name)s.
var placeholderShapes = regexp.MustCompile(`^(?:<[^<>]*>|\$\{\{.*\}\}|\$\{[^{}]*\}|\$[A-Za-z_][A-Za-z0-9_]*|\{\{.*\}\}|%[-+# 0-9.]*[a-zA-Z]|%\([a-z_]+\)s)$`)

var placeholderSet = func() map[string]bool {
	m := make(map[string]bool, len(PlaceholderWords))
	for _, w := range PlaceholderWords {
		m[w] = true
	}
	return m
}()

// IsPlaceholder reports whether s is a stand-in for a secret rather than
// a secret: empty, a template, a run of one character (xxxx, ****,
// 00000000), or a value made of placeholder words.
func IsPlaceholder(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || placeholderShapes.MatchString(s) || isRun(s) {
		return true
	}
	words := strings.FieldsFunc(strings.ToLower(s), isSeparator)
	for _, w := range words {
		if placeholderSet[w] {
			return true
		}
	}
	// Prefixes apply to the value with its separators dropped, so that
	// CHANGE_ME and Your-Key-Here read like changeme and yourkeyhere.
	compact := strings.Join(words, "")
	for _, p := range placeholderPrefixes {
		if strings.HasPrefix(compact, p) {
			return true
		}
	}
	return false
}

// isRun reports whether s, ignoring separators, repeats a single
// character (xxxxxxxx, XXXX-XXXX, ********, 0000).
func isRun(s string) bool {
	var first rune
	for _, r := range s {
		if r == '-' || r == '_' || r == '.' || r == ' ' {
			continue
		}
		if first == 0 {
			first = r
			continue
		}
		if r != first && !(r|0x20 == first|0x20 && (r|0x20) == 'x') {
			return false
		}
	}
	return true
}

// isSeparator is true for every rune that is not an ASCII letter or digit.
func isSeparator(r rune) bool {
	return !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9')
}
