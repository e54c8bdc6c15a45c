#!/usr/bin/env bash
# Runs the e2e tests: starts the local cluster (e2e/cluster.sh), runs the `e2e` vitest project against it,
# stops the cluster whatever happens, and exits with vitest's status.
# When the cluster binaries are not cached it says so and exits 0: a cold build (about 25 minutes on 2 cores, once)
# never starts by surprise here; run e2e/build.sh once for that.
# Extra arguments go to vitest (e.g. `e2e/run.sh tests/retention.e2e.test.ts`).
set -euo pipefail
E2E_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$E2E_DIR")"

if ! bin="$("$E2E_DIR/build.sh" --check)"; then
  echo "e2e: SKIPPED: cluster binaries are not cached (build them with e2e/build.sh, about 25 minutes on 2 cores, once; cache key $("$E2E_DIR/build.sh" --key))"
  exit 0
fi
echo "e2e: binaries cached in $bin"
# Node and the workspace's packages, as ./dev installs them (PATH gets .tools first).
. "$ROOT/scripts/bootstrap.sh"

started=no
stop() {
  if [[ "$started" == yes ]]; then "$E2E_DIR/cluster.sh" stop || true; fi
}
trap stop EXIT
trap 'exit 130' INT TERM

if "$E2E_DIR/cluster.sh" status >/dev/null 2>&1; then
  echo "e2e: using the cluster that is already running (it is left running)"
else
  started=yes
  "$E2E_DIR/cluster.sh" start
fi

cd "$ROOT"
status=0
pnpm exec vitest run --config e2e/vitest.config.ts "$@" || status=$?
exit "$status"
