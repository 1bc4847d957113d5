package driver

import (
	"bytes"
	"encoding/gob"
	"errors"
	"flag"
	"fmt"
	"go/token"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sync"

	"golang.org/x/tools/go/analysis"

	"github.com/rogpeppe/go-internal/cache"
)

// CacheEnv names the environment variable that sets the result cache
// directory; "off" turns the cache off. By default the cache is the
// zilint directory of the user's cache directory.
const CacheEnv = "ZILINT_CACHE"

// A resultCache keeps what analyzing a unit gave (a root's findings
// and directives, and every unit's facts) under the unit's key, so that
// a repeat run analyzes only what changed. A nil *resultCache caches
// nothing.
type resultCache struct {
	c    *cache.Cache
	salt cache.ActionID
	// Entries are written by one goroutine, beside the analysis, and
	// all of them by the time close returns.
	writes  chan cacheWrite
	written sync.WaitGroup
}

type cacheWrite struct {
	id   cache.ActionID
	data []byte
}

// openCache opens the cache the environment names. It returns nil and
// no error when the cache is off, and nil and an error when it cannot
// be used; the run then goes on without it.
func openCache(analyzers []*analysis.Analyzer) (*resultCache, error) {
	dir := os.Getenv(CacheEnv)
	switch dir {
	case "off":
		return nil, nil
	case "":
		base, err := os.UserCacheDir()
		if err != nil {
			return nil, fmt.Errorf("result cache off: %w; set %s", err, CacheEnv)
		}
		dir = filepath.Join(base, "zilint")
	}
	if err := os.MkdirAll(dir, 0o777); err != nil {
		return nil, fmt.Errorf("result cache off: %w", err)
	}
	c, err := cache.Open(dir)
	if err != nil {
		return nil, fmt.Errorf("result cache off: %w", err)
	}
	salt, err := cacheSalt(analyzers)
	if err != nil {
		return nil, fmt.Errorf("result cache off: %w", err)
	}
	rc := &resultCache{c: c, salt: salt, writes: make(chan cacheWrite, 64)}
	rc.written.Go(func() {
		for w := range rc.writes {
			_ = rc.c.PutBytes(w.id, w.data)
		}
	})
	return rc, nil
}

// cacheSalt identifies everything beyond a unit's inputs that its result
// depends on: this executable, the Go version it was built with, and the
// analyzers with their flags.
func cacheSalt(analyzers []*analysis.Analyzer) (cache.ActionID, error) {
	h := cache.NewHash("salt")
	exe, err := os.Executable()
	if err != nil {
		return cache.ActionID{}, err
	}
	info, err := os.Stat(exe)
	if err != nil {
		return cache.ActionID{}, err
	}
	fmt.Fprintf(h, "zilint result cache 1\n%s %d %d\n%s %s/%s\n",
		exe, info.Size(), info.ModTime().UnixNano(), runtime.Version(), runtime.GOOS, runtime.GOARCH)
	all := closure(analyzers)
	for _, a := range all {
		fmt.Fprintf(h, "analyzer %s\n", a.Name)
		a.Flags.VisitAll(func(f *flag.Flag) { fmt.Fprintf(h, "  -%s=%s\n", f.Name, f.Value.String()) })
	}
	for _, a := range analyzers {
		fmt.Fprintf(h, "report %s\n", a.Name)
	}
	return h.Sum(), nil
}

// close finishes the writes and removes entries unused for days (the
// cache does that at most once a day).
func (rc *resultCache) close() {
	if rc != nil {
		close(rc.writes)
		rc.written.Wait()
		_ = rc.c.Trim()
	}
}

// cacheEntry is a unit's result as the cache stores it.
type cacheEntry struct {
	Findings   []cachedFinding
	Directives []cachedDirective
	Facts      []byte
}

type cachedFinding struct {
	Analyzer, PkgPath, Category, Message string
	Pos, End                             token.Position
	Fixes                                []cachedFix
	Related                              []cachedRelated
}

type cachedFix struct {
	Message string
	Edits   []cachedEdit
}

type cachedEdit struct {
	File       string
	Start, End int
	Text       string
}

type cachedRelated struct {
	Pos, End token.Position
	Message  string
}

type cachedDirective struct {
	Pos         token.Position
	PkgPath     string
	Names       []string
	Reason, Err string
}

// key is the cache key of u: its inputs, mixed with the salt.
func (rc *resultCache) key(u *unit) cache.ActionID {
	return cache.Subkey(rc.salt, fmt.Sprintf("%x", u.key))
}

// get fills u's result and facts from the cache and reports whether it
// found them.
func (rc *resultCache) get(u *unit, types factTypes) bool {
	if rc == nil {
		return false
	}
	data, _, err := rc.c.GetBytes(rc.key(u))
	if err != nil {
		return false
	}
	var ce cacheEntry
	if gob.NewDecoder(bytes.NewReader(data)).Decode(&ce) != nil {
		return false
	}
	for _, cf := range ce.Findings {
		u.result.findings = append(u.result.findings, cf.finding())
	}
	for _, cd := range ce.Directives {
		u.result.directives = append(u.result.directives, cd.directive())
	}
	u.facts = &factSet{data: ce.Facts, types: types}
	return true
}

// put stores u's result. A result that cannot be encoded is not cached.
func (rc *resultCache) put(u *unit) {
	if rc == nil {
		return
	}
	facts, err := u.facts.encode()
	if err != nil {
		return
	}
	ce := cacheEntry{Facts: facts}
	for _, f := range u.result.findings {
		ce.Findings = append(ce.Findings, cacheFinding(f))
	}
	for _, d := range u.result.directives {
		ce.Directives = append(ce.Directives, cacheDirective(d))
	}
	var buf bytes.Buffer
	if gob.NewEncoder(&buf).Encode(&ce) != nil {
		return
	}
	rc.writes <- cacheWrite{rc.key(u), buf.Bytes()}
}

func cacheFinding(f finding) cachedFinding {
	cf := cachedFinding{Analyzer: f.analyzer, PkgPath: f.pkgPath, Category: f.category, Message: f.message, Pos: f.pos, End: f.end}
	for _, fix := range f.fixes {
		c := cachedFix{Message: fix.message}
		for _, e := range fix.edits {
			c.Edits = append(c.Edits, cachedEdit{File: e.file, Start: e.start, End: e.end, Text: e.text})
		}
		cf.Fixes = append(cf.Fixes, c)
	}
	for _, r := range f.related {
		cf.Related = append(cf.Related, cachedRelated{Pos: r.pos, End: r.end, Message: r.message})
	}
	return cf
}

func (cf cachedFinding) finding() finding {
	f := finding{analyzer: cf.Analyzer, pkgPath: cf.PkgPath, category: cf.Category, message: cf.Message, pos: cf.Pos, end: cf.End}
	for _, c := range cf.Fixes {
		fix := suggestedFix{message: c.Message}
		for _, e := range c.Edits {
			fix.edits = append(fix.edits, edit{file: e.File, start: e.Start, end: e.End, text: e.Text})
		}
		f.fixes = append(f.fixes, fix)
	}
	for _, r := range cf.Related {
		f.related = append(f.related, related{pos: r.Pos, end: r.End, message: r.Message})
	}
	return f
}

func cacheDirective(d *directive) cachedDirective {
	cd := cachedDirective{Pos: d.pos, PkgPath: d.pkgPath, Names: slices.Clone(d.names), Reason: d.reason}
	if d.err != nil {
		cd.Err = d.err.Error()
	}
	return cd
}

func (cd cachedDirective) directive() *directive {
	d := &directive{pos: cd.Pos, pkgPath: cd.PkgPath, names: cd.Names, reason: cd.Reason, used: make(map[int]bool)}
	if cd.Err != "" {
		d.err = errors.New(cd.Err)
	}
	return d
}
