// A command of the user's in a directory named like a test binary.
package main

const key = "BADWORD-in-gen"

func main() {}
