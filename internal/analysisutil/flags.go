package analysisutil

import "strings"

// ListFlag is a flag.Value holding a list of names: each use adds its
// comma-separated names, and it prints them joined by commas.
type ListFlag struct{ Names *[]string }

func (f ListFlag) String() string {
	if f.Names == nil {
		return ""
	}
	return strings.Join(*f.Names, ",")
}

// Set adds the comma-separated names of s.
func (f ListFlag) Set(s string) error {
	for _, name := range strings.Split(s, ",") {
		if name = strings.TrimSpace(name); name != "" {
			*f.Names = append(*f.Names, name)
		}
	}
	return nil
}
