module example.com/broken

go 1.22

require (
	github.com/google/uuid v1.6.0
	"github.com/unterminated v1.0.0
	golang.org/x/mod
)
