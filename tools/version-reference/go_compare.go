// Orders version pairs with golang.org/x/mod/semver.
// Build in GOPATH mode against Debian's golang-golang-x-mod-dev:
//   GO111MODULE=off GOPATH=/usr/share/gocode go run go_compare.go < pairs
// OSV writes Go versions without the leading "v"; such a version is asked as "v"+version,
// which is what CXRay's Go scheme does.
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"

	"golang.org/x/mod/semver"
)

func withV(v string) string {
	if strings.HasPrefix(v, "v") {
		return v
	}
	return "v" + v
}

func main() {
	invalid := map[string]bool{}
	in := bufio.NewScanner(os.Stdin)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for in.Scan() {
		ab := strings.SplitN(in.Text(), "\t", 2)
		ok := true
		for _, v := range ab {
			if !semver.IsValid(withV(v)) {
				ok = false
				if !invalid[v] {
					invalid[v] = true
					fmt.Fprintf(out, "#invalid\t%s\n", v)
				}
			}
		}
		if !ok {
			continue
		}
		r := map[int]string{-1: "<", 0: "=", 1: ">"}[semver.Compare(withV(ab[0]), withV(ab[1]))]
		fmt.Fprintf(out, "%s\t%s\t%s\n", ab[0], ab[1], r)
	}
}
