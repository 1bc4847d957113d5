package p

import _ "example.com/testlisterr/nosuch"
