// Package zoominfo is a client for the ZoomInfo API that handles its
// credentials the way zilint asks code to: it is the reference that the
// analyzers' suggested fixes point to.
//
// A program loads its credential from the environment, never from the
// source, holds it in a [Secret] that prints as "[redacted]", and builds a
// [Client]:
//
//	key, err := zoominfo.APIKeyFromEnv() // ZOOMINFO_API_KEY
//	if err != nil {
//		return err // names the variable, never a value
//	}
//	client, err := zoominfo.NewClient(zoominfo.WithAPIKey(key))
//	if err != nil {
//		return err
//	}
//	page, err := client.SearchContacts(ctx, &zoominfo.ContactSearchRequest{
//		CompanyName: "Example Corp",
//	})
//
// # Authentication
//
// Four flows are supported, one per client:
//
//   - a static API key, [WithAPIKey], or one that rotates,
//     [WithAPIKeySource] with an [EnvSource], a [FileSource] or a
//     [SecretSource] of your own;
//   - a username and password exchanged at POST /authenticate for a JWT,
//     [WithPassword];
//   - a username, client id and RSA private key, which sign an RS256
//     client assertion exchanged at POST /authenticate, [WithPKI];
//   - OAuth 2.0 client credentials for the GTM API at [GTMBaseURL],
//     [WithClientCredentials].
//
// Tokens from the exchanges are cached, refreshed five minutes before
// they expire (a JWT lives 60 minutes), fetched by one goroutine at a time
// however many share the client, and fetched again once when the API
// answers 401.
//
// # Transport rules
//
// The base URL must be https; plain http is accepted only for loopback
// hosts, so that tests can use net/http/httptest. The default transport
// requires TLS 1.2 or later, and [WithTransport] refuses one that skips
// verification or allows less. The credential travels only in the
// Authorization header, set on a clone of each request by the client's
// RoundTripper, never in a URL. Redirects to another host or from https
// to http are refused ([ErrRedirect]).
//
// Answers 429, 500, 502, 503 and 504 are retried with exponential backoff
// and jitter, waiting as long as Retry-After asks (in seconds or as an
// HTTP date), up to [WithMaxAttempts] attempts. Context comes first in
// every call, and a done context wins over the transport's error, so
// errors.Is(err, context.DeadlineExceeded) holds after a timeout.
//
// Errors are typed: [*APIError] carries the status, the request id and
// the API's message; [*RateLimitError] adds Retry-After; [*EnvError]
// names a missing variable. Error bodies are read through a 64 KiB cap and
// scrubbed of the credential that was sent. [WithLogger] logs method,
// path, status and duration of each attempt, never a header, a query
// string or a credential.
//
// # Fix targets
//
// zilint's analyzers point here:
//
//   - hardcodedkey: a key written in the source is loaded instead with
//     [APIKeyFromEnv] (or [PasswordCredentialsFromEnv],
//     [PKICredentialsFromEnv], [ClientCredentialsFromEnv] for the other
//     credentials); the environment variables are the Env constants.
//   - keyleak: a key that reaches a log call, an error or a response is
//     wrapped in a [Secret] with [NewSecret], or replaced by its masked
//     form, [Redact].
//   - insecureurl: http becomes https; [DefaultBaseURL] and [GTMBaseURL]
//     are the API's addresses, and [NewClient] keeps TLS 1.2 or later.
//   - envload: a credential from a flag or a file in the repository is
//     loaded with the functions above or a [SecretSource].
package zoominfo
