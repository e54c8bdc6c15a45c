//go:build tools

// Package tools pins the Kubernetes resource provider for the e2e tests. Its main package
// (provider/cmd/pulumi-resource-kubernetes) embeds files generated at release time, so build.sh copies
// that folder out of the module cache, generates them and builds the copy inside this module's graph.
package tools

import (
	_ "github.com/pulumi/pulumi-kubernetes/provider/v4/pkg/provider"
	_ "github.com/pulumi/pulumi-kubernetes/provider/v4/pkg/version"
	_ "github.com/pulumi/pulumi/pkg/v3/codegen/schema"
)
