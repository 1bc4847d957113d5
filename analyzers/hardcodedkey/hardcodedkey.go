package hardcodedkey

import (
	"golang.org/x/tools/go/analysis"
)

// Analyzer is the hardcodedkey pass with its default configuration.
var Analyzer = &analysis.Analyzer{
	Name: "hardcodedkey",
	Doc:  "hardcodedkey: skeleton",
	Run:  func(*analysis.Pass) (any, error) { return nil, nil },
}
