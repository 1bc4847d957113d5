package vdep

// Secret returns a value the taint analyzer marks with a fact.
func Secret() string { return "BADWORD-vendored-value" }
