module example.com/lonelytest

go 1.26
