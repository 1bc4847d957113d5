package helper

import _ "example.com/testlisterr/testutil"
