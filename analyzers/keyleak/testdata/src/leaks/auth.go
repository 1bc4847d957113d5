package leaks

import (
	"encoding/json"
	"log"
	"net/http"
)

// authResponse is the answer of /authenticate.
type authResponse struct {
	JWT string `json:"jwt"`
}

func authenticate(resp *http.Response) (string, error) {
	var ar authResponse
	if err := json.NewDecoder(resp.Body).Decode(&ar); err != nil {
		return "", err
	}
	log.Printf("got jwt %s", ar.JWT) // want `ZoomInfo JWT from field authResponse.JWT \(auth.go:11\) reaches log.Printf`
	return ar.JWT, nil
}
