// Package partner calls the legacy partner API, which documents http.
package partner

import "net/http"

const partnerBase = "http://partnerapi.zoominfo.com/partnerapi/v4/" // want `plain-http ZoomInfo URL "http://partnerapi.zoominfo.com/…"`

func search(query string) (*http.Response, error) {
	return http.Get(partnerBase + "company/search?" + query)
}

func person() (*http.Response, error) {
	return http.Get("http://partnerapi.zoominfo.com/partnerapi/v4/person/detail?pc=acme&key=0f0f0f0f0f0f0f0f") // want `plain-http ZoomInfo URL "http://partnerapi.zoominfo.com/…\?…"`
}
