// Command etcd runs the etcd server of the pinned go.etcd.io/etcd/server/v3 module.
// The upstream binary's main does the same one call; building it here avoids the
// root module go.etcd.io/etcd/v3, whose go.mod points its sibling modules at local folders.
package main

import (
	"os"

	"go.etcd.io/etcd/server/v3/etcdmain"
)

func main() {
	etcdmain.Main(os.Args)
}
