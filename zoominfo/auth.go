package zoominfo

import (
	"context"
	"sync"
	"time"

	"golang.org/x/sync/singleflight"
)

// An authenticator supplies the bearer token for API requests.
type authenticator interface {
	// token returns the token to send now.
	token(ctx context.Context) (Secret, error)
	// rejected tells the authenticator that the API answered 401 to bad.
	// It reports whether asking token again may give a different value,
	// so that retrying once is worthwhile.
	rejected(ctx context.Context, bad Secret) bool
}

// apiKeyAuth sends a key from a source; rotation is the source's job.
type apiKeyAuth struct{ src SecretSource }

func apiKeyFactory(src SecretSource) authenticatorFactory {
	return func(*Client) (authenticator, error) { return apiKeyAuth{src}, nil }
}

func (a apiKeyAuth) token(ctx context.Context) (Secret, error) { return a.src.Secret(ctx) }

func (a apiKeyAuth) rejected(ctx context.Context, bad Secret) bool {
	s, err := a.src.Secret(ctx)
	return err == nil && !s.Equal(bad)
}

// Token lifetimes: a JWT from POST /authenticate is valid for 60 minutes,
// and a cached token is replaced this long before it expires so that a
// request in flight does not carry a token that dies on the way.
const (
	jwtLifetime  = 60 * time.Minute
	refreshEarly = 5 * time.Minute
	fetchTimeout = 30 * time.Second
)

// tokenCache holds a token that expires, fetched by fetch. Concurrent
// callers that find it missing or stale share one fetch.
type tokenCache struct {
	fetch func(ctx context.Context) (tok Secret, lifetime time.Duration, err error)
	now   func() time.Time

	group singleflight.Group

	mu      sync.Mutex
	tok     Secret
	expires time.Time
}

// cached returns the token if it is fresh.
func (c *tokenCache) cached() (Secret, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.tok.IsZero() || !c.now().Before(c.expires.Add(-refreshEarly)) {
		return Secret{}, false
	}
	return c.tok, true
}

func (c *tokenCache) token(ctx context.Context) (Secret, error) {
	if tok, ok := c.cached(); ok {
		return tok, nil
	}

	// The fetch is shared, so it must not die with the first caller's
	// context; each caller still stops waiting when its own is done.
	ch := c.group.DoChan("token", func() (any, error) {
		if tok, ok := c.cached(); ok {
			return tok, nil // another fetch finished in between
		}
		fctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), fetchTimeout)
		defer cancel()
		tok, life, err := c.fetch(fctx)
		if err != nil {
			return nil, err
		}
		c.mu.Lock()
		c.tok, c.expires = tok, c.now().Add(life)
		c.mu.Unlock()
		return tok, nil
	})

	select {
	case <-ctx.Done():
		return Secret{}, ctx.Err()
	case r := <-ch:
		if r.Err != nil {
			return Secret{}, r.Err
		}
		return r.Val.(Secret), nil
	}
}

// rejected drops the cached token if it is the one the API refused; a
// token refreshed since by another goroutine is kept.
func (c *tokenCache) rejected(_ context.Context, bad Secret) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.tok.Equal(bad) {
		c.tok = Secret{}
	}
	return true
}

// tokenRecord notes which token the transport sent for one call, so that
// after a 401 the client can tell the authenticator which one failed.
type tokenRecord struct {
	mu  sync.Mutex
	tok Secret
}

type tokenRecordKey struct{}

func (r *tokenRecord) set(s Secret) {
	r.mu.Lock()
	r.tok = s
	r.mu.Unlock()
}

func (r *tokenRecord) get() Secret {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.tok
}
