package credential

import "strings"

// Scrub masks, inside the quoted strings of one line of output (a diff
// line, a compiler error that quotes a literal), every token that looks
// like a machine-made secret. It is the safety net for text that zilint
// prints but did not write itself; text outside quotes (file names,
// positions) is left alone.
func Scrub(line string) string {
	if !strings.ContainsAny(line, "\"`") {
		return line
	}
	var b strings.Builder
	for {
		start := strings.IndexAny(line, "\"`")
		if start < 0 {
			b.WriteString(line)
			return b.String()
		}
		end := closingQuote(line, start)
		b.WriteString(line[:start+1])
		b.WriteString(scrubTokens(line[start+1 : end]))
		if end == len(line) {
			return b.String()
		}
		b.WriteByte(line[end])
		line = line[end+1:]
	}
}

// closingQuote returns the index of the quote that closes the one at
// start, or len(s) when the string runs to the end of the line.
func closingQuote(s string, start int) int {
	q := s[start]
	for i := start + 1; i < len(s); i++ {
		switch {
		case s[i] == '\\' && q == '"':
			i++
		case s[i] == q:
			return i
		}
	}
	return len(s)
}

// scrubTokens masks the secret-looking tokens of a quoted text; tokens
// are separated by URL, header and assignment punctuation.
func scrubTokens(s string) string {
	fields := strings.FieldsFunc(s, isTokenSeparator)
	for _, f := range fields {
		if LooksLikeSecret(APIKey, f) {
			s = strings.ReplaceAll(s, f, Mask(f))
		}
	}
	return s
}

func isTokenSeparator(r rune) bool {
	return strings.ContainsRune(" \t?&=/:,;#@'\"()[]{}<>|\\", r)
}
