// Package limitations records what insecureurl knowingly misses.
package limitations

import (
	"fmt"
	"net/url"
	"os"
	"strings"
)

// Known miss: the scheme is assigned after parsing; fields set one by one
// are not tracked.
func assignedScheme() (*url.URL, error) {
	u, err := url.Parse("https://api.zoominfo.com/search")
	if err != nil {
		return nil, err
	}
	u.Scheme = "http"
	return u, nil
}

// Known miss: the base URL comes from the environment or a config file.
func fromConfig() string {
	return os.Getenv("ZOOMINFO_BASE_URL") + "/search"
}

// Known miss: a host held in a variable, not a constant, is unknown.
var zoomHost = "api.zoominfo.com"

func fromVariable() string {
	return "http://" + zoomHost
}

// Known miss: a helper that returns different constants on different
// paths is not resolved.
func host(eu bool) string {
	if eu {
		return "api-eu.zoominfo.com"
	}
	return "api.zoominfo.com"
}

func fromHelper(eu bool) string {
	return "http://" + host(eu)
}

// Known miss: explicit argument indexes in a format are not followed.
func indexed() string {
	return fmt.Sprintf("%[1]s://%[2]s", "http", "api.zoominfo.com")
}

// Known miss: URLs joined by functions other than + and fmt.Sprintf.
func joined() string {
	return strings.Join([]string{"http:/", "api.zoominfo.com", "search"}, "/")
}

// Known over-report (spurious): a constant used only as a pattern to
// compare against is still reported at its declaration, and its fix to
// https would invert the guard. Literals written in the comparison itself
// are not reported.
const insecurePrefix = "http://api.zoominfo.com" // want `plain-http ZoomInfo URL "http://api.zoominfo.com"`

func isInsecure(u string) bool {
	return strings.HasPrefix(u, insecurePrefix) || u == insecurePrefix
}

// Known miss: a plain WebSocket URL (ws://) to a ZoomInfo host; only the
// http scheme is checked.
const stream = "ws://api.zoominfo.com/stream"
