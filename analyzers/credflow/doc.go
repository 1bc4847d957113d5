// Package credflow defines the fact-producing analysis that follows
// ZoomInfo credentials over SSA: where they come from, how they move
// through values, fields, closures and calls, and which sinks they
// reach. keyleak and envload report from its Result.
package credflow

// doc is the analyzer's documentation.
const doc = `credflow: follow ZoomInfo credentials from sources to sinks

credflow reports nothing itself. For each package it computes the flows
that keyleak and envload report, and exports facts so flows cross
packages: a function's summary (it returns a credential, a parameter
reaches a sink, a parameter reaches a result, it rejects an empty
argument, it returns os.Getenv of a parameter), a struct field that
holds a credential, and a type whose String method redacts.`
