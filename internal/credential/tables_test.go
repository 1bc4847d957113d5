package credential

import (
	"regexp"
	"slices"
	"strings"
	"testing"
)

// The tables handed to generators must say what the model decides.
func TestTablesAgreeWithModel(t *testing.T) {
	for _, k := range Kinds() {
		for _, words := range NamePhrases(k) {
			name := "zoominfo_" + strings.Join(words, "_")
			if got := ClassifyName(name).Kind; got != k {
				t.Errorf("ClassifyName(%q) = %v, want %v", name, got, k)
			}
		}
	}
	if len(NamePhrases(PartnerKey)) == 0 || len(NamePhrases(None)) != 0 {
		t.Errorf("NamePhrases: PartnerKey has none or None has some")
	}
	for _, w := range NonCredentialTokenWords() {
		if got := ClassifyName(w + "Token").Kind; got != None {
			t.Errorf("ClassifyName(%sToken) = %v, want None", w, got)
		}
	}
	for _, m := range NameModifiers() {
		if got := ClassifyName("zoominfo_api_key_" + m).Kind; got != APIKey {
			t.Errorf("modifier %q: ClassifyName = %v, want API key", m, got)
		}
	}
	for _, q := range KeyQualifiers() {
		if got := ClassifyName(q + "Key").Kind; got != APIKey {
			t.Errorf("qualifier %q: ClassifyName = %v, want API key", q, got)
		}
	}
	for _, p := range PlaceholderPrefixes() {
		if !IsPlaceholder(p + "Q7x") {
			t.Errorf("prefix %q: IsPlaceholder(%sQ7x) = false", p, p)
		}
	}
	shapes := regexp.MustCompile(PlaceholderShapePattern())
	for _, s := range []string{"<api-key>", "${ZOOMINFO_API_KEY}", "${{ secrets.ZI }}", "$KEY"} {
		if !shapes.MatchString(s) || !IsPlaceholder(s) {
			t.Errorf("shape %q not matched", s)
		}
	}
	jwt := regexp.MustCompile("^" + JWTPattern() + "$")
	tok := "eyJ" + fake(1, 20) + ".eyJ" + fake(2, 30) + "." + fake(3, 24)
	if !jwt.MatchString(tok) || ClassifyValue(tok).Kind != JWT {
		t.Errorf("JWTPattern does not match %q", tok)
	}
}

// Generators get copies: changing one leaves the model alone.
func TestTablesAreCopies(t *testing.T) {
	NamePhrases(APIKey)[0][0] = "changed"
	NameModifiers()[0] = "changed"
	PlaceholderPrefixes()[0] = "changed"
	if slices.Contains(NamePhrases(APIKey)[0], "changed") || slices.Contains(NameModifiers(), "changed") ||
		slices.Contains(PlaceholderPrefixes(), "changed") {
		t.Error("a table function returned the model's own slice")
	}
	if !slices.IsSorted(NameModifiers()) || !slices.IsSorted(NonCredentialTokenWords()) {
		t.Error("tables are not sorted")
	}
}
