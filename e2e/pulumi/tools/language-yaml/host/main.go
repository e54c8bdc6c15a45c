// Command host is the Pulumi YAML language host of the e2e runner: pulumi-yaml v1.25.0's language server, started
// the way its released binary starts it except for one switch. The released main creates the server with
// useRPCLoader false, so a running program loads package schemas through a plugin host of its own, built from the
// pkg/sdk v3.206.0 that pulumi-yaml was released with. That host starts a source-based plugin's language runtime
// with a `-root` flag the v3.274.1-era Node.js host no longer defines, so a YAML program could not load the
// podworks provider (`flag provided but not defined: -root`). With useRPCLoader true the server asks the engine
// for schemas over the loader address the engine sends with every run (the v3.274.1 engine, which starts the
// plugin correctly), as pulumi-yaml's own language conformance tests run it.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"time"

	"github.com/pulumi/pulumi-yaml/pkg/server"
	"github.com/pulumi/pulumi/sdk/v3/go/common/util/cmdutil"
	"github.com/pulumi/pulumi/sdk/v3/go/common/util/logging"
	"github.com/pulumi/pulumi/sdk/v3/go/common/util/rpcutil"
	pulumirpc "github.com/pulumi/pulumi/sdk/v3/proto/go"
	"google.golang.org/grpc"
)

func main() {
	var tracing, root, compiler string
	flag.StringVar(&tracing, "tracing", "", "Emit tracing to a Zipkin-compatible tracing endpoint")
	// Accepted and ignored, as by the released host: the engine passes them.
	flag.StringVar(&root, "root", "", "Root of the program execution")
	flag.StringVar(&compiler, "compiler", "", "[obsolete] Compiler to use to pre-process YAML")
	flag.Parse()
	logging.InitLogging(false, 0, false)
	cmdutil.InitTracing("pulumi-language-yaml", "pulumi-language-yaml", tracing)

	// The engine's address comes as the only argument; the host stops when the engine stops answering.
	var engine string
	var cancel chan bool
	if args := flag.Args(); len(args) > 0 {
		engine = args[0]
		ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
		cancel = make(chan bool)
		go func() {
			<-ctx.Done()
			stop()
			close(cancel)
		}()
		if err := rpcutil.Healthcheck(ctx, engine, 5*time.Minute, stop); err != nil {
			cmdutil.Exit(fmt.Errorf("could not start health check host RPC server: %w", err))
		}
	}

	handle, err := rpcutil.ServeWithOptions(rpcutil.ServeOptions{
		Cancel: cancel,
		Init: func(srv *grpc.Server) error {
			pulumirpc.RegisterLanguageRuntimeServer(srv, server.NewLanguageHost(engine, tracing, true /* useRPCLoader */))
			return nil
		},
	})
	if err != nil {
		cmdutil.Exit(fmt.Errorf("could not start language host RPC server: %w", err))
	}
	// The spawner reads the port from the first line.
	fmt.Printf("%d\n", handle.Port)
	if err := <-handle.Done; err != nil {
		cmdutil.Exit(fmt.Errorf("language host RPC stopped serving: %w", err))
	}
}
