package credential

import (
	"fmt"
	"testing"
)

// literals is a mix like the string literals of real code: identifiers,
// messages, URLs, format strings, and a few random keys.
func literals(n int) []string {
	shapes := []func(i int) string{
		func(i int) string { return fmt.Sprintf("field_name_%d", i) },
		func(i int) string { return fmt.Sprintf("could not open file %d: permission denied", i) },
		func(i int) string { return fmt.Sprintf("https://api.example.com/v1/items/%d", i) },
		func(i int) string { return "%s: %v" },
		func(i int) string { return "application/json" },
		func(i int) string { return fake(uint64(i), 40) },
		func(i int) string { return fmt.Sprintf("X-Request-Id-%d", i) },
	}
	out := make([]string, n)
	for i := range out {
		out[i] = shapes[i%len(shapes)](i)
	}
	return out
}

func BenchmarkClassifyLiterals(b *testing.B) {
	lits := literals(10000)
	b.ResetTimer()
	for b.Loop() {
		for _, s := range lits {
			ClassifyValue(s)
			LooksLikeSecret(APIKey, s)
		}
	}
}

func BenchmarkClassifyName(b *testing.B) {
	names := []string{"apiKey", "ZOOMINFO_API_KEY", "requestID", "pageToken", "zoominfoAPIKeyProd", "buf", "ctx"}
	for b.Loop() {
		for _, n := range names {
			ClassifyName(n)
		}
	}
}
