module github.com/zilint/zilint

go 1.26.0

require (
	github.com/aymanbagabas/go-udiff v0.4.2
	github.com/golang-jwt/jwt/v5 v5.3.1
	github.com/google/go-cmp v0.7.0
	golang.org/x/oauth2 v0.38.0
	golang.org/x/sync v0.24.0
	golang.org/x/tools v0.52.0
)

require golang.org/x/mod v0.42.0 // indirect
