module example.com/compliant

go 1.26
