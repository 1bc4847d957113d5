package credential

import (
	"net"
	"net/url"
	"strings"
)

// Domain is the registrable domain whose hosts receive ZoomInfo
// credentials. zoom.us belongs to a different company and is not matched.
const Domain = "zoominfo.com"

// Hosts lists the ZoomInfo hosts documented for API access. Any other
// host under Domain is matched too; the list exists for documentation and
// for the rule pack.
var Hosts = []string{
	"api.zoominfo.com",
	"partnerapi.zoominfo.com",
	"okta-login.zoominfo.com",
	"login.zoominfo.com",
	"mcp.zoominfo.com",
}

// ReferenceClientPath is the import path of the compliant client. A
// package importing it is in ZoomInfo context.
const ReferenceClientPath = "github.com/zilint/zilint/zoominfo"

// IsHost reports whether host (optionally with a port or a trailing dot)
// is Domain or a host under it.
func IsHost(host string) bool {
	host = strings.ToLower(strings.TrimSpace(host))
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	host = strings.TrimSuffix(host, ".")
	return host == Domain || strings.HasSuffix(host, "."+Domain)
}

// MentionsHost reports whether s names a ZoomInfo host anywhere, as a
// URL, a bare host or an e-mail domain. It is the cheap test used to
// decide that code is in ZoomInfo context.
func MentionsHost(s string) bool {
	i := indexFold(s, Domain)
	for i >= 0 {
		end := i + len(Domain)
		// The match must end the host: "zoominfo.community" is not ours.
		if end == len(s) || !isHostByte(s[end]) || s[end] == '.' && !hostContinues(s[end+1:]) {
			// And start it: "notzoominfo.com" is not ours either.
			if i == 0 || s[i-1] == '.' || !isHostByte(s[i-1]) {
				return true
			}
		}
		next := indexFold(s[i+1:], Domain)
		if next < 0 {
			break
		}
		i += 1 + next
	}
	return false
}

// URL is what zilint needs to know about a URL-shaped string.
type URL struct {
	Scheme string // lower case, "" when the string has none
	Host   string // lower case, without port
}

// ParseURL extracts the scheme and host of an absolute URL written in s,
// which may be a template with its holes already filled by a stand-in
// such as "x". It reports false when s is not an absolute http(s) URL.
func ParseURL(s string) (URL, bool) {
	s = strings.TrimSpace(s)
	scheme, rest, ok := strings.Cut(s, "://")
	if !ok || scheme == "" {
		return URL{}, false
	}
	scheme = strings.ToLower(scheme)
	if scheme != "http" && scheme != "https" {
		return URL{}, false
	}
	u, err := url.Parse(scheme + "://" + rest)
	if err != nil || u.Host == "" {
		// A template may not parse; fall back to the text up to the path.
		host := rest
		if i := strings.IndexAny(host, "/?#"); i >= 0 {
			host = host[:i]
		}
		if at := strings.LastIndex(host, "@"); at >= 0 {
			host = host[at+1:]
		}
		if host == "" {
			return URL{}, false
		}
		return URL{Scheme: scheme, Host: strings.ToLower(stripPort(host))}, true
	}
	return URL{Scheme: scheme, Host: strings.ToLower(u.Hostname())}, true
}

// IsInsecureZoomInfoURL reports whether s is a plain-http URL of a
// ZoomInfo host.
func IsInsecureZoomInfoURL(s string) bool {
	u, ok := ParseURL(s)
	return ok && u.Scheme == "http" && IsHost(u.Host)
}

func stripPort(host string) string {
	if h, _, err := net.SplitHostPort(host); err == nil {
		return h
	}
	return host
}

func isHostByte(c byte) bool {
	return c == '.' || c == '-' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// hostContinues reports whether s starts with another host label, as in
// "zoominfo.com.evil.example".
func hostContinues(s string) bool {
	return s != "" && isHostByte(s[0]) && s[0] != '.' && s[0] != '-'
}

func indexFold(s, sub string) int {
	n := len(sub)
	for i := 0; i+n <= len(s); i++ {
		if strings.EqualFold(s[i:i+n], sub) {
			return i
		}
	}
	return -1
}
