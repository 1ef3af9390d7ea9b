module example.com/shop/api

go 1.19

toolchain go1.21.5

require (
	example.com/shop/shared v0.1.0
	github.com/google/uuid v1.4.0
	github.com/gorilla/mux v1.8.1
	github.com/sirupsen/logrus v1.9.0
	golang.org/x/net v0.15.0 // indirect
)

replace github.com/sirupsen/logrus => github.com/sirupsen/logrus v1.9.2

replace example.com/shop/shared => ../shared
