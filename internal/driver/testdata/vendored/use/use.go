package use

import "example.com/vdep"

func Key() string { return vdep.Secret() }
