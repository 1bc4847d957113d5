package driver

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/zilint/zilint/internal/credential"
)

// fingerprintVersion names the recipe of fingerprints; it changes when
// the recipe does, so old baselines are recognizably stale.
const fingerprintVersion = "zilint/v1"

// sources reads and caches the files that findings point into.
type sources struct {
	files   map[string][][]byte // file name to its lines; nil when unreadable
	modRoot map[string]string   // directory to the root of its module
}

func newSources() *sources {
	return &sources{files: make(map[string][][]byte), modRoot: make(map[string]string)}
}

// line returns line n (1-based) of file without its newline, or nil.
func (s *sources) line(file string, n int) []byte {
	lines, ok := s.files[file]
	if !ok {
		if data, err := os.ReadFile(file); err == nil {
			lines = bytes.Split(data, []byte("\n"))
		}
		s.files[file] = lines
	}
	if n < 1 || n > len(lines) {
		return nil
	}
	return bytes.TrimSuffix(lines[n-1], []byte("\r"))
}

// moduleRoot returns the directory of the go.mod nearest above file, or
// the file's directory when there is none.
func (s *sources) moduleRoot(file string) string {
	start := filepath.Dir(file)
	if root, ok := s.modRoot[start]; ok {
		return root
	}
	root := start
	for dir := start; ; dir = filepath.Dir(dir) {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			root = dir
			break
		}
		if filepath.Dir(dir) == dir {
			break
		}
	}
	s.modRoot[start] = root
	return root
}

// utf16Column converts a 1-based byte column on a line of file into the
// 1-based UTF-16 column SARIF counts in by default.
func (s *sources) utf16Column(file string, line, col int) int {
	text := s.line(file, line)
	if col < 1 || col-1 > len(text) {
		return col
	}
	n := 1
	for _, r := range string(text[:col-1]) {
		if r == utf8.RuneError {
			n++
			continue
		}
		n += len(utf16.Encode([]rune{r}))
	}
	return n
}

// setFingerprints sets the fingerprint of each of the sorted findings:
// a hash of the analyzer, the file relative to its module root, the
// masked message and the trimmed text of the finding's line, so that it
// survives edits elsewhere in the file, a checkout in another directory
// and a different current directory. Findings that hash alike get
// ":1", ":2", … in the order of their positions.
func setFingerprints(findings []finding, src *sources) {
	seen := make(map[string]int)
	for i, f := range findings {
		rel := filepath.ToSlash(relPath(src.moduleRoot(f.pos.Filename), f.pos.Filename))
		h := sha256.New()
		fmt.Fprintf(h, "%s\x00%s\x00%s\x00%s\x00", fingerprintVersion, f.analyzer, rel, credential.Scrub(f.message))
		h.Write(bytes.TrimSpace(src.line(f.pos.Filename, f.pos.Line)))
		sum := hex.EncodeToString(h.Sum(nil))[:32]
		seen[sum]++
		findings[i].fingerprint = fmt.Sprintf("%s:%d", sum, seen[sum])
	}
}
