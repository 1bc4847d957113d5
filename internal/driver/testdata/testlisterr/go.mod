module example.com/testlisterr

go 1.26
