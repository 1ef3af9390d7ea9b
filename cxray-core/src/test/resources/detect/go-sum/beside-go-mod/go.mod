module example.com/tool

go 1.22.0

require github.com/spf13/pflag v1.0.5
