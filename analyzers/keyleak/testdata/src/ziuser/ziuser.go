// Package ziuser uses zi: the flows cross the package boundary only
// through facts.
package ziuser

import (
	"log"

	"zi"
)

func run(cfg zi.Config) {
	log.Println("key:", zi.Key()) // want `ZoomInfo API key from os.Getenv\("ZOOMINFO_API_KEY"\) \(zi.go:13\) via zi.Key reaches log.Println`
	k := zi.Key()
	zi.Debugf("calling with %s", k) // want `via zi.Key reaches zi.Debugf \(reaches log.Printf\)`
	zi.Debugf("region %s", cfg.Region)
	log.Printf("cfg %+v", cfg)                 // want `in field Config.APIKey \(zi.go:24\)`
	log.Print(cfg.APIKey)                      // want `from field Config.APIKey`
	log.Print(zi.MustEnv("ZOOMINFO_PASSWORD")) // want `ZoomInfo password from zi.MustEnv\("ZOOMINFO_PASSWORD"\)`
}
