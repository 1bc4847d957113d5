// Package loggers sends a key to third-party loggers.
package loggers

import (
	"log/slog"
	"os"

	"github.com/rs/zerolog"
	"github.com/sirupsen/logrus"
	"go.uber.org/zap"
)

func logAll(zl *zap.Logger, rl *zerolog.Logger) {
	key := os.Getenv("ZOOMINFO_API_KEY")
	zl.Info("call", zap.String("token", key))  // want `reaches zap.String`
	zl.Sugar().Infof("key %s", key)            // want `reaches SugaredLogger.Infof`
	logrus.WithField("key", key).Info("call")  // want `reaches logrus.WithField`
	rl.Info().Str("key", key).Msg("call")      // want `reaches Event.Str`
	slog.Info("call", slog.String("key", key)) // want `reaches slog.String`
	slog.Default().Info("call", "key", key)    // want `reaches Logger.Info`
	zl.Info("call", zap.String("key_len", "n"))
}
