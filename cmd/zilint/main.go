// Command zilint finds ZoomInfo API credential misuse in Go code.
//
// Usage:
//
//	zilint [flags] [packages]
//	go vet -vettool=$(which zilint) ./...
//
// Run zilint -h for the flags; package driver documents the behaviour.
package main

import (
	"github.com/zilint/zilint/analyzers"
	"github.com/zilint/zilint/internal/driver"
)

func main() {
	driver.Main(analyzers.All()...)
}
