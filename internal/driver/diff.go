package driver

import (
	"bufio"
	"cmp"
	"fmt"
	"os"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/aymanbagabas/go-udiff"

	"github.com/zilint/zilint/internal/credential"
)

// categorySecret marks a diagnostic whose range is a secret literal.
const categorySecret = "secret"

// minMaskedLen is the shortest line of a secret that -diff masks.
const minMaskedLen = 5

// writeDiff prints a unified diff of the planned edits of files. Every
// line of the source text of a "secret" finding is masked in the output,
// since the removed lines would otherwise show the secret.
func (o *output) writeDiff(findings []finding, plan *fixPlan, files []string) error {
	secrets := secretLines(findings)
	w := bufio.NewWriter(o.stdout)
	var firstErr error
	for _, file := range files {
		before, after, err := o.fixedFile(file, plan.edits[file])
		if err != nil {
			fmt.Fprintf(o.stderr, "%s: %v\n", progName, err)
			firstErr = cmp.Or(firstErr, err)
			continue
		}
		name := o.rel(file)
		d := udiff.Unified("a/"+name, "b/"+name, string(before), string(after))
		_, _ = w.WriteString(maskLines(d, secrets)) // a write error surfaces at Flush
	}
	if err := w.Flush(); err != nil {
		return err
	}
	if firstErr != nil {
		return fmt.Errorf("some diffs could not be computed")
	}
	return nil
}

// secretLines returns the distinct lines of at least minMaskedLen
// characters of the source text of every secret finding, longest first.
func secretLines(findings []finding) []string {
	contents := make(map[string][]byte)
	var lines []string
	for _, f := range findings {
		if f.category != categorySecret || f.pos.Filename != f.end.Filename {
			continue
		}
		src, ok := contents[f.pos.Filename]
		if !ok {
			src, _ = os.ReadFile(f.pos.Filename) // unreadable: nothing to mask
			contents[f.pos.Filename] = src
		}
		if f.pos.Offset < 0 || f.pos.Offset > f.end.Offset || f.end.Offset > len(src) {
			continue
		}
		for line := range strings.SplitSeq(string(src[f.pos.Offset:f.end.Offset]), "\n") {
			line = strings.TrimSuffix(line, "\r")
			if utf8.RuneCountInString(line) >= minMaskedLen && !slices.Contains(lines, line) {
				lines = append(lines, line)
			}
		}
	}
	slices.SortFunc(lines, func(a, b string) int { return cmp.Compare(len(b), len(a)) })
	return lines
}

// maskLines replaces, in every line of text, each occurrence of each
// secret by its masked hint, and then scrubs what still looks like a
// secret in the quoted strings of source lines: a diff shows whole lines,
// and a line may hold a key that no analyzer reported.
func maskLines(text string, secrets []string) string {
	lines := strings.SplitAfter(text, "\n")
	for i, line := range lines {
		for _, s := range secrets {
			line = strings.ReplaceAll(line, s, credential.Mask(s))
		}
		if !strings.HasPrefix(line, "--- ") && !strings.HasPrefix(line, "+++ ") {
			line = credential.Scrub(line)
		}
		lines[i] = line
	}
	return strings.Join(lines, "")
}
