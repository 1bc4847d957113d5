// Package envload defines an analyzer that reports ZoomInfo credentials
// sent from a command-line flag, or from the environment unchecked.
package envload

// doc is the user documentation: Analyzer.Doc and the SARIF rule help.
const doc = `envload: report ZoomInfo credentials loaded from flags or unchecked

A ZoomInfo credential belongs in the environment or a secret manager,
and an environment variable can be unset. envload follows the
credential (with the same data flow as keyleak) to where it is sent to
ZoomInfo: the Authorization header (Header.Set or Add), SetBasicAuth,
and the reference client's zoominfo.NewSecret. It reports

  - a credential from a command-line flag (flag.String or
    flag.StringVar with a credential name), which shows in the process
    list and the shell history;
  - an os.Getenv (or viper GetString) result that is sent with no
    emptiness check on every path before the send.

	key := os.Getenv("ZOOMINFO_API_KEY")
	req.Header.Set("Authorization", "Bearer "+key) // reported

Check it first, so a missing variable fails at start-up, not at
ZoomInfo with a 401:

	key := os.Getenv("ZOOMINFO_API_KEY")
	if key == "" {
		return errors.New("ZOOMINFO_API_KEY is not set")
	}

A check is a branch on key == "", key != "", len(key) == 0 or
LookupEnv's ok whose non-empty side dominates the send, a checked value
returned by a helper, or an earlier call of a helper that does not
return on an empty argument (a mustEnv that calls log.Fatal, os.Exit or
panic). Approved sources are never reported: checked lookups, the
reference client's loaders (zoominfo.APIKeyFromEnv and the others),
secret-manager clients (AWS Secrets Manager, GCP Secret Manager, Azure
Key Vault, HashiCorp Vault: their results are not sources, so nothing
they return is reported), and the functions listed with
-envload.loaders. A function that receives the key as a parameter is
not reported: its caller is, when the caller passes an unchecked value.
A literal key is hardcodedkey's finding.

envload does not detect a key read from a file inside the module tree or
a package variable with a literal default, a check that returns an
error from a helper (only helpers that exit count), or a key stored in a
struct field before it is sent (the field, not the lookup, is then its
origin).`
