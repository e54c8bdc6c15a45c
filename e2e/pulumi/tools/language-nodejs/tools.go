//go:build tools

// Package tools lists what the language host's sources import outside the standard library, so that
// `go mod tidy` keeps every module they need in go.mod and go.sum although the sources are not in this folder.
package tools

import (
	_ "github.com/blang/semver"
	_ "github.com/google/shlex"
	_ "github.com/hashicorp/go-multierror"
	_ "github.com/opentracing/opentracing-go"
	_ "github.com/pulumi/pulumi/pkg/v3/codegen/cgstrings"
	_ "github.com/pulumi/pulumi/pkg/v3/codegen/hcl2/syntax"
	_ "github.com/pulumi/pulumi/pkg/v3/codegen/nodejs"
	_ "github.com/pulumi/pulumi/pkg/v3/codegen/pcl"
	_ "github.com/pulumi/pulumi/pkg/v3/codegen/schema"
	_ "github.com/pulumi/pulumi/sdk/v3"
	_ "github.com/pulumi/pulumi/sdk/v3/go/common/resource/plugin"
	_ "github.com/pulumi/pulumi/sdk/v3/go/pulumi-internal/gsync"
	_ "github.com/pulumi/pulumi/sdk/v3/go/pulumi-internal/netutil"
	_ "github.com/pulumi/pulumi/sdk/v3/nodejs/npm"
	_ "github.com/pulumi/pulumi/sdk/v3/proto/go"
	_ "go.opentelemetry.io/otel"
	_ "go.opentelemetry.io/otel/propagation"
	_ "golang.org/x/sync/errgroup"
	_ "google.golang.org/grpc"
	_ "google.golang.org/protobuf/types/known/structpb"
)
