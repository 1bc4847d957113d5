// Package pki signs the /authenticate assertion with a private key that
// is, wrongly, held in the source.
package pki

const authURL = "https://api.zoominfo.com/authenticate"

// PKCS#8.
// want +1 `ZoomInfo private key "-----BEGIN PRIVATE KEY-----…\(\d+ chars\)" hardcoded in signingKeyPEM`
const signingKeyPEM = `-----BEGIN PRIVATE KEY-----
TqswyGllWHvJtWq+2aZEkJXUvpqd4XY+tYMLgcSChfAVEea/52b43CIRMxBSg8de
MCqbVVStbqly1pTsfU5LBB7igB2ZTZhc/FcMC6SfTFQciqPGHlFL41QRCCYckV//
Va4+XfGP1gRKHBL4ldsfRH+DCv/5RVECMSfyH954tbhuYIeEVkttINvh/KZSNPdR
-----END PRIVATE KEY-----`

// PKCS#1, as a var with a key-like name.
// want +1 `ZoomInfo private key "-----BEGIN RSA PRIVATE KEY-----…\(\d+ chars\)" hardcoded in privateKey`
var privateKey = []byte(`-----BEGIN RSA PRIVATE KEY-----
du1sE4juHAEXbTPUBynEDMW1LEBQRCN3XhhrSxbiaJeUT7rrrRI3uy6dF1KM+n9/
N8eeUBllIYcKPt1KMARwBpVwfTk4Z5DEbvp3OTSj0IGPgrI/Ea5W2zrO+UNqDAc2
-----END RSA PRIVATE KEY-----`)

// A public key and the bare header are not secrets.
const publicKeyPEM = `-----BEGIN PUBLIC KEY-----
qj6hU17DqDRVa8TN9TBbfKDtdTjKhnVOm4Hz2BiX0CTlme4fHFHqbtTDggAFLjxN
-----END PUBLIC KEY-----`

const pemHeader = "-----BEGIN PRIVATE KEY-----"

// A key held for the PKI flow in a call argument.
func sign(key []byte) {}

func use() {
	// want +1 `ZoomInfo private key .* hardcoded in argument key of sign`
	sign([]byte(`-----BEGIN PRIVATE KEY-----
N8eeUBllIYcKPt1KMARwBpVwfTk4Z5DEbvp3OTSj0IGPgrI/Ea5W2zrO+UNqDAc2
-----END PRIVATE KEY-----`))
}
