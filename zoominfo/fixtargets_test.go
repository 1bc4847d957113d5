package zoominfo_test

import (
	"testing"

	"github.com/zilint/zilint/internal/credential"
	"github.com/zilint/zilint/zoominfo"
)

// TestFixTargets keeps the analyzers' messages and this package in step:
// every loader the credential model names exists here.
func TestFixTargets(t *testing.T) {
	loaders := map[string]any{
		"zoominfo.APIKeyFromEnv":              zoominfo.APIKeyFromEnv,
		"zoominfo.PasswordCredentialsFromEnv": zoominfo.PasswordCredentialsFromEnv,
		"zoominfo.PKICredentialsFromEnv":      zoominfo.PKICredentialsFromEnv,
		"zoominfo.ClientCredentialsFromEnv":   zoominfo.ClientCredentialsFromEnv,
	}
	for _, k := range credential.Kinds() {
		name := k.Loader()
		if name == "" {
			continue
		}
		if _, ok := loaders[name]; !ok {
			t.Errorf("%v.Loader() = %s, which package zoominfo does not define", k, name)
		}
	}
}
