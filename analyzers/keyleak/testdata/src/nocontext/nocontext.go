// Package nocontext never names ZoomInfo: generic names are not
// credentials here, and the fast path skips the flow.
package nocontext

import "log"

func show(apiKey string, cfg struct{ Token string }) {
	log.Print(apiKey)
	log.Printf("%+v", cfg)
}
