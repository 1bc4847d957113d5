// Package secrets is the "zilint secrets" subcommand: it scans files, git
// history or staged changes for secrets with gitleaks, run in-process
// with zilint's rule pack for ZoomInfo and, unless turned off, gitleaks'
// default rules.
//
// Usage:
//
//	zilint secrets [flags] [path]
//
// The path (default ".") is a directory or file to scan, or with -git
// and -staged a git work tree. Findings are printed as
//
//	file:line: rule-id: masked secret
//
// or, with -json, as the JSON report of gitleaks. A secret is never
// printed whole, in any format: it is replaced by credential.Mask.
// A .gitleaksignore file at the root of the path, and a baseline report
// given with -baseline, drop findings already known.
//
// The exit status is the analyzers': 0 when nothing is found, 3 when
// something is, 1 when the scan could not run (bad flags, a path that
// does not exist, a directory that is not a git repository with -git,
// an unreadable or invalid -config).
package secrets
