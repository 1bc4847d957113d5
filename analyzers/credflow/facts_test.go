package credflow

import (
	"bytes"
	"encoding/gob"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/tools/go/analysis"

	"github.com/zilint/zilint/internal/credential"
)

// TestFactsGob round-trips every fact type through gob, as the vet
// driver does between packages.
func TestFactsGob(t *testing.T) {
	facts := []analysis.Fact{
		&FuncFact{Returns: &Origin{Kind: OriginEnv, Cred: credential.APIKey, Desc: `os.Getenv("ZOOMINFO_API_KEY")`,
			Posn: "zi.go:12", Checked: true}, EnvParam: 1, Passes: []int{0},
			Sinks: []ParamSink{{Param: 1, Kind: KindLog, Sink: "log.Printf"}}, RejectsEmpty: []int{0}},
		&FieldFact{Origin: Origin{Kind: OriginField, Cred: credential.JWT, Desc: "field auth.JWT", Posn: "a.go:3"}},
		&RedactsFact{JSON: true},
		&PackageFact{},
	}
	for _, f := range facts {
		var buf bytes.Buffer
		if err := gob.NewEncoder(&buf).Encode(f); err != nil {
			t.Fatalf("encode %T: %v", f, err)
		}
		got := newLike(f)
		if err := gob.NewDecoder(&buf).Decode(got); err != nil {
			t.Fatalf("decode %T: %v", f, err)
		}
		if diff := cmp.Diff(f, got); diff != "" {
			t.Errorf("%T changed in gob (-want +got):\n%s", f, diff)
		}
	}
}

func newLike(f analysis.Fact) analysis.Fact {
	switch f.(type) {
	case *FuncFact:
		return new(FuncFact)
	case *FieldFact:
		return new(FieldFact)
	case *RedactsFact:
		return new(RedactsFact)
	}
	return new(PackageFact)
}
