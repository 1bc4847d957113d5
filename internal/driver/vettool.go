package driver

import "strings"

// IsVetTool reports whether args (without the program name) have one of
// the shapes the go command uses with a -vettool or -fixtool:
//
//	-flags          describe the flags
//	-V=full         describe the executable
//	[flags] x.cfg   analyze the unit described by x.cfg
func IsVetTool(args []string) bool {
	if len(args) == 0 {
		return false
	}
	if args[0] == "-flags" || strings.HasPrefix(args[0], "-V") {
		return true
	}
	return strings.HasSuffix(args[len(args)-1], ".cfg")
}
