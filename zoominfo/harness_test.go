package zoominfo

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"
)

// Test seams, options only tests can use.

func withClock(now func() time.Time) Option {
	return func(cfg *config) error { cfg.now = now; return nil }
}

func withSleep(sleep func(context.Context, time.Duration) error) Option {
	return func(cfg *config) error { cfg.sleep = sleep; return nil }
}

func withJitter(j func(time.Duration) time.Duration) Option {
	return func(cfg *config) error { cfg.jitter = j; return nil }
}

// fakeClock is a clock that moves only when told, or when a fake sleep
// waits on it.
type fakeClock struct {
	mu     sync.Mutex
	t      time.Time
	sleeps []time.Duration
}

func newClock() *fakeClock {
	return &fakeClock{t: time.Date(2030, 1, 2, 3, 4, 5, 0, time.UTC)}
}

func (c *fakeClock) now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *fakeClock) advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// sleep records the wait and advances the clock instead of waiting.
func (c *fakeClock) sleep(ctx context.Context, d time.Duration) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.sleeps = append(c.sleeps, d)
	c.t = c.t.Add(d)
	return nil
}

func (c *fakeClock) waits() []time.Duration {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]time.Duration(nil), c.sleeps...)
}

// lockedBuffer is a log destination shared by goroutines.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// leakCheck collects everything a test's client produces (log lines,
// errors, formatted values) and, at cleanup, asserts that none of the
// secrets appears in any of it.
type leakCheck struct {
	t       *testing.T
	log     *lockedBuffer
	mu      sync.Mutex
	secrets []string
	outputs []string
}

func newLeakCheck(t *testing.T, secrets ...string) *leakCheck {
	lc := &leakCheck{t: t, log: &lockedBuffer{}, secrets: secrets}
	t.Cleanup(lc.verify)
	return lc
}

// logger logs everything, debug included, to the check's buffer.
func (lc *leakCheck) logger() *slog.Logger {
	return slog.New(slog.NewJSONHandler(lc.log, &slog.HandlerOptions{Level: slog.LevelDebug}))
}

// addSecret adds a credential that appears only during the test, such as
// a JWT the fake issued.
func (lc *leakCheck) addSecret(s string) {
	lc.mu.Lock()
	defer lc.mu.Unlock()
	lc.secrets = append(lc.secrets, s)
}

// capture formats each value with every common verb and keeps the text.
// Errors are kept as their message too.
func (lc *leakCheck) capture(values ...any) {
	lc.mu.Lock()
	defer lc.mu.Unlock()
	for _, v := range values {
		for _, verb := range []string{"%v", "%+v", "%#v", "%s", "%q", "%x", "%T"} {
			lc.outputs = append(lc.outputs, fmt.Sprintf(verb, v))
		}
		if err, ok := v.(error); ok && err != nil {
			lc.outputs = append(lc.outputs, err.Error())
		}
	}
}

func (lc *leakCheck) verify() {
	lc.mu.Lock()
	defer lc.mu.Unlock()
	texts := append([]string{lc.log.String()}, lc.outputs...)
	for _, s := range lc.secrets {
		if s == "" {
			continue
		}
		for _, text := range texts {
			if strings.Contains(text, s) || strings.Contains(text, fmt.Sprintf("%x", s)) {
				shown := strings.ReplaceAll(text, s, "<THE SECRET>")
				lc.t.Errorf("secret %s leaked into output: %.200q", Redact(s), shown)
			}
		}
	}
}
