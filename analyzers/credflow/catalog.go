package credflow

import "github.com/zilint/zilint/internal/credential"

// The sink kinds. Send is envload's: the credential is put on a ZoomInfo
// request; the others are keyleak's.
const (
	KindLog      = "log"
	KindError    = "error"
	KindPanic    = "panic"
	KindResponse = "response"
	KindQuery    = "query"
	KindSend     = "send"
)

// Sink is one row of the sink catalogue: a function or method (Recv is
// the receiver's type name, "" for a function) whose parameters from
// Arg on (only Arg when One) must not receive a credential.
type Sink struct {
	Pkg, Recv, Name string
	Arg             int
	One             bool
	// Format is the index of a printf format parameter, -1 for none.
	Format int
	Kind   string
	// Writer marks an io.Writer first parameter: the call is a log sink
	// only when it writes to os.Stdout or os.Stderr, a response sink
	// when it writes to an http.ResponseWriter.
	Writer bool
	// AuthHeader marks Header.Set and Add: a send only for the
	// Authorization header. QueryOnly marks url.Values methods: a query
	// sink only on the values of a URL's Query().
	AuthHeader, QueryOnly bool
}

// Sinks is the sink catalogue. A new logging library is a few rows.
var Sinks = buildSinks()

func buildSinks() []Sink {
	var s []Sink
	add := func(pkg, recv string, kind string, arg, format int, names ...string) {
		for _, n := range names {
			s = append(s, Sink{Pkg: pkg, Recv: recv, Name: n, Arg: arg, Format: format, Kind: kind})
		}
	}
	one := func(pkg, recv, name string, arg int, kind string) {
		s = append(s, Sink{Pkg: pkg, Recv: recv, Name: name, Arg: arg, One: true, Format: -1, Kind: kind})
	}
	for _, recv := range []string{"", "Logger"} {
		add("log", recv, KindLog, 0, -1, "Print", "Println", "Fatal", "Fatalln", "Panic", "Panicln")
		add("log", recv, KindLog, 0, 0, "Printf", "Fatalf", "Panicf")
		add("log/slog", recv, KindLog, 0, -1, "Debug", "Info", "Warn", "Error")
		add("log/slog", recv, KindLog, 1, -1, "DebugContext", "InfoContext", "WarnContext", "ErrorContext")
		add("log/slog", recv, KindLog, 2, -1, "Log")
	}
	add("log/slog", "Logger", KindLog, 0, -1, "With")
	// T, B and F log through their embedded common.
	add("testing", "common", KindLog, 0, -1, "Log", "Error", "Fatal", "Skip")
	add("testing", "common", KindLog, 0, 0, "Logf", "Errorf", "Fatalf", "Skipf")
	one("log/slog", "", "String", 1, KindLog)
	one("log/slog", "", "Any", 1, KindLog)
	add("fmt", "", KindLog, 0, -1, "Print", "Println")
	add("fmt", "", KindLog, 0, 0, "Printf")
	for _, n := range []string{"Fprint", "Fprintln", "Fprintf"} {
		f := -1
		if n == "Fprintf" {
			f = 1
		}
		s = append(s, Sink{Pkg: "fmt", Name: n, Arg: 1, Format: f, Kind: KindLog, Writer: true})
	}
	s = append(s, Sink{Pkg: "io", Name: "WriteString", Arg: 1, One: true, Format: -1, Kind: KindLog, Writer: true})

	one("errors", "", "New", 0, KindError)
	add("fmt", "", KindError, 0, 0, "Errorf")
	one("net/http", "", "Error", 1, KindResponse)
	one("net/http", "ResponseWriter", "Write", 0, KindResponse)

	// Third-party loggers, recognised by import path without importing
	// them into zilint.
	zap := "go.uber.org/zap"
	one(zap, "", "String", 1, KindLog)
	one(zap, "", "Any", 1, KindLog)
	one(zap, "", "ByteString", 1, KindLog)
	add(zap, "Logger", KindLog, 0, -1, "Debug", "Info", "Warn", "Error", "Fatal", "Panic")
	add(zap, "SugaredLogger", KindLog, 0, -1, "Debug", "Info", "Warn", "Error", "Fatal", "Panic",
		"Debugw", "Infow", "Warnw", "Errorw", "Fatalw", "Debugln", "Infoln", "Warnln", "Errorln")
	add(zap, "SugaredLogger", KindLog, 0, 0, "Debugf", "Infof", "Warnf", "Errorf", "Fatalf", "Panicf")
	logrus := "github.com/sirupsen/logrus"
	for _, recv := range []string{"", "Logger", "Entry"} {
		one(logrus, recv, "WithField", 1, KindLog)
		add(logrus, recv, KindLog, 0, -1, "Print", "Debug", "Info", "Warn", "Error", "Fatal", "Panic",
			"Println", "Infoln", "Warnln", "Errorln")
		add(logrus, recv, KindLog, 0, 0, "Printf", "Debugf", "Infof", "Warnf", "Errorf", "Fatalf")
	}
	zerolog := "github.com/rs/zerolog"
	one(zerolog, "Event", "Str", 1, KindLog)
	one(zerolog, "Event", "Interface", 1, KindLog)
	one(zerolog, "Event", "Any", 1, KindLog)
	one(zerolog, "Event", "Msg", 0, KindLog)
	add(zerolog, "Event", KindLog, 0, 0, "Msgf")
	for _, p := range []string{"k8s.io/klog/v2", "k8s.io/klog", "github.com/golang/glog"} {
		add(p, "", KindLog, 0, -1, "Info", "Infoln", "Warning", "Warningln", "Error", "Errorln", "Fatal", "Fatalln")
		add(p, "", KindLog, 0, 0, "Infof", "Warningf", "Errorf", "Fatalf")
	}

	// The key belongs in the header, never in a URL's query.
	for _, n := range []string{"Set", "Add"} {
		s = append(s, Sink{Pkg: "net/url", Recv: "Values", Name: n, Arg: 1, One: true, Format: -1,
			Kind: KindQuery, QueryOnly: true})
		s = append(s, Sink{Pkg: "net/http", Recv: "Header", Name: n, Arg: 1, One: true, Format: -1,
			Kind: KindSend, AuthHeader: true})
	}
	one("net/http", "Request", "SetBasicAuth", 1, KindSend)
	one(credential.ReferenceClientPath, "", "NewSecret", 0, KindSend)
	return s
}

// Propagator is one row of the propagator catalogue: taint on parameter
// From (-1: the receiver; AnyParam: any parameter) moves to the result
// (To == ToResult) or into the receiver or first parameter as a
// container (To == ToReceiver, ToFirst).
type Propagator struct {
	Pkg, Recv, Name string
	From, To        int
	// URLOnly moves only a credential carried in a URL: the error of a
	// request whose URL holds the key prints the URL.
	URLOnly bool
}

// Propagator indices.
const (
	Receiver   = -1
	AnyParam   = -2
	ToResult   = -3
	ToReceiver = -4
	ToFirst    = -5
)

// Propagators is the propagator catalogue. Besides it, every function
// of the string-building packages in stringPackages passes any
// argument to a string result, and Error and String methods pass their
// receiver.
var Propagators = []Propagator{
	{"fmt", "", "Sprint", AnyParam, ToResult, false},
	{"fmt", "", "Sprintf", AnyParam, ToResult, false},
	{"fmt", "", "Sprintln", AnyParam, ToResult, false},
	{"fmt", "", "Appendf", AnyParam, ToResult, false},
	{"strings", "Builder", "WriteString", AnyParam, ToReceiver, false},
	{"strings", "Builder", "Write", AnyParam, ToReceiver, false},
	{"strings", "Builder", "String", Receiver, ToResult, false},
	{"bytes", "Buffer", "WriteString", AnyParam, ToReceiver, false},
	{"bytes", "Buffer", "Write", AnyParam, ToReceiver, false},
	{"bytes", "Buffer", "String", Receiver, ToResult, false},
	{"bytes", "Buffer", "Bytes", Receiver, ToResult, false},
	{"encoding/base64", "Encoding", "EncodeToString", AnyParam, ToResult, false},
	{"encoding/json", "", "Marshal", AnyParam, ToResult, false},
	{"encoding/json", "", "MarshalIndent", AnyParam, ToResult, false},
	{"net/http", "Header", "Set", AnyParam, ToReceiver, false},
	{"net/http", "Header", "Add", AnyParam, ToReceiver, false},
	{"net/http", "Header", "Get", Receiver, ToResult, false},
	{"net/http", "Header", "Values", Receiver, ToResult, false},
	{"net/http", "Header", "Clone", Receiver, ToResult, false},
	{"net/url", "Values", "Set", AnyParam, ToReceiver, false},
	{"net/url", "Values", "Add", AnyParam, ToReceiver, false},
	{"net/url", "Values", "Encode", Receiver, ToResult, false},
	{"net/url", "Values", "Get", Receiver, ToResult, false},
	{"net/url", "URL", "String", Receiver, ToResult, false},
	{"net/url", "URL", "Redacted", Receiver, ToResult, false}, // masks a password, never the query
	{"net/url", "URL", "Query", Receiver, ToResult, false},
	{"net/url", "URL", "RequestURI", Receiver, ToResult, false},
	{"net/url", "", "Parse", AnyParam, ToResult, false},
	{"net/url", "", "ParseRequestURI", AnyParam, ToResult, false},
	{"net/http", "", "NewRequest", AnyParam, ToResult, false},
	{"net/http", "", "NewRequestWithContext", AnyParam, ToResult, false},
	{"net/http", "Request", "Clone", Receiver, ToResult, false},
	{"net/http", "Request", "WithContext", Receiver, ToResult, false},
	{"net/http/httputil", "", "DumpRequest", AnyParam, ToResult, false},
	{"net/http/httputil", "", "DumpRequestOut", AnyParam, ToResult, false},
	{"net/http", "", "Get", AnyParam, ToResult, true},
	{"net/http", "", "Head", AnyParam, ToResult, true},
	{"net/http", "", "Post", AnyParam, ToResult, true},
	{"net/http", "", "PostForm", AnyParam, ToResult, true},
	{"net/http", "Client", "Get", AnyParam, ToResult, true},
	{"net/http", "Client", "Head", AnyParam, ToResult, true},
	{"net/http", "Client", "Post", AnyParam, ToResult, true},
	{"net/http", "Client", "Do", AnyParam, ToResult, true},
}

// stringPackages are packages whose functions build strings: any
// argument reaches a string or byte-slice result.
var stringPackages = map[string]bool{"strings": true, "bytes": true, "strconv": true, "path": true}

// sanitizerWords mark a function whose result is safe to show whatever
// it was given: a name containing one of them (zoominfo.Redact,
// credential.Mask, maskKey) or a package under crypto/ or hash/.
var sanitizerWords = []string{"redact", "mask", "hash", "fingerprint", "scrub"}

// queryParams are the query-string spellings that put a key in a URL.
var queryParams = []string{"key=", "api_key=", "apikey=", "token=", "access_token=", "password=", "jwt="}
