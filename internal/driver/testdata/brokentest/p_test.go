package p

var broken int = "not an int"
