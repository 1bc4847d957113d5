package q

import _ "example.com/testlisterr/cyc"
