// The module of the example service.
module example.com/payments

go 1.21

require (
	github.com/gorilla/mux v1.8.1
	github.com/sirupsen/logrus v1.9.0
	golang.org/x/net v0.17.0 // indirect
	example.com/payments/internal/ledger v0.0.0-00010101000000-000000000000
	github.com/golang/protobuf v1.5.3 // indirect
)

// A fork replaces logrus at every version; only x/net v0.17.0 is replaced (security fix).
replace github.com/sirupsen/logrus => github.com/example-forks/logrus v1.9.3

replace golang.org/x/net v0.17.0 => golang.org/x/net v0.23.0

replace (
	example.com/payments/internal/ledger => ./internal/ledger
	github.com/golang/protobuf v1.4.0 => github.com/golang/protobuf v1.4.3
)

exclude github.com/gorilla/mux v1.8.1

exclude (
	golang.org/x/net v0.7.0
)

retract v1.0.1 // published by mistake
