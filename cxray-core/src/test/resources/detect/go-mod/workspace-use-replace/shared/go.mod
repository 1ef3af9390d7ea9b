module example.com/shop/shared

go 1.19

require (
	github.com/google/uuid v1.3.0
	golang.org/x/net v0.17.0
)

replace github.com/google/uuid => github.com/google/uuid v1.6.0
