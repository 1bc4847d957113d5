// Package extraenv reads ACME_TOKEN, which credflow's -env-vars declares
// a ZoomInfo credential variable; nothing else here names ZoomInfo.
package extraenv

import (
	"log"
	"os"
)

func start() {
	token := os.Getenv("ACME_TOKEN")
	log.Printf("starting with %s", token) // want `ZoomInfo API key from os.Getenv\("ACME_TOKEN"\) \(extraenv.go:11\) reaches log.Printf`
}
