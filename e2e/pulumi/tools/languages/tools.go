//go:build tools

// Package tools names the three language hosts build-languages.sh compiles, so that `go mod tidy` keeps every module
// they need in go.mod and go.sum. The Python and Go hosts are modules the module proxy does not serve: the script
// extracts them from a pulumi checkout into python-host/ and go-host/ beside a copy of this go.mod (see the replaces).
package tools

import (
	_ "github.com/pulumi/pulumi/sdk/go/pulumi-language-go/v3"
	_ "github.com/pulumi/pulumi/sdk/python/cmd/pulumi-language-python/v3"
)
