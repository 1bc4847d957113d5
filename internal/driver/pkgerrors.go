package driver

import (
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/tools/go/packages"
)

// reportedErrors returns the errors of a package worth printing. The go command's
// own errors repeat the parse and type errors in a multi-line form, so
// they are left out when the package has any of those; otherwise each
// line of them (but the "# pkg" header) is one error.
func reportedErrors(pkgErrs []packages.Error) []packages.Error {
	precise := slices.ContainsFunc(pkgErrs, func(e packages.Error) bool {
		return e.Kind == packages.ParseError || e.Kind == packages.TypeError
	})
	var errs []packages.Error
	for _, e := range pkgErrs {
		if e.Kind != packages.ListError && e.Kind != packages.UnknownError {
			errs = append(errs, e)
			continue
		}
		if precise {
			continue
		}
		for line := range strings.SplitSeq(e.Msg, "\n") {
			line = strings.TrimSpace(line)
			if line != "" && !strings.HasPrefix(line, "# ") {
				errs = append(errs, packages.Error{Pos: e.Pos, Msg: line, Kind: e.Kind})
			}
		}
	}
	return errs
}

// relError formats a package error with its file relative to dir.
func relError(dir string, e packages.Error) string {
	if e.Pos == "" || e.Pos == "-" {
		return e.Msg
	}
	pos := e.Pos
	if r, ok := strings.CutPrefix(pos, dir+string(filepath.Separator)); ok {
		pos = r
	}
	return pos + ": " + e.Msg
}
