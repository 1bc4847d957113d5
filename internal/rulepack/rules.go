package rulepack

import (
	"regexp"
	"strings"

	"github.com/zilint/zilint/internal/credential"
)

// APIKey is a ZoomInfo API key in a ZoomInfo-named setting, near a
// mention of ZoomInfo, or in a bearer Authorization header near one.
func APIKey() Rule {
	r := tokenRule(credential.APIKey, bearerHeader)
	key := Fake(1, 40)
	r.TruePositives = append(namedSamples("ZOOMINFO_API_KEY", "api_key", "apiKey", key),
		Sample{"curl -s https://api.zoominfo.com/search/contact \\\n  -H \"Authorization: Bearer " + key + "\"\n", key},
		Sample{"ZI_API_KEY_PROD='" + key + "'\n", key},
		Sample{"zoominfo_key: " + key + "\n", key},
		Sample{"client = ZoomInfo(token=\"" + key + "\")\n", key},
	)
	r.FalsePositives = append(commonFalsePositives("ZOOMINFO_API_KEY", "api_key"),
		"ZOOMINFO_ACCESS_TOKEN="+key, // reported as an access token
		"zoominfo_page_token: "+Fake(2, 24),
		"ZOOMINFO_API_KEY="+FakeJWT(3), // reported as a JWT
		"curl -H \"Authorization: Bearer "+key+"\" https://api.example.com/",
		"api_key: "+key+"\n", // no ZoomInfo in sight
		"{APIKey, \"ZoomInfoApiKey2024\"},\n{APIKey, \"public.tokens.v2.route\"},",
	)
	return r
}

// AccessToken is a ZoomInfo access token in a ZoomInfo-named setting.
func AccessToken() Rule {
	r := tokenRule(credential.AccessToken, "")
	tok := Fake(4, 48)
	r.TruePositives = namedSamples("ZOOMINFO_ACCESS_TOKEN", "access_token", "accessToken", tok)
	r.FalsePositives = append(commonFalsePositives("ZOOMINFO_ACCESS_TOKEN", "access_token"),
		"ZOOMINFO_API_KEY="+tok)
	return r
}

// ClientSecret is an OAuth client secret of ZoomInfo's login flow.
func ClientSecret() Rule {
	r := tokenRule(credential.ClientSecret, "")
	sec := Fake(5, 40)
	r.TruePositives = append(namedSamples("ZOOMINFO_CLIENT_SECRET", "client_secret", "clientSecret", sec),
		Sample{"zoominfo:\n  client_id: 0oa" + Fake(6, 17) + "\n  client_secret: " + sec + "\n", sec})
	r.FalsePositives = append(commonFalsePositives("ZOOMINFO_CLIENT_SECRET", "client_secret"),
		"ZOOMINFO_CLIENT_SECRET_NAME=zoominfo-oauth")
	return r
}

// RefreshToken is a ZoomInfo OAuth refresh token.
func RefreshToken() Rule {
	r := tokenRule(credential.RefreshToken, "")
	tok := Fake(7, 44)
	r.TruePositives = namedSamples("ZOOMINFO_REFRESH_TOKEN", "refresh_token", "refreshToken", tok)
	r.FalsePositives = commonFalsePositives("ZOOMINFO_REFRESH_TOKEN", "refresh_token")
	return r
}

// JWT is a JSON Web Token written near a mention of ZoomInfo: the bearer
// token that POST /authenticate returns.
func JWT() Rule {
	k := credential.JWT
	tok := FakeJWT(8)
	return Rule{
		Kind:        k,
		ID:          id(k),
		Description: describe(k),
		Regex:       "(?i)" + zoomInfoWord + nearGap + `\b((?-i:` + credential.JWTPattern() + `))` + valueEnd,
		SecretGroup: 1,
		Entropy:     3,
		Keywords:    keywords,
		Allowlists:  []Allowlist{placeholderAllowlist(), docExampleAllowlist()},
		TruePositives: []Sample{
			{"ZOOMINFO_JWT=" + tok, tok},
			{"zoominfo_api_key: " + tok + "\n", tok},
			{"curl https://api.zoominfo.com/search/company -H 'Authorization: Bearer " + tok + "'", tok},
		},
		FalsePositives: []string{
			"ZOOMINFO_JWT=${{ secrets.ZOOMINFO_JWT }}",
			"auth_token: " + tok + "\n", // no ZoomInfo in sight
			"zoominfo docs: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + docExamples[0] + ".SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
		},
	}
}

// Password is a password in a ZoomInfo-named setting. People choose
// passwords, so the rule has no entropy floor.
func Password() Rule {
	k := credential.Password
	pw := Fake(9, 20) + "Horse" + Fake(10, 35) // an English word inside a random password
	short := Fake(14, 8) + "!"                 // passwords may be short
	symbols := Fake(15, 6) + "&" + Fake(16, 4)
	r := Rule{
		Kind:        k,
		ID:          id(k),
		Description: describe(k),
		Regex:       "(?i)" + setting(k) + openQuote + "(" + passwordShape + ")" + valueEnd,
		SecretGroup: 1,
		Keywords:    keywords,
		Allowlists:  []Allowlist{placeholderAllowlist(), identifierAllowlist(false)},
	}
	r.TruePositives = append(namedSamples("ZOOMINFO_PASSWORD", "password", "password", pw),
		Sample{"ZI_PASS=" + short, short},
		Sample{"ZOOMINFO_API_PASSWORD=" + symbols, symbols},
	)
	r.FalsePositives = append(commonFalsePositives("ZOOMINFO_PASSWORD", "password"),
		"zoominfoPassword := os.Getenv(\"ZI_PASS\")",
		"zoominfo_password = request.form.get(\"password\")",
		"zoominfoPassword: string;",
		"ZOOMINFO_PASSWORD_FILE=/run/secrets/zi",
		"password: "+pw+"\n", // no ZoomInfo in sight
	)
	return r
}

// PrivateKey is a PEM private key block assigned to a ZoomInfo-named
// setting, on one line with escaped line breaks or as a YAML block.
func PrivateKey() Rule {
	k := credential.PrivateKey
	block := FakePEM(11, "")
	yamlBlock := FakePEM(11, "  ")
	r := Rule{
		Kind:        k,
		ID:          id(k),
		Description: describe(k),
		Regex: "(?i)" + setting(k) + openQuote + `(?:[|>][-+]?[ \t]*\r?\n[ \t]*)?` +
			`(-----BEGIN[ A-Z0-9]{0,20}PRIVATE KEY-----[A-Za-z0-9+/=\s\\:,.-]{40,}?-----END[ A-Z0-9]{0,20}PRIVATE KEY-----)`,
		SecretGroup: 1,
		Keywords:    keywords,
	}
	r.TruePositives = []Sample{
		{"zoominfo_private_key: |\n" + yamlBlock + "\n", yamlBlock[2:]},
		{"ZOOMINFO_PRIVATE_KEY=\"" + escapeNewlines(block) + "\"\n", escapeNewlines(block)},
		{"zoominfo:\n  private_key: |\n" + FakePEM(12, "    ") + "\n", FakePEM(12, "    ")[4:]},
	}
	r.FalsePositives = []string{
		"zoominfo_private_key: ${{ secrets.ZOOMINFO_PRIVATE_KEY }}",
		"zoominfo_private_key_path: /etc/zoominfo/key.pem",
		"zoominfo_private_key: |\n  -----BEGIN PRIVATE KEY-----\n  ...\n  -----END PRIVATE KEY-----\n",
	}
	return r
}

// PartnerKey is the 32-hex key of ZoomInfo's legacy partner API, sent in
// the query of a URL next to the partner code (pc=...&key=...).
func PartnerKey() Rule {
	k := credential.PartnerKey
	key := FakeHex(13, 32)
	host := `(?:[a-z0-9-]+\.)*` + regexp.QuoteMeta(credential.Domain)
	return Rule{
		Kind:        k,
		ID:          id(k),
		Description: describe(k),
		Regex: "(?i)" + host + "[^\\s\"'`?#]*\\?(?:[^\\s\"'`#]*&)?pc=[^&#\\s\"'`]+&" +
			"(?:[^&#\\s\"'`]*&)*?key=([0-9a-f]{32})(?:[&#\\s\"'`]|$)",
		SecretGroup: 1,
		Entropy:     3,
		Keywords:    keywords[:1],
		Allowlists:  []Allowlist{placeholderAllowlist()},
		TruePositives: []Sample{
			{"url = \"https://partnerapi.zoominfo.com/partnerapi/v4/company/search?pc=ACME&key=" + key + "&outputType=json\"", key},
			{"GET http://partnerapi.zoominfo.com/partnerapi/v4/?pc=acme&outputType=xml&key=" + key, key},
		},
		FalsePositives: []string{
			"https://partnerapi.zoominfo.com/partnerapi/v4/?pc=ACME&key=${ZOOMINFO_PARTNER_KEY}",
			"https://partnerapi.example.com/v4/?pc=ACME&key=" + key,
			"https://partnerapi.zoominfo.com/partnerapi/v4/?pc=ACME&key=" + strings.Repeat("0", 32),
		},
	}
}
