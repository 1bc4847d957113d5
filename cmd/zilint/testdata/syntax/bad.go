package syntax

var x = )
