// Package secrets holds plain-http ZoomInfo URLs whose path carries a
// secret. The diagnostic shows scheme and host only. The tokens below are
// visibly fake, generated at random for this test.
package secrets

import "fmt"

var hookURL = "http://api.zoominfo.com/webhooks/FAKEtestonly7UX7JU5mDEzjV95gX3Pb2CmEbKva" // want `plain-http ZoomInfo URL "http://api\.zoominfo\.com/…":`

func hook(id int) string {
	return fmt.Sprintf("http://api.zoominfo.com/hooks/FAKEtestonlyXqgYNBMTOsSyMkcIIMMmbX3UvrgO/%d", id) // want `plain-http ZoomInfo URL "http://api\.zoominfo\.com/…":`
}

func withQuery() string {
	return "http://user:FAKEtestonlyXqgYNBMTOsSyMkcIIMMmbX3UvrgO@api.zoominfo.com/FAKEtestonly7UX7JU5mDEzjV95gX3Pb2CmEbKva?key=FAKEtestonly7UX7JU5mDEzjV95gX3Pb2CmEbKva" // want `plain-http ZoomInfo URL "http://api\.zoominfo\.com/…\?…":`
}

var _ = []string{hookURL, hook(1), withQuery()}
