// Package driver is the command-line driver of zilint.
//
// It runs in one of two modes, chosen from the arguments alone.
//
// In go vet mode (the first argument is -flags or -V..., or the last
// argument names a .cfg file) the whole run is handed to unitchecker, so
// that
//
//	go vet -vettool=$(which zilint) ./...
//	go fix -fixtool=$(which zilint) ./...
//
// work: the go command loads the packages and renders the results.
//
// In standalone mode the driver parses its own flags, lists the packages
// named by the patterns (default ./...) with go/packages, and analyzes
// them one package at a time (graph.go, unit.go): each is parsed and
// type-checked once its imports are, its analyzers run, and its syntax
// is dropped, so memory holds a few packages' syntax and the types that
// importers still need. Facts pass between packages by object path
// (facts.go). Each package's findings and facts go into a result cache
// keyed by its sources, the keys of its imports, the executable and the
// analyzer flags (cache.go, ZILINT_CACHE), so a repeat run re-analyzes
// only what changed and what imports it. Dependencies are analyzed only
// where Env.Relevant says their facts can matter; the others are
// type-checked for their declarations alone. It prints the findings:
// one line per finding on stdout (file:line:col: message (analyzer)),
// or, with -json, the JSON tree of go vet -json. Errors (bad flags,
// packages that do not load, analyzer failures) go to stderr as one-line
// "zilint: ..." messages. With -fix the first suggested fix of every
// finding is applied to the files; with -diff the same edits are printed
// as a unified diff, with the source text of "secret" findings masked,
// and no file is written.
//
// With -sarif FILE the same findings are also written to FILE as a SARIF
// 2.1.0 log with one rule per analyzer and partial fingerprints that do
// not depend on line numbers. -baseline-write FILE records those
// fingerprints; -baseline FILE then reports only the findings not in it.
// -new-from-rev REV and -new-from-merge-base BRANCH keep only findings on
// lines that git reports as changed.
//
// A line comment "//zilint:ignore NAME[,NAME] REASON" suppresses the
// findings of the named analyzers on its own line and the line below; a
// directive that is malformed, names an unknown analyzer, or suppresses
// nothing is reported as a finding of the analyzer "zilint".
//
// The exit status is ExitClean (0) when nothing was found, ExitFindings
// (3) when some finding remains, and ExitError (1) when the run could
// not be completed; errors take precedence over findings, but findings
// from the packages that did load are printed all the same.
//
// Every analyzer, and every analyzer it requires, runs through a copy
// whose Run turns a panic into an error, so that one failing analyzer
// cannot crash the driver.
package driver
