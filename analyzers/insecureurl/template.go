package insecureurl

import (
	"go/ast"
	"go/token"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/zilint/zilint/internal/credential"
)

// A piece is a run of text in a URL template, and where it was written.
type piece struct {
	text string        // the known text; empty for a hole
	hole bool          // an operand whose value is unknown
	lit  *ast.BasicLit // the literal in this package that holds text, or nil
	off  int           // offset of text within the literal's value
}

// A template is the text of a URL built from several operands, with a
// hole for each operand whose value is unknown.
type template []piece

// standIns fill the holes of a template before it is parsed: "x" lets a
// hole stand for a host label ("http://" + region + ".zoominfo.com"),
// and "/" lets it stand for a path after a complete host.
var standIns = [...]string{"x", "/"}

// fill returns the template's text with every hole replaced by standIn.
func (t template) fill(standIn string) string {
	var b strings.Builder
	for _, p := range t {
		if p.hole {
			b.WriteString(standIn)
		} else {
			b.WriteString(p.text)
		}
	}
	return b.String()
}

// insecure reports whether the template is a plain-http ZoomInfo URL
// for some filling of its holes, and returns the stand-in that shows it.
func (t template) insecure() (string, bool) {
	for _, s := range standIns {
		// Most strings are not URLs; skip the parse for them.
		filled := strings.TrimSpace(t.fill(s))
		if !hasPrefixFold(filled, "http") || !strings.Contains(filled, "://") {
			continue
		}
		if credential.IsInsecureZoomInfoURL(filled) {
			return s, true
		}
	}
	return "", false
}

// display returns the URL as shown in a diagnostic: holes become "…",
// and the userinfo, path, query and fragment are dropped, so that no
// password, key or token written in the URL is printed. A non-empty path
// shows as "/…".
func (t template) display() string {
	s := strings.TrimSpace(t.fill("…"))
	hidden := ""
	if i := strings.IndexByte(s, '#'); i >= 0 {
		s, hidden = s[:i], "#…"
	}
	if i := strings.IndexByte(s, '?'); i >= 0 {
		s, hidden = s[:i], "?…"
	}
	if scheme, rest, ok := strings.Cut(s, "://"); ok {
		authority, path, hasPath := strings.Cut(rest, "/")
		if at := strings.LastIndex(authority, "@"); at >= 0 {
			authority = authority[at+1:]
		}
		s = scheme + "://" + authority
		switch {
		case path != "":
			s += "/…"
		case hasPath:
			s += "/"
		}
	}
	if r := []rune(s); len(r) > 100 {
		s = string(r[:100]) + "…"
	}
	return s + hidden
}

// schemeFix returns the edit that turns the http scheme into https in
// the literal that wrote it, or nil when the scheme came from a constant
// declared elsewhere or was split across literals.
func (t template) schemeFix(standIn string) []analysis.SuggestedFix {
	filled := t.fill(standIn)
	start := len(filled) - len(strings.TrimLeft(filled, " \t\r\n"))
	pos := 0
	for _, p := range t {
		n := len(p.text)
		if p.hole {
			n = len(standIn)
		}
		if start >= pos && start+len("http") <= pos+n {
			if p.hole || p.lit == nil {
				return nil
			}
			return litSchemeFix(p.lit, p.off+start-pos)
		}
		pos += n
	}
	return nil
}

// litSchemeFix edits the "http" that starts at offset off of the value
// of lit. It finds the same occurrence in the literal as written, which
// may differ from the value by escapes.
func litSchemeFix(lit *ast.BasicLit, off int) []analysis.SuggestedFix {
	value, err := strconv.Unquote(lit.Value)
	if err != nil {
		return nil
	}
	nth := countFold(value[:off], "http")
	i := indexNthFold(lit.Value, "http", nth)
	if i < 0 {
		return nil
	}
	pos := lit.Pos() + token.Pos(i)
	return []analysis.SuggestedFix{{
		Message:   "Replace http with https",
		TextEdits: []analysis.TextEdit{{Pos: pos, End: pos + 4, NewText: []byte("https")}},
	}}
}

func countFold(s, sub string) int {
	n := 0
	for i := 0; i+len(sub) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(sub)], sub) {
			n++
		}
	}
	return n
}

func indexNthFold(s, sub string, nth int) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(sub)], sub) {
			if nth == 0 {
				return i
			}
			nth--
		}
	}
	return -1
}
