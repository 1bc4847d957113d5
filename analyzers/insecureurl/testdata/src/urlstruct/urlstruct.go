// Package urlstruct builds plain-http ZoomInfo URLs as url.URL values.
package urlstruct

import "net/url"

const zoomHost = "api.zoominfo.com"

func value() url.URL {
	return url.URL{Scheme: "http", Host: "api.zoominfo.com", Path: "/search"} // want `plain-http ZoomInfo URL "http://api.zoominfo.com/…"`
}

func pointer() *url.URL {
	return &url.URL{ // want `plain-http ZoomInfo URL "http://api.zoominfo.com"`
		Scheme: "http",
		Host:   zoomHost,
	}
}

func regional(region string) *url.URL {
	return &url.URL{Scheme: "http", Host: region + ".zoominfo.com"} // want `plain-http ZoomInfo URL "http://….zoominfo.com"`
}

func secure() *url.URL {
	return &url.URL{Scheme: "https", Host: zoomHost}
}

func otherHost() *url.URL {
	return &url.URL{Scheme: "http", Host: "example.com"}
}

func unknownHost(h string) *url.URL {
	return &url.URL{Scheme: "http", Host: h}
}

func unknownScheme(s string) *url.URL {
	return &url.URL{Scheme: s, Host: zoomHost}
}
