package skiptests

const host = "api.zoominfo.com"

var apiKey = "4IC5LTRTFi5XI2Foib6csvrJvbTLjRjchIpZCZwh" // want `ZoomInfo API key .* hardcoded in apiKey`
