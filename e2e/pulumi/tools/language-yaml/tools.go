//go:build tools

// Package tools names the Pulumi YAML language host, so that `go mod tidy` keeps its modules in go.mod and go.sum.
// The binary is built from ./host (pulumi-yaml's server, loading schemas through the engine; see there). It is a
// module of its own because pulumi-yaml v1.25.0 does not compile against pkg/v3 v3.274.1 (the CLI's):
// NewContextWithRoot and NewPluginLoader changed. It keeps the pkg/sdk v3.206.0 it was released with; the
// language host protocol between it and the v3.274.1 engine is the same gRPC service.
package tools

import _ "github.com/pulumi/pulumi-yaml/cmd/pulumi-language-yaml"
