package clean

// F returns nothing remarkable.
func F() string { return "fine" }
