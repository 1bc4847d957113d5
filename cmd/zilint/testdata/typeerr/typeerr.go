package typeerr

var n int = "x"
