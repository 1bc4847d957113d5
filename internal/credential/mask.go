package credential

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// maskHint is how many leading characters a mask shows, and maskMin the
// shortest secret that shows any: a hint of 4 out of 8 would be half the
// secret.
const (
	maskHint = 4
	maskMin  = 16
)

// Mask returns a display form of a secret that is safe to print in a
// diagnostic, a report or a CI log: at most the first four characters
// and the length, as in "k3Jd…(40 chars)". A PEM block shows only its
// type. Mask never returns its input.
func Mask(secret string) string {
	n := utf8.RuneCountInString(secret)
	if i := strings.Index(secret, "-----BEGIN "); i >= 0 {
		if j := strings.Index(secret[i+11:], "-----"); j >= 0 {
			return fmt.Sprintf("%s…(%d chars)", secret[i:i+11+j+5], n)
		}
	}
	if n < maskMin {
		return fmt.Sprintf("…(%d chars)", n)
	}
	hint := []rune(secret)[:maskHint]
	for i, r := range hint {
		if r < ' ' || r == utf8.RuneError {
			hint[i] = '?'
		}
	}
	return fmt.Sprintf("%s…(%d chars)", string(hint), n)
}
