module github.com/example/inventory-api

go 1.22.1

toolchain go1.22.3

require (
	github.com/gin-gonic/gin v1.9.1
	github.com/google/uuid v1.6.0
	github.com/jackc/pgx/v5 v5.5.5
	golang.org/x/crypto v0.21.0 // indirect
	"gopkg.in/yaml.v3" v3.0.1 // indirect
)

require github.com/stretchr/testify v1.9.0

require (
	github.com/bytedance/sonic v1.11.3 // indirect
	github.com/go-playground/validator/v10 v10.19.0 // indirect
	github.com/jackc/pgpassfile v1.0.0 // indirect; needed by pgx
)
