// Package zap is a stub of go.uber.org/zap for tests.
package zap

type Field struct{}

func String(k, v string) Field  { return Field{} }
func Any(k string, v any) Field { return Field{} }

type Logger struct{}

func (*Logger) Info(msg string, fields ...Field) {}
func (*Logger) Sugar() *SugaredLogger            { return nil }

type SugaredLogger struct{}

func (*SugaredLogger) Infof(format string, args ...any) {}
func (*SugaredLogger) Infow(msg string, kv ...any)      {}
