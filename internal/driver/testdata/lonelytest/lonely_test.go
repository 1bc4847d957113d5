package lonely

import _ "example.com/lonelytest/nosuch"
