package credential

// EnvVars lists the ZoomInfo environment variables seen in practice. The
// model matches the whole family (see IsEnvVarName); the list documents it
// and seeds the rule pack and the tests.
var EnvVars = []string{
	"ZOOMINFO_API_KEY",
	"ZOOMINFO_ACCESS_TOKEN",
	"ZOOMINFO_JWT",
	"ZOOMINFO_PASSWORD",
	"ZOOMINFO_API_PASSWORD",
	"ZOOMINFO_CLIENT_SECRET",
	"ZOOMINFO_PRIVATE_KEY",
	"ZOOMINFO_REFRESH_TOKEN",
	"ZI_PASS",
}

// IsEnvVarName reports whether s is spelled like an environment variable
// of the ZoomInfo family: upper-case words joined by underscores, the
// first of them ZOOMINFO or ZI (ZOOMINFO_USERNAME and ZI_BASE_URL
// included; they are names, and reading one puts code in ZoomInfo
// context).
func IsEnvVarName(s string) bool {
	if !isEnvSpelling(s) {
		return false
	}
	words := Words(s)
	return len(words) >= 2 && IsZoomInfoWord(words[0])
}

// EnvVarKind returns the kind of credential an environment variable of
// the ZoomInfo family holds, or None for the ones that hold no secret
// (ZOOMINFO_USERNAME, ZOOMINFO_CLIENT_ID) and for other names.
func EnvVarKind(s string) Kind {
	if !IsEnvVarName(s) {
		return None
	}
	return ClassifyName(s).Kind
}

// EnvVarKindIn is EnvVarKind with the user's own variable names added:
// a name in extra holds the credential its words name, or an API key when
// they name none (ACME_ZI_TOKEN, LEGACY_LOOKUP_SECRET).
func EnvVarKindIn(s string, extra []string) Kind {
	if k := EnvVarKind(s); k != None {
		return k
	}
	for _, e := range extra {
		if s == e {
			if k := ClassifyName(s).Kind; k != None {
				return k
			}
			return APIKey
		}
	}
	return None
}

// IsEnvVarNameIn is IsEnvVarName with the user's own variable names added.
func IsEnvVarNameIn(s string, extra []string) bool {
	return IsEnvVarName(s) || EnvVarKindIn(s, extra) != None
}

// isEnvSpelling: A-Z first, then A-Z, 0-9 and underscores.
func isEnvSpelling(s string) bool {
	if s == "" || s[0] < 'A' || s[0] > 'Z' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_') {
			return false
		}
	}
	return true
}
