package credential

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// fake returns a visibly fake, reproducible random secret of n characters.
func fake(seed uint64, n int) string {
	const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
	r := rand.New(rand.NewPCG(seed, 0x7a696c696e74)) // "zilint"
	b := make([]byte, n)
	for i := range b {
		b[i] = alphabet[r.IntN(len(alphabet))]
	}
	return string(b)
}

// fakeHex returns a visibly fake, reproducible lower-case hex string.
func fakeHex(seed uint64, n int) string {
	r := rand.New(rand.NewPCG(seed, 0x7a696c696e74))
	b := make([]byte, n)
	for i := range b {
		b[i] = "0123456789abcdef"[r.IntN(16)]
	}
	return string(b)
}

func TestIsHost(t *testing.T) {
	for host, want := range map[string]bool{
		"api.zoominfo.com":        true,
		"partnerapi.zoominfo.com": true,
		"okta-login.zoominfo.com": true,
		"login.zoominfo.com":      true,
		"mcp.zoominfo.com":        true,
		"new.thing.zoominfo.com":  true,
		"API.ZoomInfo.com:443":    true,
		"zoominfo.com.":           true,
		"zoominfo.com":            true,
		"zoom.us":                 false,
		"api.zoom.us":             false,
		"notzoominfo.com":         false,
		"zoominfo.com.evil.test":  false,
		"localhost":               false,
		"":                        false,
	} {
		if got := IsHost(host); got != want {
			t.Errorf("IsHost(%q) = %v, want %v", host, got, want)
		}
	}
}

func TestMentionsHost(t *testing.T) {
	for s, want := range map[string]bool{
		"https://api.zoominfo.com/search":      true,
		"ops@zoominfo.com":                     true,
		"see api.zoominfo.com.":                true,
		"https://zoominfo.community/":          false,
		"https://notzoominfo.com/":             false,
		"https://zoominfo.com.evil.test/x":     false,
		"https://zoom.us/oauth":                false,
		"zoominfo.com.evil.test, zoominfo.com": true,
	} {
		if got := MentionsHost(s); got != want {
			t.Errorf("MentionsHost(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestIsInsecureZoomInfoURL(t *testing.T) {
	for s, want := range map[string]bool{
		"http://api.zoominfo.com":                           true,
		"HTTP://api.zoominfo.com/search/contact":            true,
		"http://partnerapi.zoominfo.com/partnerapi/v4/x":    true,
		"http://x.zoominfo.com/enrich":                      true,
		"http://user:pw@api.zoominfo.com:8080/":             true,
		"https://api.zoominfo.com":                          false,
		"http://localhost:9876/callback":                    false,
		"http://127.0.0.1:34567":                            false,
		"http://zoom.us/":                                   false,
		"http://example.com/?next=https://api.zoominfo.com": false,
		"api.zoominfo.com":                                  false,
		"ftp://api.zoominfo.com":                            false,
	} {
		if got := IsInsecureZoomInfoURL(s); got != want {
			t.Errorf("IsInsecureZoomInfoURL(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestWords(t *testing.T) {
	for name, want := range map[string]string{
		"ZIAPIKey":         "zi api key",
		"zoominfo_api_key": "zoominfo api key",
		"ZOOMINFO_API_KEY": "zoominfo api key",
		"clientSecret2":    "client secret 2",
		"APIKeyHeader":     "api key header",
		"ziPass":           "zi pass",
		"zipCode":          "zip code",
		"ZIPCODE":          "zipcode",
		"x-api-key":        "x api key",
		"zoominfoapikey":   "zoominfo api key",
	} {
		if got := strings.Join(Words(name), " "); got != want {
			t.Errorf("Words(%q) = %q, want %q", name, got, want)
		}
	}
}

func TestClassifyName(t *testing.T) {
	for name, want := range map[string]Name{
		"apiKey":             {Kind: APIKey},
		"APIKey":             {Kind: APIKey},
		"api_key":            {Kind: APIKey},
		"ziAPIKey":           {Kind: APIKey, ZoomInfo: true},
		"zoomInfoToken":      {Kind: APIKey, ZoomInfo: true},
		"ZoomInfoKey":        {Kind: APIKey, ZoomInfo: true},
		"ZI_PASS":            {Kind: Password, ZoomInfo: true},
		"ClientSecret":       {Kind: ClientSecret},
		"client_secret":      {Kind: ClientSecret},
		"RefreshToken":       {Kind: RefreshToken},
		"accessToken":        {Kind: AccessToken},
		"privateKeyPEM":      {},
		"privateKey":         {Kind: PrivateKey},
		"password":           {Kind: Password},
		"jwt":                {Kind: JWT},
		"Authorization":      {},
		"token":              {Kind: APIKey},
		"pageToken":          {},
		"nextPageToken":      {},
		"csrfToken":          {},
		"keyEnv":             {},
		"APIKeyHeader":       {},
		"tokenURL":           {},
		"TokenEndpoint":      {},
		"passwordFile":       {},
		"clientID":           {},
		"username":           {},
		"key":                {},
		"bypass":             {},
		"zipCode":            {},
		"ZOOMINFO_USERNAME":  {ZoomInfo: false},
		"apiKey2":            {Kind: APIKey},
		"apiKeyV2":           {Kind: APIKey},
		"password1":          {Kind: Password},
		"zoominfoAPIKeyProd": {Kind: APIKey, ZoomInfo: true},
		"apiKeyBytes":        {Kind: APIKey},
		"clientSecret2":      {Kind: ClientSecret},
		"apiKeyNameV2":       {},
		"v2":                 {},
	} {
		if got := ClassifyName(name); got != want {
			t.Errorf("ClassifyName(%q) = %+v, want %+v", name, got, want)
		}
	}
}

func TestEnvVars(t *testing.T) {
	for _, name := range EnvVars {
		if !IsEnvVarName(name) || EnvVarKind(name) == None {
			t.Errorf("%s: IsEnvVarName=%v EnvVarKind=%v, want a credential variable",
				name, IsEnvVarName(name), EnvVarKind(name))
		}
	}
	for name, want := range map[string]Kind{
		"ZOOMINFO_API_KEY":       APIKey,
		"ZOOMINFO_ACCESS_TOKEN":  AccessToken,
		"ZOOMINFO_API_PASSWORD":  Password,
		"ZOOMINFO_PRIVATE_KEY":   PrivateKey,
		"ZOOMINFO_REFRESH_TOKEN": RefreshToken,
		"ZI_API_TOKEN":           APIKey,
		"ZOOMINFO_PROD_API_KEY":  APIKey,
		"ZI_PWD":                 Password,
		"ZOOMINFO_USERNAME":      None,
		"ZOOMINFO_CLIENT_ID":     None,
		"ZOOMINFO_BASE_URL":      None,
		"ZOOMINFO_KEY_ENV":       None,
		"API_KEY":                None,
		"ZIPCODE_API_KEY":        None,
		"zoominfo_api_key":       None,
	} {
		if got := EnvVarKind(name); got != want {
			t.Errorf("EnvVarKind(%q) = %v, want %v", name, got, want)
		}
	}
	for _, kind := range Kinds() {
		if EnvVarKind(kind.EnvVar()) != kind && kind != PartnerKey {
			t.Errorf("%v.EnvVar() = %s, which classifies as %v", kind, kind.EnvVar(), EnvVarKind(kind.EnvVar()))
		}
	}
}

func TestIsPlaceholder(t *testing.T) {
	for _, s := range []string{
		"", "   ", "YOUR_API_KEY", "YOUR_API_KEY_HERE", "your-api-key", "your_zoominfo_api_key",
		"YourApiKey", "your_key_here", "<api-key>", "<your ZoomInfo key>", "${ZOOMINFO_API_KEY}",
		"$ZOOMINFO_API_KEY", "${{ secrets.ZOOMINFO_API_KEY }}", "{{ .APIKey }}", "xxxxxxxxxxxxxxxx",
		"XXXX-XXXX-XXXX", "********", "••••••••", "changeme", "CHANGE_ME", "REDACTED", "dummy",
		"dummy-key-123", "example-api-key", "sk_example_4f3a", "test-token", "fake_secret", "%s",
		"placeholder", "00000000000000000000", "secret", "password",
	} {
		if !IsPlaceholder(s) {
			t.Errorf("IsPlaceholder(%q) = false, want true", s)
		}
	}
	for _, s := range []string{
		fake(1, 40), fake(2, 32), "hunter2!", "eyJhbGciOiJIUzI1NiJ9." + fake(3, 20) + "." + fake(4, 20),
		// An ordinary word inside a random string does not make it a placeholder.
		fake(5, 20) + "test" + fake(6, 20),
		fake(7, 20) + "here" + fake(8, 20),
	} {
		if IsPlaceholder(s) {
			t.Errorf("IsPlaceholder(%q) = true, want false", s)
		}
	}
}

func TestLooksLikeSecret(t *testing.T) {
	type tc struct {
		kind Kind
		s    string
		want bool
	}
	for _, c := range []tc{
		{APIKey, fake(10, 40), true},
		{APIKey, strings.ToLower(fake(11, 32)), true},
		{ClientSecret, fake(12, 40), true},
		{RefreshToken, fake(13, 64), true},
		{Password, "S3cure!pw", true},
		{Password, "hunter22", true},
		{Password, "pw", false},
		{APIKey, fake(14, 10), false},
		{APIKey, "public_tokens.route", false},
		{APIKey, "API_TOKEN_HEADER", false},
		{APIKey, "ZOOMINFO_API_KEY", false},
		{Password, "ZOOMINFO_PASSWORD", false},
		{APIKey, "X-Zoominfo-Api-Key", false},
		{APIKey, "publicTokensRoute", false},
		{Password, "passwordResetRoute", false},
		{APIKey, "https://api.zoominfo.com/authenticate", false},
		{APIKey, "/v1/oauth/token/refresh", false},
		{APIKey, "YOUR_API_KEY_HERE", false},
		{APIKey, "this is a sentence about tokens", false},
		{APIKey, "aaaaaaaaaaaaaaaaaaaaaa", false},
		{PrivateKey, fake(15, 40), false},
		{APIKey, "zoominfo.api.v2.key", false},
		{APIKey, "my-zoominfo-key-v1", false},
		{APIKey, "ZoomInfoApiKey2024", false},
		{APIKey, "public.tokens.v2.route", false},
		{APIKey, "0123456789abcdef0123456789abcdef", false},
		{APIKey, "1234567890123456", false},
		{APIKey, "abcdefghijklmnopqrstuvwxyz123456", false},
		{APIKey, "ABCDEF1234567890ABCDEF1234567890", false},
		{APIKey, "sha256:" + fakeHex(16, 64), false},
		{Password, "$2a$10$" + fake(17, 53), false},
		{APIKey, strings.Repeat(fake(18, 64), 100), false},
		{APIKey, fake(19, 20) + "2024", true},
		{PrivateKey, testPEM("PRIVATE KEY"), true},
		{PrivateKey, testPEM("RSA PRIVATE KEY"), true},
		{PrivateKey, "-----BEGIN PRIVATE KEY-----", false},
	} {
		if got := LooksLikeSecret(c.kind, c.s); got != c.want {
			t.Errorf("LooksLikeSecret(%v, %q) = %v, want %v", c.kind, c.s, got, c.want)
		}
	}
}

// testPEM builds a visibly fake PEM block of the given type.
func testPEM(typ string) string {
	var b strings.Builder
	b.WriteString("-----BEGIN " + typ + "-----\n")
	for i := range 4 {
		b.WriteString(fake(uint64(100+i), 64) + "\n")
	}
	b.WriteString("-----END " + typ + "-----\n")
	return b.String()
}

func TestClassifyValue(t *testing.T) {
	jwtHeader := "eyJhbGciOiJSUzI1NiJ9"
	// {"iss":"api-client@zoominfo.com"} and {"sub":"someone"}, base64url.
	ziClaims := "eyJpc3MiOiJhcGktY2xpZW50QHpvb21pbmZvLmNvbSJ9"
	otherClaims := "eyJzdWIiOiJzb21lb25lIn0"
	sig := fake(20, 43)
	for s, want := range map[string]Shape{
		jwtHeader + "." + ziClaims + "." + sig:                {Kind: JWT, ZoomInfo: true},
		jwtHeader + "." + otherClaims + "." + sig:             {Kind: JWT},
		"Bearer " + jwtHeader + "." + otherClaims + "." + sig: {Kind: JWT},
		testPEM("PRIVATE KEY"):                                {Kind: PrivateKey},
		testPEM("RSA PRIVATE KEY"):                            {Kind: PrivateKey},
		testPEM("EC PRIVATE KEY"):                             {Kind: PrivateKey},
		testPEM("PUBLIC KEY"):                                 {},
		"http://partnerapi.zoominfo.com/partnerapi/v4/company/search?pc=acme&key=" +
			fakeHex(21, 32): {Kind: PartnerKey, ZoomInfo: true},
		"http://partnerapi.zoominfo.com/partnerapi/v4/company/search?pc=acme&key=" +
			fakeHex(21, 31): {},
		"https://example.test/?key=" + strings.Repeat("ab", 16): {},
		fake(22, 40): {},
	} {
		got := ClassifyValue(s)
		if want.Kind != None && !strings.Contains(s, got.Secret) || want.Kind != None && got.Secret == "" {
			t.Errorf("ClassifyValue(%.40q…).Secret = %.10q…, not part of the value", s, got.Secret)
		}
		got.Secret = ""
		if got != want {
			t.Errorf("ClassifyValue(%.40q…) = %+v, want %+v", s, got, want)
		}
	}
}

func TestPartnerKeySecret(t *testing.T) {
	key := fakeHex(23, 32)
	got := ClassifyValue("http://partnerapi.zoominfo.com/partnerapi/v4/x?pc=acme&key=" + key + "&outputType=json")
	if got.Kind != PartnerKey || got.Secret != key {
		t.Errorf("ClassifyValue(partner URL) = %v %q, want the key %q", got.Kind, got.Secret, key)
	}
}

func TestMask(t *testing.T) {
	secret := fake(30, 40)
	got := Mask(secret)
	if want := secret[:4] + "…(40 chars)"; got != want {
		t.Errorf("Mask(40 chars) = %q, want %q", got, want)
	}
	if got := Mask("hunter22"); got != "…(8 chars)" {
		t.Errorf("Mask(short) = %q, want no characters shown", got)
	}
	pem := testPEM("RSA PRIVATE KEY")
	if got, want := Mask(pem), fmt.Sprintf("-----BEGIN RSA PRIVATE KEY-----…(%d chars)", len(pem)); got != want {
		t.Errorf("Mask(PEM) = %q", got)
	}
	for _, s := range []string{secret, pem, "hunter22", fake(31, 16)} {
		if m := Mask(s); strings.Contains(m, s) || strings.Contains(m, s[len(s)-8:]) {
			t.Errorf("Mask(%q) = %q shows the secret", s, m)
		}
	}
}

func TestEnvVarKindIn(t *testing.T) {
	extra := []string{"ACME_TOKEN", "LEGACY_LOOKUP", "ACME_PASSWORD"}
	for name, want := range map[string]Kind{
		"ACME_TOKEN":       APIKey,
		"LEGACY_LOOKUP":    APIKey,
		"ACME_PASSWORD":    Password,
		"ZOOMINFO_API_KEY": APIKey,
		"OTHER_TOKEN":      None,
	} {
		if got := EnvVarKindIn(name, extra); got != want {
			t.Errorf("EnvVarKindIn(%q) = %v, want %v", name, got, want)
		}
	}
	if !IsEnvVarNameIn("LEGACY_LOOKUP", extra) || IsEnvVarNameIn("LEGACY_LOOKUP", nil) {
		t.Error("IsEnvVarNameIn does not follow the extra names")
	}
}
