package testutil

import _ "example.com/testlisterr/nosuch"
