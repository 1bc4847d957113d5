package use

import "example.com/facts/dep"

func Key() string { return dep.Secret() }
