package driver

import (
	"runtime"
	"runtime/debug"
	"slices"
	"strings"
)

// versionString describes the binary:
//
//	zilint version <module version or (devel)> [<vcs revision>] <go version>
func versionString() string {
	version, revision, goVersion := "(devel)", "", runtime.Version()
	if bi, ok := debug.ReadBuildInfo(); ok {
		if bi.Main.Version != "" {
			version = bi.Main.Version
		}
		if bi.GoVersion != "" {
			goVersion = bi.GoVersion
		}
		dirty := false
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				revision = s.Value
			case "vcs.modified":
				dirty = s.Value == "true"
			}
		}
		if revision != "" && dirty {
			revision += "+dirty"
		}
	}
	parts := []string{progName, "version", version, revision, goVersion}
	return strings.Join(slices.DeleteFunc(parts, func(s string) bool { return s == "" }), " ")
}
