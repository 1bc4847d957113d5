// Package analysisutil holds what the zilint analyzers share beyond the
// credential model: deciding that a package is in ZoomInfo context,
// reading constant strings, recognising environment lookups, building
// import edits for suggested fixes, and turning a panic into an error.
package analysisutil
