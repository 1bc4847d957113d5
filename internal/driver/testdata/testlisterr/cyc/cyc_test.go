package cyc

import _ "example.com/testlisterr/q"
