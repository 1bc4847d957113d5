package ok

import "os"

// Key reads the API key from the environment.
func Key() string { return os.Getenv("ZOOMINFO_API_KEY") }
