package zoominfo

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// laggingSource is a SecretSource that gives its values in turn, then
// keeps giving the last: a secret store that is rotated while the client
// runs.
type laggingSource struct {
	mu     sync.Mutex
	values []string
}

func (l *laggingSource) Secret(context.Context) (Secret, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	v := l.values[0]
	if len(l.values) > 1 {
		l.values = l.values[1:]
	}
	return NewSecret(v), nil
}

func TestAPIKeyRotation(t *testing.T) {
	t.Parallel()
	old, rotated := fakeKey(t), fakeKey(t)
	f := newFake(t, old)
	lc := newLeakCheck(t, old, rotated)
	src := &laggingSource{values: []string{old, old, rotated}}
	c, err := NewClient(WithBaseURL(f.url()), WithAPIKeySource(src), WithLogger(lc.logger()))
	if err != nil {
		t.Fatal(err)
	}
	if err := search(t, c, lc); err != nil {
		t.Fatal(err)
	}

	// The API now takes only the rotated key. The second call still sends
	// the old one, gets 401, asks the source again and retries once.
	f.accept(old, false)
	f.accept(rotated, true)
	if err := search(t, c, lc); err != nil {
		t.Fatalf("after rotation: %v", err)
	}
	want := []string{"Bearer " + old, "Bearer " + old, "Bearer " + rotated}
	if diff := cmp.Diff(want, f.authHeaders()); diff != "" {
		t.Errorf("Authorization headers differ (-want +got):\n%s", Redact(diff))
	}
}

func TestFileSourceRotates(t *testing.T) {
	t.Parallel()
	k1, k2 := fakeKey(t), fakeKey(t)
	path := filepath.Join(t.TempDir(), "api-key")
	write := func(s string, mtime time.Time) {
		if err := os.WriteFile(path, []byte(s), 0o600); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(path, mtime, mtime); err != nil {
			t.Fatal(err)
		}
	}
	src := FileSource(path)
	start := time.Now()

	write(k1+"\n", start)
	if got, err := src.Secret(t.Context()); err != nil || !got.Equal(NewSecret(k1)) {
		t.Errorf("first read = %v, %v", got, err)
	}
	write(k2+"\n", start.Add(time.Minute)) // same size, new time
	if got, err := src.Secret(t.Context()); err != nil || !got.Equal(NewSecret(k2)) {
		t.Errorf("after rotation = %v, %v", got, err)
	}
	write(" \n", start.Add(2*time.Minute))
	if _, err := src.Secret(t.Context()); err == nil {
		t.Error("empty file: no error")
	}
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	if _, err := src.Secret(t.Context()); err == nil {
		t.Error("missing file: no error")
	}
}
