package driver

import (
	"bufio"
	"fmt"
	"go/token"
)

// writeText prints one line per finding on stdout:
//
//	file:line:col: message (analyzer)
//
// with file relative to the run's directory when it is under it.
func (o *output) writeText(findings []finding) error {
	w := bufio.NewWriter(o.stdout)
	for _, f := range findings {
		fmt.Fprintf(w, "%s: %s (%s)\n", o.posn(f.pos), f.message, f.analyzer)
	}
	return w.Flush()
}

// posn formats p as file:line:col with a relative file name.
func (o *output) posn(p token.Position) string {
	if !p.IsValid() {
		return "-"
	}
	p.Filename = o.rel(p.Filename)
	return p.String()
}
