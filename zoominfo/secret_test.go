package zoominfo

import (
	"encoding/json"
	"encoding/xml"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"log"
	"log/slog"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSecretPrintsRedacted(t *testing.T) {
	t.Parallel()
	key := fakeKey(t)
	s := NewSecret(key)
	type config struct {
		Name string
		Key  Secret
		Ptr  *Secret
	}
	cfg := config{Name: "prod", Key: s, Ptr: &s}

	got := map[string]string{}
	verbs := []string{"%v", "%+v", "%#v", "%s", "%q", "%x", "%X", "%d", "%10s", "%-12v", "%T"}
	for _, verb := range verbs {
		got[verb] = fmt.Sprintf(verb, s)
		if out := fmt.Sprintf(verb, cfg); strings.Contains(out, key) {
			t.Errorf("%s of a struct holding the secret leaks: %s", verb, out)
		}
	}
	want := map[string]string{
		"%v": "[redacted]", "%+v": "[redacted]", "%#v": `zoominfo.Secret("[redacted]")`,
		"%s": "[redacted]", "%q": `"[redacted]"`, "%x": "[redacted]", "%X": "[redacted]",
		"%d": "[redacted]", "%10s": "[redacted]", "%-12v": "[redacted]", "%T": "zoominfo.Secret",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("formatted secret (-want +got):\n%s", diff)
	}

	var buf lockedBuffer
	slog.New(slog.NewTextHandler(&buf, nil)).Info("x", "key", s, "cfg", cfg)
	slog.New(slog.NewJSONHandler(&buf, nil)).Info("x", "key", s, "cfg", cfg)
	log.New(&buf, "", 0).Println(s, cfg, &cfg)
	js, err := json.Marshal(cfg)
	if err != nil {
		t.Fatal(err)
	}
	xs, err := xml.Marshal(cfg)
	if err != nil {
		t.Fatal(err)
	}
	text, _ := s.MarshalText()
	all := buf.String() + string(js) + string(xs) + string(text) + fmt.Sprint(s) + s.String() +
		s.GoString() + fmt.Sprintln(s, &s)
	if strings.Contains(all, key) {
		t.Errorf("secret leaked into: %s", all)
	}
	if want := `{"Name":"prod","Key":"[redacted]","Ptr":"[redacted]"}`; string(js) != want {
		t.Errorf("json = %s, want %s", js, want)
	}
}

func TestNewSecretTrims(t *testing.T) {
	t.Parallel()
	key := fakeKey(t)
	pastes := []string{key, " " + key, key + "\n", "\t" + key + "\r\n", "\n" + key + " \n"}
	for _, pasted := range pastes {
		if !NewSecret(pasted).Equal(NewSecret(key)) {
			t.Errorf("NewSecret(%q) is not the trimmed key", Redact(pasted))
		}
	}
	if !NewSecret(" \n\t").IsZero() {
		t.Error("a white-space secret is not zero")
	}
}

func TestRedact(t *testing.T) {
	t.Parallel()
	key := fakeKey(t)
	orig := strings.Clone(key)
	got := Redact(key)
	if strings.Contains(got, key[4:]) || got == key {
		t.Errorf("Redact shows the key: %s", got)
	}
	if key != orig {
		t.Error("Redact changed its input")
	}
	if want := "FAKE…(44 chars)"; got != want {
		t.Errorf("Redact = %q, want %q", got, want)
	}
	if got := Redact("short"); got != "…(5 chars)" {
		t.Errorf("Redact(short) = %q", got)
	}
}

func TestScrubLeavesInputAlone(t *testing.T) {
	t.Parallel()
	key := fakeKey(t)
	s := NewSecret(key)
	text := "token=" + key + "; again " + key
	orig := strings.Clone(text)
	if got, want := s.scrub(text), "token=[redacted]; again [redacted]"; got != want {
		t.Errorf("scrub = %q, want %q", got, want)
	}
	if text != orig || s.reveal() != key {
		t.Error("scrub changed its input or the secret")
	}
	if got := NewSecret("abc").scrub("xabcx"); got != "xabcx" {
		t.Errorf("scrub of a tiny secret = %q, want the text unchanged", got)
	}
}

// TestRevealCallers pins where a raw credential is read: only where it
// leaves the process on purpose. A new caller must be added here, and
// reviewed.
func TestRevealCallers(t *testing.T) {
	t.Parallel()
	names, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		file, err := parser.ParseFile(token.NewFileSet(), name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, decl := range file.Decls {
			fn, ok := decl.(*ast.FuncDecl)
			if !ok {
				continue
			}
			ast.Inspect(fn, func(n ast.Node) bool {
				if sel, ok := n.(*ast.SelectorExpr); ok && sel.Sel.Name == "reveal" {
					got = append(got, fn.Name.Name)
				}
				return true
			})
		}
	}
	slices.Sort(got)
	want := []string{"RoundTrip", "clientCredentialsToken", "parsePrivateKey", "passwordFactory"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("callers of reveal (-want +got):\n%s", diff)
	}
}
