//go:build tools

// Package tools pins the Pulumi CLI (engine) for the e2e tests: `go build github.com/pulumi/pulumi/pkg/v3/cmd/pulumi`
// in this module builds it at the versions in go.mod. Nothing here is compiled into the binary.
package tools

import _ "github.com/pulumi/pulumi/pkg/v3/cmd/pulumi"
