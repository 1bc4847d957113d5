// Package imported builds a URL only of constants from another package.
package imported

import "zihosts"

// The whole expression is the occurrence; the scheme is declared
// elsewhere, so there is no fix.
var base = zihosts.Scheme + "://" + zihosts.Host // want `plain-http ZoomInfo URL "http://api.zoominfo.com"`

// Reported where it is declared, not here.
var search = zihosts.HTTPBase + "/search"
