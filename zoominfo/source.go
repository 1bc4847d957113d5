package zoominfo

import (
	"context"
	"errors"
	"fmt"
	"os"
	"sync"
	"time"
)

// A SecretSource supplies a credential that may change while the program
// runs: an environment variable, a file that a secret manager mounts and
// rotates, or a secret manager's API. The client asks the source again
// whenever it needs the value, and once more after the API answers 401,
// so a rotated key is picked up without a restart.
//
// Implementations must be safe for concurrent use and should be cheap
// when the value has not changed (cache, and check a version or a
// modification time). Errors must not contain the secret.
type SecretSource interface {
	Secret(ctx context.Context) (Secret, error)
}

// StaticSource returns a source that always supplies s.
func StaticSource(s Secret) SecretSource { return staticSource{s} }

type staticSource struct{ s Secret }

func (st staticSource) Secret(context.Context) (Secret, error) {
	if st.s.IsZero() {
		return Secret{}, errors.New("zoominfo: empty secret")
	}
	return st.s, nil
}

// EnvSource returns a source that reads the named environment variable
// each time, trimmed; an unset or empty variable is an *EnvError.
func EnvSource(name string) SecretSource { return envSource(name) }

type envSource string

func (e envSource) Secret(context.Context) (Secret, error) { return secretFromEnv(string(e)) }

// FileSource returns a source that reads a file holding one credential,
// such as a Kubernetes secret mounted as a volume. The file is read again
// when its size or modification time changes; surrounding white space is
// trimmed. An empty file is an error.
func FileSource(path string) SecretSource { return &fileSource{path: path} }

type fileSource struct {
	path string

	mu      sync.Mutex
	size    int64
	modTime time.Time
	cached  Secret
}

// maxSecretFile bounds what FileSource reads: a credential is small, and
// a mistaken path to a large file should fail rather than fill memory.
const maxSecretFile = 64 << 10

func (f *fileSource) Secret(ctx context.Context) (Secret, error) {
	if err := ctx.Err(); err != nil {
		return Secret{}, err
	}
	info, err := os.Stat(f.path)
	if err != nil {
		return Secret{}, fmt.Errorf("zoominfo: secret file: %w", err)
	}
	if info.Size() > maxSecretFile {
		return Secret{}, fmt.Errorf("zoominfo: secret file %s is larger than %d bytes",
			f.path, maxSecretFile)
	}

	f.mu.Lock()
	defer f.mu.Unlock()
	if !f.cached.IsZero() && info.Size() == f.size && info.ModTime().Equal(f.modTime) {
		return f.cached, nil
	}

	data, err := os.ReadFile(f.path)
	if err != nil {
		return Secret{}, fmt.Errorf("zoominfo: secret file: %w", err)
	}
	s := NewSecret(string(data))
	if s.IsZero() {
		return Secret{}, fmt.Errorf("zoominfo: secret file %s is empty", f.path)
	}
	f.cached, f.size, f.modTime = s, info.Size(), info.ModTime()
	return s, nil
}
