package analysisutil

// VerbPrefixes returns, for each verb of a printf format in order, the
// format text before it. "%%" is not a verb; explicit argument indexes
// are not followed.
func VerbPrefixes(format string) []string {
	var prefixes []string
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		if i+1 < len(format) && format[i+1] == '%' {
			i++
			continue
		}
		prefixes = append(prefixes, format[:i])
	}
	return prefixes
}
