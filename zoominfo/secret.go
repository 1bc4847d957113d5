package zoominfo

import (
	"fmt"
	"log/slog"
	"strconv"
	"strings"

	"github.com/zilint/zilint/internal/credential"
)

// redacted is what every printed form of a Secret shows.
const redacted = "[redacted]"

// Secret holds a credential: an API key, a JWT, a password, a private key
// or an OAuth client secret. Every way Go has of printing or encoding a
// value (String, GoString, every fmt verb, slog, encoding/json and
// encoding.TextMarshaler) shows "[redacted]" instead of the value, so a
// Secret may sit in a struct that is logged or returned in an error
// without leaking.
//
// The zero Secret is empty. A Secret is immutable and safe to copy and to
// share between goroutines.
type Secret struct {
	// v is unexported so that neither reflection-based printers nor
	// callers outside the package can reach it.
	v string
}

// NewSecret wraps a credential. Surrounding white space, which pasting a
// key into a variable or a file often adds, is removed.
func NewSecret(value string) Secret {
	return Secret{v: strings.TrimSpace(value)}
}

// IsZero reports whether the secret is empty.
func (s Secret) IsZero() bool { return s.v == "" }

// Equal reports whether two secrets hold the same value, without
// revealing either.
func (s Secret) Equal(other Secret) bool { return s.v == other.v }

// String returns "[redacted]".
func (s Secret) String() string { return redacted }

// GoString returns a redacted Go-syntax form, for %#v.
func (s Secret) GoString() string { return "zoominfo.Secret(" + strconv.Quote(redacted) + ")" }

// Format prints the redacted form for every verb and flag: %v, %+v and %s
// print "[redacted]", %q prints it quoted, %#v prints GoString, and any
// other verb (%x, %d, …) prints "[redacted]" too rather than an encoding
// of the value.
func (s Secret) Format(f fmt.State, verb rune) {
	switch {
	case verb == 'v' && f.Flag('#'):
		fmt.Fprint(f, s.GoString())
	case verb == 'q':
		fmt.Fprint(f, strconv.Quote(redacted))
	default:
		fmt.Fprint(f, redacted)
	}
}

// LogValue makes slog print "[redacted]".
func (s Secret) LogValue() slog.Value { return slog.StringValue(redacted) }

// MarshalJSON encodes the redacted form, so a Secret in a struct that is
// dumped as JSON does not leak.
func (s Secret) MarshalJSON() ([]byte, error) { return []byte(strconv.Quote(redacted)), nil }

// MarshalText encodes the redacted form.
func (s Secret) MarshalText() ([]byte, error) { return []byte(redacted), nil }

// reveal returns the raw value. It is called only where a credential
// leaves the process on purpose: the transport that sets the
// Authorization header, the body of POST /authenticate, the parsing of a
// private key and the OAuth token request. secret_test.go pins that list.
func (s Secret) reveal() string { return s.v }

// scrub returns text with every occurrence of the secret replaced by
// "[redacted]". It is used on text that came from outside (an error body
// that echoes the request) before it is put in an error.
func (s Secret) scrub(text string) string {
	if len(s.v) < 4 {
		// Replacing a one- to three-character password would mangle the
		// text without protecting much; such values are refused earlier.
		return text
	}
	return strings.ReplaceAll(text, s.v, redacted)
}

// unescapeNewlines turns a PEM block pasted on one line, with literal
// "\n" sequences where the line breaks were, back into lines. A value
// that already has line breaks is returned unchanged.
func (s Secret) unescapeNewlines() Secret {
	if strings.Contains(s.v, "\n") || !strings.Contains(s.v, `\n`) {
		return s
	}
	return NewSecret(strings.ReplaceAll(s.v, `\n`, "\n"))
}

// Redact returns a masked form of a credential that is safe to log or
// print: at most its first four characters and its length, as in
// "k3Jd…(40 chars)", and only the type line of a PEM block. Short values
// show only their length. Redact never returns its input and never
// changes the caller's value.
//
// Redact is what zilint's keyleak fix puts around a raw string that
// reaches a log call or an error; code that can keep the value in a
// Secret should do that instead.
func Redact(s string) string {
	return credential.Mask(s)
}
