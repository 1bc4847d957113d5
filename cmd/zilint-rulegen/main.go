// Command zilint-rulegen writes zilint's gitleaks rule pack for ZoomInfo
// secrets, generated from package credential.
//
// Usage:
//
//	zilint-rulegen [-o rules/zoominfo.toml]
//
// With -o - the pack goes to standard output.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/zilint/zilint/internal/rulepack"
)

func main() {
	out := flag.String("o", rulepack.Path, "file to write, or - for standard output")
	flag.Parse()
	data := rulepack.Render()
	if *out == "-" {
		if _, err := os.Stdout.Write(data); err != nil {
			fmt.Fprintln(os.Stderr, "zilint-rulegen:", err)
			os.Exit(1)
		}
		return
	}
	if err := os.WriteFile(*out, data, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "zilint-rulegen:", err)
		os.Exit(1)
	}
}
