package insecureurl

import (
	"golang.org/x/tools/go/analysis"
)

// Analyzer is the insecureurl pass with its default configuration.
var Analyzer = &analysis.Analyzer{
	Name: "insecureurl",
	Doc:  "insecureurl: skeleton",
	Run:  func(*analysis.Pass) (any, error) { return nil, nil },
}
