package root

import "example.com/brokendep/bdep"

var N = bdep.Bad()
