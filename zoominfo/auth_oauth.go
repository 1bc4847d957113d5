package zoominfo

import (
	"context"
	"errors"
	"fmt"
	"time"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/clientcredentials"
)

// tokenPath is the OAuth 2.0 token endpoint under the GTM base URL, so
// https://api.zoominfo.com/gtm/oauth/v1/token by default.
const tokenPath = "/oauth/v1/token"

// oauthFactory builds the client-credentials flow. The token is fetched
// by golang.org/x/oauth2 through the client's own transport, so the TLS
// and redirect rules apply to it too, and cached like a JWT.
func oauthFactory(cred ClientCredentials) authenticatorFactory {
	return func(c *Client) (authenticator, error) {
		fetch := func(ctx context.Context) (Secret, time.Duration, error) {
			return c.clientCredentialsToken(ctx, cred)
		}
		return &tokenCache{fetch: fetch, now: c.now}, nil
	}
}

// clientCredentialsToken asks the token endpoint for an access token.
// The oauth2 configuration is built per fetch and dropped, so the client
// secret lives only in its Secret between fetches.
func (c *Client) clientCredentialsToken(ctx context.Context,
	cred ClientCredentials) (Secret, time.Duration, error) {
	cfg := clientcredentials.Config{
		ClientID:     cred.ClientID,
		ClientSecret: cred.ClientSecret.reveal(),
		TokenURL:     c.endpoint(tokenPath),
		AuthStyle:    oauth2.AuthStyleInHeader,
	}
	ctx = context.WithValue(ctx, oauth2.HTTPClient, c.plainHTTP())

	start := time.Now()
	tok, err := cfg.Token(ctx)
	if err != nil {
		return Secret{}, 0, c.oauthError(ctx, err, cred.ClientSecret)
	}
	c.logAttempt(ctx, "POST", tokenPath, 200, time.Since(start), 1)
	if tok.AccessToken == "" {
		return Secret{}, 0, errors.New("zoominfo: token endpoint returned no access token")
	}

	life := jwtLifetime
	switch {
	case tok.ExpiresIn > 0:
		life = time.Duration(tok.ExpiresIn) * time.Second
	case !tok.Expiry.IsZero():
		life = time.Until(tok.Expiry)
	}
	return NewSecret(tok.AccessToken), life, nil
}

// oauthError turns an oauth2 error into the client's own. A
// *oauth2.RetrieveError quotes the response body whole, which may echo
// the request, so only its status and error code are kept.
func (c *Client) oauthError(ctx context.Context, err error, sent Secret) error {
	path := tokenPath
	var re *oauth2.RetrieveError
	if !errors.As(err, &re) {
		return c.transportError(ctx, "POST", path, err)
	}

	apiErr := &APIError{Method: "POST", Path: path, Message: re.ErrorCode}
	if re.Response != nil {
		apiErr.StatusCode = re.Response.StatusCode
		apiErr.RequestID = requestID(re.Response.Header)
	}
	if re.ErrorDescription != "" {
		apiErr.Message = fmt.Sprintf("%s: %s", re.ErrorCode, re.ErrorDescription)
	}
	apiErr.Message = truncate(sent.scrub(apiErr.Message), maxMessage)
	c.logAttempt(ctx, "POST", path, apiErr.StatusCode, 0, 1)
	return apiErr
}
