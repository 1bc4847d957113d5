// Command zilint finds ZoomInfo API credential misuse in Go code.
//
// Usage:
//
//	zilint [flags] [packages]
//	zilint secrets [flags] [path]
//	go vet -vettool=$(which zilint) ./...
//
// Run zilint -h for the flags; package driver documents the behaviour,
// package secrets the secrets scan.
package main

import (
	"os"

	"github.com/zilint/zilint/analyzers"
	"github.com/zilint/zilint/internal/driver"
	"github.com/zilint/zilint/internal/secrets"
)

func main() {
	if len(os.Args) > 1 && os.Args[1] == secrets.Command {
		os.Exit(secrets.Run(os.Args[2:], driver.Env{}))
	}
	driver.Main(driver.Env{Relevant: analyzers.Relevant}, analyzers.All()...)
}
