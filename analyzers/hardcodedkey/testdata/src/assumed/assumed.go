// Package assumed never names ZoomInfo; with assume-context its generic
// names count.
package assumed

var apiKey = "4IC5LTRTFi5XI2Foib6csvrJvbTLjRjchIpZCZwh" // want `ZoomInfo API key .* hardcoded in apiKey`

var pageToken = "4IC5LTRTFi5XI2Foib6csvrJvbTLjRjchIpZCZwh"
