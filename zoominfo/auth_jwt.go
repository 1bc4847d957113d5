package zoominfo

import (
	"bytes"
	"context"
	"crypto/rsa"
	"crypto/x509"
	"encoding/json"
	"encoding/pem"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// The claims ZoomInfo expects in a client assertion for the PKI flow.
const (
	assertionAudience = "enterprise_api"
	assertionIssuer   = "api-client@zoominfo.com"
	assertionLifetime = 300 * time.Second
)

// maxAuthBody bounds the body of a successful POST /authenticate.
const maxAuthBody = 1 << 20

// passwordFactory builds the username-and-password flow: POST
// /authenticate with both in a JSON body.
func passwordFactory(cred PasswordCredentials) authenticatorFactory {
	return func(c *Client) (authenticator, error) {
		fetch := func(ctx context.Context) (Secret, time.Duration, error) {
			body, err := json.Marshal(struct {
				Username string `json:"username"`
				Password string `json:"password"`
			}{cred.Username, cred.Password.reveal()})
			if err != nil {
				return Secret{}, 0, err
			}
			return c.authenticate(ctx, c.plainHTTP(), body, cred.Password)
		}
		return &tokenCache{fetch: fetch, now: c.now}, nil
	}
}

// pkiFactory builds the PKI flow: POST /authenticate with a client
// assertion signed by the private key as the bearer token.
func pkiFactory(cred PKICredentials) authenticatorFactory {
	return func(c *Client) (authenticator, error) {
		fetch := func(ctx context.Context) (Secret, time.Duration, error) {
			assertion, err := signAssertion(cred, c.now())
			if err != nil {
				return Secret{}, 0, err
			}
			hc := &http.Client{
				Transport:     &bearerTransport{base: c.rt, token: staticToken(assertion)},
				CheckRedirect: checkRedirect,
			}
			return c.authenticate(ctx, hc, nil, assertion)
		}
		return &tokenCache{fetch: fetch, now: c.now}, nil
	}
}

// authenticate sends POST /authenticate and returns the JWT of the
// answer. sent is the credential in the request, scrubbed from errors.
func (c *Client) authenticate(ctx context.Context, hc *http.Client, body []byte,
	sent Secret) (Secret, time.Duration, error) {
	const path = "/authenticate"
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.endpoint(path),
		bytes.NewReader(body))
	if err != nil {
		return Secret{}, 0, fmt.Errorf("zoominfo: POST %s: %w", path, err)
	}
	req.Header.Set("Accept", "application/json")
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}

	start := time.Now()
	resp, err := hc.Do(req)
	if err != nil {
		return Secret{}, 0, c.transportError(ctx, http.MethodPost, path, err)
	}
	defer closeBody(resp)
	c.logAttempt(ctx, http.MethodPost, path, resp.StatusCode, time.Since(start), 1)
	if resp.StatusCode/100 != 2 {
		return Secret{}, 0, newAPIError(resp, http.MethodPost, path, sent)
	}

	var out struct {
		JWT string `json:"jwt"`
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, maxAuthBody))
	if err != nil {
		return Secret{}, 0, c.transportError(ctx, http.MethodPost, path, err)
	}
	if err := json.Unmarshal(data, &out); err != nil || strings.TrimSpace(out.JWT) == "" {
		return Secret{}, 0, errors.New("zoominfo: POST /authenticate: answer has no jwt")
	}
	return NewSecret(out.JWT), jwtLifetime, nil
}

// signAssertion makes the RS256 client assertion of the PKI flow.
func signAssertion(cred PKICredentials, now time.Time) (Secret, error) {
	key, err := parsePrivateKey(cred.PrivateKey)
	if err != nil {
		return Secret{}, fmt.Errorf("zoominfo: %w", err)
	}
	claims := jwt.MapClaims{
		"aud":       assertionAudience,
		"iss":       assertionIssuer,
		"username":  cred.Username,
		"client_id": cred.ClientID,
		"iat":       now.Unix(),
		"exp":       now.Add(assertionLifetime).Unix(),
	}
	signed, err := jwt.NewWithClaims(jwt.SigningMethodRS256, claims).SignedString(key)
	if err != nil {
		return Secret{}, errors.New("zoominfo: signing the client assertion failed")
	}
	return NewSecret(signed), nil
}

// parsePrivateKey decodes an RSA private key in PEM form, PKCS #1 or
// PKCS #8. Its errors describe the shape of the input, never its bytes.
func parsePrivateKey(s Secret) (*rsa.PrivateKey, error) {
	block, rest := pem.Decode([]byte(s.reveal()))
	switch {
	case block == nil:
		return nil, errors.New("private key is not PEM (no -----BEGIN block)")
	case len(bytes.TrimSpace(rest)) > 0:
		return nil, errors.New("private key has text after its PEM block")
	case block.Type == "ENCRYPTED PRIVATE KEY" || block.Headers["Proc-Type"] != "":
		return nil, errors.New("private key is encrypted; decrypt it before loading")
	}

	var parsed any
	var err error
	switch block.Type {
	case "RSA PRIVATE KEY":
		parsed, err = x509.ParsePKCS1PrivateKey(block.Bytes)
	case "PRIVATE KEY":
		parsed, err = x509.ParsePKCS8PrivateKey(block.Bytes)
	default:
		return nil, fmt.Errorf("private key PEM block is %q, want RSA PRIVATE KEY or PRIVATE KEY",
			block.Type)
	}
	if err != nil {
		return nil, fmt.Errorf("private key %s block does not parse", block.Type)
	}

	key, ok := parsed.(*rsa.PrivateKey)
	if !ok {
		return nil, errors.New("private key is not an RSA key; RS256 needs one")
	}
	if key.N.BitLen() < 2048 {
		return nil, fmt.Errorf("RSA private key has %d bits, want at least 2048", key.N.BitLen())
	}
	return key, nil
}
