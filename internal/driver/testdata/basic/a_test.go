package basic

import "testing"

func TestGreeting(t *testing.T) {
	if Greeting() != "hello" {
		t.Fatal("BADWORD in test")
	}
}
