module example.com/suppressflow

go 1.26
