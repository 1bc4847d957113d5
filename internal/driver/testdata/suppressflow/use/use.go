package use

import "example.com/suppressflow/dep"

// Key is the sink of the flow; the directive sits there.
func Key() string {
	//zilint:ignore taint the value is a documented test fixture
	return dep.Secret()
}

// Other is not suppressed.
func Other() string { return dep.Secret() }
