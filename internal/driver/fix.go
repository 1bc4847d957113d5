package driver

import (
	"cmp"
	"fmt"
	"go/format"
	"os"
	"slices"
)

// fixPlan is the set of edits -fix and -diff apply.
type fixPlan struct {
	edits map[string][]edit // accepted edits per file, without duplicates
	fixed []bool            // fixed[i]: the first fix of finding i is applied
}

// planFixes accepts the first suggested fix of each finding, in the order
// of findings, unless one of its edits overlaps an edit already accepted.
// An edit identical to an accepted one (the same file seen through a
// package and its test variant) is not an overlap; it is dropped. Refused
// fixes are reported on stderr.
func (o *output) planFixes(findings []finding) *fixPlan {
	plan := &fixPlan{edits: make(map[string][]edit), fixed: make([]bool, len(findings))}
	for i, f := range findings {
		if len(f.fixes) == 0 {
			continue
		}
		var fresh []edit
		ok := true
		for _, e := range f.fixes[0].edits {
			if slices.Contains(plan.edits[e.file], e) || slices.Contains(fresh, e) {
				continue
			}
			if overlapsAny(e, plan.edits[e.file]) || overlapsAny(e, fresh) {
				ok = false
				break
			}
			fresh = append(fresh, e)
		}
		if !ok {
			fmt.Fprintf(o.stderr, "%s: %s: skipped fix %q (%s): it overlaps another fix\n",
				progName, o.posn(f.pos), f.fixes[0].message, f.analyzer)
			continue
		}
		for _, e := range fresh {
			plan.edits[e.file] = append(plan.edits[e.file], e)
		}
		plan.fixed[i] = true
	}
	return plan
}

// overlapsAny reports whether e conflicts with one of edits: their ranges
// intersect, or they start at the same offset, which leaves their order
// undefined. Edits in other files never conflict.
func overlapsAny(e edit, edits []edit) bool {
	for _, x := range edits {
		if x.file == e.file && (x.start == e.start || (e.start < x.end && x.start < e.end)) {
			return true
		}
	}
	return false
}

// applyEdits returns src with edits applied, in descending offset order.
func applyEdits(src []byte, edits []edit) ([]byte, error) {
	sorted := slices.Clone(edits)
	slices.SortFunc(sorted, func(a, b edit) int { return cmp.Compare(b.start, a.start) })
	out := slices.Clone(src)
	for _, e := range sorted {
		if e.start < 0 || e.start > e.end || e.end > len(out) {
			return nil, fmt.Errorf("edit [%d, %d) out of range (file changed since analysis?)", e.start, e.end)
		}
		out = slices.Concat(out[:e.start], []byte(e.text), out[e.end:])
	}
	return out, nil
}

// fixedFile reads file, applies its edits and formats the result. When
// formatting fails it warns and returns the unformatted result.
func (o *output) fixedFile(file string, edits []edit) (before, after []byte, err error) {
	before, err = os.ReadFile(file)
	if err != nil {
		return nil, nil, err
	}
	after, err = applyEdits(before, edits)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", o.rel(file), err)
	}
	formatted, err := format.Source(after)
	if err != nil {
		fmt.Fprintf(o.stderr, "%s: warning: %s: fixed file does not format (%v); left unformatted\n",
			progName, o.rel(file), err)
		return before, after, nil
	}
	return before, formatted, nil
}

// fix applies (or with diff, prints) the first fix of every finding and
// returns how many findings count for the exit status: those left
// without an applied fix, or with diff all of them. Findings left
// unfixed by -fix are printed as text.
func (o *output) fix(findings []finding, diff bool) (int, error) {
	plan := o.planFixes(findings)
	files := make([]string, 0, len(plan.edits))
	for file := range plan.edits {
		files = append(files, file)
	}
	slices.Sort(files)

	if diff {
		return len(findings), o.writeDiff(findings, plan, files)
	}

	var firstErr error
	for _, file := range files {
		if err := o.writeFixed(file, plan.edits[file]); err != nil {
			fmt.Fprintf(o.stderr, "%s: %v\n", progName, err)
			firstErr = cmp.Or(firstErr, err)
		}
	}

	var remaining []finding
	for i, f := range findings {
		if !plan.fixed[i] {
			remaining = append(remaining, f)
		}
	}
	if err := o.writeText(remaining); err != nil {
		return len(remaining), err
	}
	if firstErr != nil {
		return len(remaining), fmt.Errorf("some fixes could not be written")
	}
	return len(remaining), nil
}

// writeFixed rewrites file with its edits applied, keeping its mode.
func (o *output) writeFixed(file string, edits []edit) error {
	_, after, err := o.fixedFile(file, edits)
	if err != nil {
		return err
	}
	info, err := os.Stat(file)
	if err != nil {
		return err
	}
	return os.WriteFile(file, after, info.Mode().Perm())
}
