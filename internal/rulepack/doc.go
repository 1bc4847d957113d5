// Package rulepack is the gitleaks v8 rule pack for ZoomInfo secrets.
//
// Each rule is one Go function named after its credential kind; its
// regular expression, keywords and allowlists are built from the tables
// of package credential, so the pack and the analyzers agree on what a
// ZoomInfo name, a placeholder and a host are. Render writes the pack as
// the TOML that stock gitleaks reads; the committed copy lives at
// rules/zoominfo.toml and is rewritten by
//
//	go generate ./internal/rulepack
//
// Load turns a pack (and optionally gitleaks' default rules and a user's
// own configuration) into a config.Config for the gitleaks detector
// without touching the library's extension global, so that any number of
// loads in one process give the same rules.
package rulepack

//go:generate go run ../../cmd/zilint-rulegen -o ../../rules/zoominfo.toml
