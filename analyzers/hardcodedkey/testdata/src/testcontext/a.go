// Package testcontext names ZoomInfo only in its test file: its own
// files are not in ZoomInfo context, whether tests are loaded or not.
package testcontext

var apiKey = "AlgejguUmwgHUw0u76awXqfoDnEpkry2rZyoEMZH"
