package main

import (
	"log"

	"example.com/escapeddep/keys"
)

func main() {
	log.Println("key:", keys.Key())
}
