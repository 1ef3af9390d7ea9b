module example.com/shop/tools

go 1.19

require golang.org/x/tools v0.14.0
