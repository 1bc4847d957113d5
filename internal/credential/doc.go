// Package credential is zilint's single model of what a ZoomInfo
// credential is and where it lives: the hosts that receive one, the kinds
// of secret, the names people give them (identifiers, map keys, JSON
// fields, environment variables), the shapes of literal values, the
// placeholders that are never secrets, and the mask used to show a
// secret in a diagnostic.
//
// The package works on strings only, so that the analyzers and the
// gitleaks rule pack read the same tables. It never logs or prints.
package credential
