package intests

const host = "api.zoominfo.com"
