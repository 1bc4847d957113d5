// Package intests leaks in a test file only.
package intests
