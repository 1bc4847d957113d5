package basic

const key = "BADWORD-0123456789"

// Greeting returns a greeting.
func Greeting() string { return "hello" }
