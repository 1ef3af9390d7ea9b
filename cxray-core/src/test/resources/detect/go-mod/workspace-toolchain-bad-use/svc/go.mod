module example.com/svc

go 1.21.0

require github.com/google/uuid v1.6.0
