package bdep

// Bad does not compile: its body has a type error, its declaration none.
func Bad() int { return "x" }
