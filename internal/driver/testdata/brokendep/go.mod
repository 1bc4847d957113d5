module example.com/brokendep

go 1.26
