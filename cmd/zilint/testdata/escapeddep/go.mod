module example.com/escapeddep

go 1.26
