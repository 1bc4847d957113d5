// Package testlog leaks in tests.
package testlog
