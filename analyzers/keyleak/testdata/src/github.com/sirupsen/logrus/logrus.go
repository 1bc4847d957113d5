// Package logrus is a stub of github.com/sirupsen/logrus for tests.
package logrus

type Entry struct{}

func WithField(key string, value any) *Entry { return nil }
func (*Entry) Info(args ...any)              {}
func Infof(format string, args ...any)       {}
