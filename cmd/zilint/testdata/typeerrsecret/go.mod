module example.com/typeerrsecret

go 1.26
