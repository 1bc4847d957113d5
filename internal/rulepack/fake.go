package rulepack

import (
	"encoding/base64"
	"math/rand/v2"
	"strings"
)

// The samples of the rules are generated, never written out, so that no
// file of zilint holds a string that looks like a real secret. Fake
// values are reproducible from their seed.

const fakeAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"

func fakeRand(seed uint64) *rand.Rand { return rand.New(rand.NewPCG(seed, 0x7a696c696e74)) }

// Fake returns a random alphanumeric string of n characters.
func Fake(seed uint64, n int) string { return fakeFrom(seed, n, fakeAlphabet) }

// FakeHex returns a random lower-case hex string of n characters.
func FakeHex(seed uint64, n int) string { return fakeFrom(seed, n, "0123456789abcdef") }

func fakeFrom(seed uint64, n int, alphabet string) string {
	r := fakeRand(seed)
	b := make([]byte, n)
	for i := range b {
		b[i] = alphabet[r.IntN(len(alphabet))]
	}
	return string(b)
}

// FakeJWT returns a JWT-shaped string whose claims name zilint's tests.
func FakeJWT(seed uint64) string {
	enc := base64.RawURLEncoding
	return enc.EncodeToString([]byte(`{"alg":"HS256","typ":"JWT"}`)) + "." +
		enc.EncodeToString([]byte(`{"sub":"zilint-fake-`+Fake(seed, 8)+`"}`)) + "." + Fake(seed+1, 43)
}

// pemLabel is kept apart so that this file does not hold a PEM header.
const pemLabel = "PRIVATE KEY"

// FakePEM returns a PEM private key block of random base64 lines, each
// line prefixed by indent.
func FakePEM(seed uint64, indent string) string {
	r := fakeRand(seed)
	body := make([]byte, 48*6)
	for i := range body {
		body[i] = byte(r.IntN(256))
	}
	text := base64.StdEncoding.EncodeToString(body)
	var b strings.Builder
	b.WriteString(indent + "-----BEGIN " + pemLabel + "-----\n")
	for len(text) > 64 {
		b.WriteString(indent + text[:64] + "\n")
		text = text[64:]
	}
	b.WriteString(indent + text + "\n" + indent + "-----END " + pemLabel + "-----")
	return b.String()
}

// escapeNewlines writes the line breaks of s as \n, as JSON and .env do.
func escapeNewlines(s string) string { return strings.ReplaceAll(s, "\n", `\n`) }
