// Package structs prints structs that hold ZoomInfo credentials.
package structs

import (
	"fmt"
	"log"
	"log/slog"

	"github.com/zilint/zilint/zoominfo"
)

type Config struct {
	BaseURL string
	APIKey  string
}

type SafeConfig struct {
	BaseURL string
	APIKey  zoominfo.Secret
}

type hidden struct {
	BaseURL string
	apiKey  zoominfo.Secret
}

// Token redacts in String but has no MarshalJSON.
type Token string

func (Token) String() string { return "[token]" }

type JSONConfig struct {
	AccessToken Token
}

func show(cfg Config, safe SafeConfig, h hidden, j JSONConfig) {
	log.Printf("config: %+v", cfg)  // want `ZoomInfo API key in field Config.APIKey \(structs.go:14\) reaches log.Printf in a printed struct; give the field a redacting type such as zoominfo.Secret`
	log.Printf("config: %+v", &cfg) // want `in field Config.APIKey`
	log.Printf("config: %+v", safe)
	log.Printf("config: %v", h) // want `in field hidden.apiKey`
	fmt.Printf("config type %T\n", cfg)
	log.Printf("token: %v", j)
	slog.Info("config", "cfg", j) // want `in field JSONConfig.AccessToken`
	slog.Info("config", "cfg", safe)
	log.Printf("base %s", cfg.BaseURL)
}
