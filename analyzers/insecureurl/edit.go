package insecureurl

import (
	"bytes"
	"go/ast"
	"go/token"

	"golang.org/x/tools/go/analysis"
)

// removeElement returns the edits that delete element i of a composite
// literal, with its comma, leaving the others as they are.
func removeElement(pass *analysis.Pass, lit *ast.CompositeLit, i int) []analysis.TextEdit {
	elt := lit.Elts[i]
	if edits := removeLine(pass, elt.Pos(), elt.End()); edits != nil {
		return edits
	}
	var from, to token.Pos
	switch {
	case i+1 < len(lit.Elts):
		from, to = elt.Pos(), lit.Elts[i+1].Pos()
	case i > 0:
		from, to = lit.Elts[i-1].End(), elt.End()
	default:
		from, to = lit.Lbrace+1, lit.Rbrace
	}
	return []analysis.TextEdit{{Pos: from, End: to}}
}

// removeNode returns the edits that delete a statement: its whole line
// when it stands alone there, else its text.
func removeNode(pass *analysis.Pass, n ast.Node) []analysis.TextEdit {
	if edits := removeLine(pass, n.Pos(), n.End()); edits != nil {
		return edits
	}
	return []analysis.TextEdit{{Pos: n.Pos(), End: n.End()}}
}

// removeLine deletes the line holding [from, to) when nothing else is on
// it but indentation, a trailing comma and a line comment; otherwise it
// returns nil.
func removeLine(pass *analysis.Pass, from, to token.Pos) []analysis.TextEdit {
	tf := pass.Fset.File(from)
	if tf == nil || tf.Line(from) != tf.Line(to) {
		return nil
	}
	content, err := pass.ReadFile(tf.Name())
	if err != nil || tf.Size() != len(content) {
		return nil
	}
	start := tf.Offset(tf.LineStart(tf.Line(from)))
	if len(bytes.TrimSpace(content[start:tf.Offset(from)])) > 0 {
		return nil
	}
	end := tf.Offset(to)
	nl := bytes.IndexByte(content[end:], '\n')
	if nl < 0 {
		return nil
	}
	tail := bytes.TrimSpace(content[end : end+nl])
	tail = bytes.TrimSpace(bytes.TrimPrefix(tail, []byte(",")))
	if len(tail) > 0 && !bytes.HasPrefix(tail, []byte("//")) {
		return nil
	}
	return []analysis.TextEdit{{Pos: tf.Pos(start), End: tf.Pos(end + nl + 1)}}
}
