package zoominfo

import (
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/pem"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// Tests that set environment variables cannot run in parallel
// (t.Setenv refuses); they are quick, and the rest of the package is.

// testKey is one RSA key for the whole package; generating it is slow.
var testKey = sync.OnceValue(func() *rsa.PrivateKey {
	k, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		panic(err)
	}
	return k
})

// testPEM returns the test key as PKCS #8 PEM text.
func testPEM(t testing.TB) string {
	t.Helper()
	der, err := x509.MarshalPKCS8PrivateKey(testKey())
	if err != nil {
		t.Fatal(err)
	}
	return string(pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: der}))
}

func TestAPIKeyFromEnv(t *testing.T) {
	key := fakeKey(t)
	lc := newLeakCheck(t, key)
	for _, pasted := range []string{key, key + "\n", "  " + key + "\r\n"} {
		t.Setenv(EnvAPIKey, pasted)
		got, err := APIKeyFromEnv()
		if err != nil || !got.Equal(NewSecret(key)) {
			t.Errorf("APIKeyFromEnv with %s = %v, %v; want the trimmed key", Redact(pasted), got, err)
		}
		lc.capture(got)
	}

	for _, v := range []string{"", " \n\t"} {
		t.Setenv(EnvAPIKey, v)
		_, err := APIKeyFromEnv()
		lc.capture(err)
		var envErr *EnvError
		if !errors.As(err, &envErr) || envErr.Name != EnvAPIKey || !errors.Is(err, ErrMissingEnv) {
			t.Errorf("APIKeyFromEnv with %q = %v, want an EnvError for %s", v, err, EnvAPIKey)
		}
		if want := "zoominfo: ZOOMINFO_API_KEY: unset or empty"; err.Error() != want {
			t.Errorf("error = %q, want %q", err, want)
		}
	}
	_ = os.Unsetenv(EnvAPIKey) // t.Setenv restores the old value at cleanup
	if _, err := APIKeyFromEnv(); !errors.Is(err, ErrMissingEnv) {
		t.Errorf("unset variable: %v", err)
	}
}

func TestCredentialsFromEnv(t *testing.T) {
	pass, secret := fakeKey(t), fakeKey(t)
	lc := newLeakCheck(t, pass, secret)
	t.Setenv(EnvUsername, " ada@example.com\n")
	t.Setenv(EnvPassword, pass+"\n")
	t.Setenv(EnvClientID, "client-7")
	t.Setenv(EnvClientSecret, secret)

	pc, err := PasswordCredentialsFromEnv()
	lc.capture(pc, err)
	if err != nil || pc.Username != "ada@example.com" || !pc.Password.Equal(NewSecret(pass)) {
		t.Errorf("PasswordCredentialsFromEnv = %v, %v", pc, err)
	}
	cc, err := ClientCredentialsFromEnv()
	lc.capture(cc, err)
	if err != nil || cc.ClientID != "client-7" || !cc.ClientSecret.Equal(NewSecret(secret)) {
		t.Errorf("ClientCredentialsFromEnv = %v, %v", cc, err)
	}

	// Each missing variable is named.
	for _, name := range []string{EnvPassword, EnvUsername} {
		t.Setenv(name, "")
		_, err := PasswordCredentialsFromEnv()
		lc.capture(err)
		if !errors.Is(err, ErrMissingEnv) || !strings.Contains(err.Error(), name) {
			t.Errorf("without %s: %v", name, err)
		}
	}
	t.Setenv(EnvClientSecret, "")
	if _, err := ClientCredentialsFromEnv(); !strings.Contains(fmtErr(err), EnvClientSecret) {
		t.Errorf("without %s: %v", EnvClientSecret, err)
	}
}

func fmtErr(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}

func TestPKICredentialsFromEnv(t *testing.T) {
	key := testPEM(t)
	lc := newLeakCheck(t, key, strings.Split(key, "\n")[1])
	t.Setenv(EnvUsername, "ada@example.com")
	t.Setenv(EnvClientID, "client-7")
	file := filepath.Join(t.TempDir(), "key.pem")
	if err := os.WriteFile(file, []byte("\n"+key+"\n\n"), 0o600); err != nil {
		t.Fatal(err)
	}

	good := map[string][2]string{
		"pem":          {key, ""},
		"pem-pasted":   {"  " + key + "\n\n", ""},
		"pem-one-line": {strings.ReplaceAll(key, "\n", `\n`), ""},
		"file":         {"", file},
	}
	for name, env := range good {
		t.Setenv(EnvPrivateKey, env[0])
		t.Setenv(EnvPrivateKeyFile, env[1])
		got, err := PKICredentialsFromEnv()
		lc.capture(got, err)
		if err != nil || got.ClientID != "client-7" || !got.PrivateKey.Equal(NewSecret(key)) {
			t.Errorf("%s: PKICredentialsFromEnv = %v, %v", name, got, err)
		}
	}

	bad := map[string][2]string{
		"missing":   {"", ""},
		"not-pem":   {"MIIE" + fakeKey(t), ""},
		"truncated": {key[:len(key)/2], ""},
		"garbage":   {strings.Replace(key, "MII", "XXX", 1), ""},
		"no-file":   {"", filepath.Join(t.TempDir(), "absent.pem")},
	}
	for name, env := range bad {
		t.Setenv(EnvPrivateKey, env[0])
		t.Setenv(EnvPrivateKeyFile, env[1])
		_, err := PKICredentialsFromEnv()
		lc.capture(err)
		var envErr *EnvError
		if !errors.As(err, &envErr) {
			t.Errorf("%s: error %v is not an *EnvError", name, err)
		}
	}
}

func TestEnvSourceRotates(t *testing.T) {
	k1, k2 := fakeKey(t), fakeKey(t)
	src := EnvSource(EnvAPIKey)
	t.Setenv(EnvAPIKey, k1)
	if got, err := src.Secret(t.Context()); err != nil || !got.Equal(NewSecret(k1)) {
		t.Errorf("first read = %v, %v", got, err)
	}
	t.Setenv(EnvAPIKey, k2+"\n")
	if got, err := src.Secret(t.Context()); err != nil || !got.Equal(NewSecret(k2)) {
		t.Errorf("after rotation = %v, %v", got, err)
	}
	t.Setenv(EnvAPIKey, "")
	if _, err := src.Secret(t.Context()); !errors.Is(err, ErrMissingEnv) {
		t.Errorf("after unset = %v", err)
	}
}

func TestNewClientDefaultsToEnv(t *testing.T) {
	t.Setenv(EnvAPIKey, "")
	_, err := NewClient()
	if !errors.Is(err, ErrMissingEnv) || !strings.Contains(err.Error(), EnvAPIKey) {
		t.Errorf("NewClient without a key = %v, want an error naming %s", err, EnvAPIKey)
	}

	key := fakeKey(t)
	f := newFake(t, key)
	t.Setenv(EnvAPIKey, key+"\n")
	c, err := NewClient(WithBaseURL(f.url()))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.SearchCompanies(t.Context(), &CompanySearchRequest{}); err != nil {
		t.Errorf("call with the key from the environment: %v", err)
	}
}
