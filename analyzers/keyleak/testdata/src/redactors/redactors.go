// Package redactors is no ZoomInfo code: credflow builds no SSA for it
// and judges its String methods by their syntax alone.
package redactors

// Quiet ignores its receiver: it redacts.
type Quiet string // want Quiet:"redacts"

func (Quiet) String() string { return "[hidden]" }

// Named names its receiver but never uses it: it redacts.
type Named struct{ V string } // want Named:"redacts"

func (n Named) String() string { return "[hidden]" }

// Loud prints what it holds: no fact.
type Loud string

func (l Loud) String() string { return string(l) }

// Checked uses its receiver only in a test. Outside ZoomInfo context that
// is enough to lose the fact (a limitation: with flows, SSA shows that
// the value never reaches the result).
type Checked string

func (c Checked) String() string {
	if c == "" {
		return ""
	}
	return "[set]"
}
