// Package keyleak defines an analyzer that reports ZoomInfo credentials
// flowing into logs, errors, panics, HTTP responses and URL queries.
package keyleak

// doc is the user documentation: Analyzer.Doc and the SARIF rule help.
const doc = `keyleak: report ZoomInfo credentials that reach logs, errors or URLs

A key read at start-up travels through a config struct, a helper and
another package before it ends in a log line, an error string or a URL,
where anyone who reads the logs, the error report or the proxy's access
log can take it. keyleak follows the key over SSA (through +, Sprintf,
strings.Builder, bytes.Buffer, conversions, struct fields, closures,
maps, slices and function summaries across packages) and reports it
where it reaches:

  - a log: log, log/slog (message and attributes), fmt.Print* and
    fmt.Fprint* to os.Stdout or os.Stderr, zap, logrus, zerolog,
    klog and glog, and any function whose summary says it logs the
    argument (a debugf wrapper);
  - an error (errors.New, fmt.Errorf), a panic, log.Fatal;
  - an HTTP response (http.Error, ResponseWriter.Write, fmt.Fprint* to a
    ResponseWriter);
  - a URL query ("?api_key=" + key, url.Values.Set on u.Query()), and the
    request error or u.String() of such a URL.

A value holding a key counts: "Bearer "+key, a header or request that
carries it, an httputil.DumpRequestOut of that request, and a struct
with a credential field printed with %v, %+v or %#v.

	key := os.Getenv("ZOOMINFO_API_KEY")
	log.Printf("using key %s", key) // reported

Log a masked form, or nothing:

	log.Printf("using key %s", zoominfo.Redact(key))

Sanitizers: len, the %T and %p verbs, comparisons, zoominfo.Redact and
any function whose name says redact, mask, hash, fingerprint or scrub,
crypto and hash packages, and a value whose type redacts. A type
redacts when its String method returns nothing derived from the
receiver (zoominfo.Secret, or a user type written the same way); inside
a printed struct such a field still leaks when it is unexported (fmt
does not call methods on unexported fields), and for log/slog when the
type lacks MarshalJSON. A dump of a request clone whose Authorization
header was deleted or set to a constant or redacted value is clean.

keyleak does not detect a key that passes through a call of a function
it has no summary for (interfaces, function values, most of the standard
library other than the catalogued string builders), custom error types
whose Error method prints a field, JSON encoding of a struct into a
response, or a key that reaches a sink only through a goroutine's
channel in another function. It may over-report a slice or map after
one element received a key, since elements are not told apart.`
