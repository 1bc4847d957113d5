// Package hardcodedkey defines an analyzer that reports ZoomInfo
// credentials written as literals in Go source.
package hardcodedkey

// doc is the user documentation: Analyzer.Doc and the SARIF rule help.
const doc = `hardcodedkey: report ZoomInfo credentials written in source code

A ZoomInfo API key, JWT, password, OAuth client secret, refresh token,
private key or legacy partner key that is written as a literal ships with
every copy of the code and every build, and cannot be rotated without a
release. hardcodedkey reports such a literal wherever it is placed: a
const or var, a struct field (keyed literal or assignment), a map value,
a call argument whose parameter is named for a key (SetBasicAuth's
password, a client constructor's apiKey), a key/value call such as
os.Setenv("ZOOMINFO_API_KEY", …) or Header.Set("X-Api-Key", …), an
Authorization header value ("Bearer " + literal, fmt.Sprintf), an auth
request body ({"password": …} or password=… in a literal), []byte("…"),
raw strings, constant-folded concatenation, and a literal fallback after
an environment lookup:

	key := os.Getenv("ZOOMINFO_API_KEY")
	if key == "" {
		key = "k3Jd…" // reported: the fallback is the real key
	}

Load the credential from the environment or a secret manager instead:

	key := os.Getenv("ZOOMINFO_API_KEY")
	if key == "" {
		return errors.New("ZOOMINFO_API_KEY is not set")
	}

Generic names (apiKey, token, secret) count only in ZoomInfo context: a
package that names a ZoomInfo host, reads a ZOOMINFO_* or ZI_*
environment variable, declares a ZoomInfo identifier or imports the
reference client. ZoomInfo-specific names (ziAPIKey, ZOOMINFO_PASSWORD)
and shapes (a partner URL carrying key=, a JWT whose claims name
ZoomInfo) count everywhere. Placeholders (YOUR_API_KEY, <api-key>,
${VAR}, xxxx, changeme, REDACTED, example and test values, "") and names
of variables or headers are never reported. Diagnostics show at most the
first four characters and the length of a secret.

Test files are reported by default; -hardcodedkey.skip-tests turns them
off.

hardcodedkey does not detect a secret assembled at run time from
non-constant parts, a secret in a file other than Go source (use zilint
secrets), or a password made of plain dictionary words with no digit or
separator (it reads as an identifier). Values assigned to generic names
outside ZoomInfo context are not reported.`
