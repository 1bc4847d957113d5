package credential

// Kind is a kind of ZoomInfo credential.
type Kind int

// The kinds of credential. None means "not a credential".
const (
	None Kind = iota
	APIKey
	AccessToken
	JWT
	Password
	PrivateKey
	ClientSecret
	RefreshToken
	PartnerKey
)

var kindInfo = [...]struct {
	name   string // human wording, used in diagnostics
	env    string // the conventional environment variable
	loader string // the reference client's loader, "" when it has none
}{
	None:         {"value", "", ""},
	APIKey:       {"API key", "ZOOMINFO_API_KEY", "zoominfo.APIKeyFromEnv"},
	AccessToken:  {"access token", "ZOOMINFO_ACCESS_TOKEN", "zoominfo.APIKeyFromEnv"},
	JWT:          {"JWT", "ZOOMINFO_JWT", "zoominfo.PasswordCredentialsFromEnv"},
	Password:     {"password", "ZOOMINFO_PASSWORD", "zoominfo.PasswordCredentialsFromEnv"},
	PrivateKey:   {"private key", "ZOOMINFO_PRIVATE_KEY", "zoominfo.PKICredentialsFromEnv"},
	ClientSecret: {"client secret", "ZOOMINFO_CLIENT_SECRET", "zoominfo.ClientCredentialsFromEnv"},
	RefreshToken: {"refresh token", "ZOOMINFO_REFRESH_TOKEN", "zoominfo.ClientCredentialsFromEnv"},
	PartnerKey:   {"partner API key", "ZOOMINFO_PARTNER_KEY", ""},
}

// Kinds lists every credential kind, in a stable order.
func Kinds() []Kind {
	return []Kind{APIKey, AccessToken, JWT, Password, PrivateKey, ClientSecret, RefreshToken, PartnerKey}
}

// String returns the kind in the words a diagnostic uses ("API key").
func (k Kind) String() string {
	if k < 0 || int(k) >= len(kindInfo) {
		return "credential"
	}
	return kindInfo[k].name
}

// EnvVar returns the environment variable a credential of this kind
// conventionally comes from; it is the target of suggested fixes.
func (k Kind) EnvVar() string {
	if k <= None || int(k) >= len(kindInfo) {
		return kindInfo[APIKey].env
	}
	return kindInfo[k].env
}

// Loader names the reference client's function that loads a credential
// of this kind from the environment ("zoominfo.APIKeyFromEnv"), which
// diagnostics point to where no automatic edit is safe; "" when the
// client has none. A JWT is not stored: the client obtains it.
func (k Kind) Loader() string {
	if k <= None || int(k) >= len(kindInfo) {
		return ""
	}
	return kindInfo[k].loader
}

// minLength is the shortest value of the kind that can be a real secret.
// Passwords are chosen by people and may be short; machine-made tokens
// are long.
func (k Kind) minLength() int {
	switch k {
	case Password:
		return 6
	case PartnerKey:
		return 32
	default:
		return 16
	}
}
