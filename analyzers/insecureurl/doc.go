// Package insecureurl defines an analyzer that reports plain-http
// ZoomInfo URLs and weakened TLS on clients that call ZoomInfo.
//
// See doc for the user documentation, which is also Analyzer.Doc.
package insecureurl

// doc is the user documentation: Analyzer.Doc and the SARIF rule help.
const doc = `insecureurl: report plain-http ZoomInfo URLs and weak TLS

ZoomInfo credentials travel in the Authorization header (or, for the
legacy partner API, in the query string). Over plain http they cross the
network unencrypted, and so does the data that comes back. The analyzer
reports a ZoomInfo URL with the http scheme wherever it is written: a
string literal, a constant, a concatenation whose known parts make the
URL (unknown parts such as a region variable are allowed), a
fmt.Sprintf call with a constant format, a url.URL literal with
Scheme "http" and a ZoomInfo Host, and a host returned by a helper
function of the same package that always returns one constant. Each URL
is reported once, where it is written: a constant is reported at its
declaration, not where it is used. The suggested fix replaces http with
https in the literal that supplies the scheme.

In a package that talks to ZoomInfo (it names a ZoomInfo host or
environment variable, or imports the reference client) the analyzer
also reports a crypto/tls.Config that turns certificate verification
off (InsecureSkipVerify set to true in a literal or an assignment), one
whose InsecureSkipVerify comes from configuration (a lower-confidence
finding, category "tls-config"), and a MinVersion or MaxVersion below
TLS 1.2. The fixes remove the InsecureSkipVerify setting and raise the
version to tls.VersionTLS12.

Bad:

	const base = "http://api.zoominfo.com"
	tr := &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}

Good:

	const base = "https://api.zoominfo.com"
	tr := &http.Transport{TLSClientConfig: &tls.Config{MinVersion: tls.VersionTLS12}}

Loopback URLs (localhost, 127.0.0.1, httptest servers), other hosts
(zoom.us is a different company) and URLs in comments are not reported,
nor is a URL written as a pattern to compare against: an operand of ==
or !=, a case of a switch, or the pattern given to a strings or bytes
function such as HasPrefix, Contains, TrimPrefix or ReplaceAll (the
replacement of Replace and ReplaceAll is still reported). A constant
used only in such comparisons is still reported at its declaration.
The diagnostic shows the URL's scheme and host only; the userinfo,
path, query and fragment are hidden, since they may carry a secret.

The analyzer does not detect a scheme or host assigned after parsing
(u.Scheme = "http"), a URL or host read from the environment, a flag or
a file, a host held in a variable rather than a constant, a helper that
returns different constants on different paths, a Sprintf format with
explicit argument indexes (%[1]s), and URLs built with strings.Join,
strings.Builder, url.JoinPath or fmt functions other than Sprintf.
Weak TLS outside ZoomInfo context is left to general-purpose linters
such as gosec.
`
