#!/usr/bin/env bash
# Runs the Pulumi e2e tests on the locally built tools: starts the local cluster (e2e/cluster.sh), runs the
# `e2e-pulumi` vitest project against it, stops the cluster whatever happens, exits with vitest's status.
# When the cluster binaries (e2e/build.sh) or the Pulumi tools (e2e/pulumi/build.sh) are not cached it says so and
# exits 0: a cold build never starts by surprise here. The language hosts (e2e/pulumi/build-languages.sh) are
# optional: without them the Python, Go and YAML tests say SKIPPED and pass.
# Extra arguments go to vitest (e.g. `e2e/pulumi/run.sh tests/policy-pack.e2e.test.ts`).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
E2E_DIR="$(dirname "$HERE")"
ROOT="$(dirname "$E2E_DIR")"

if ! "$E2E_DIR/build.sh" --check >/dev/null; then
  echo "e2e-pulumi: SKIPPED: the cluster binaries are not cached (build them once with e2e/build.sh; cache key $("$E2E_DIR/build.sh" --key))"
  exit 0
fi
if ! tools="$("$HERE/build.sh" --check)"; then
  echo "e2e-pulumi: SKIPPED: the Pulumi tools are not cached (build them once with e2e/pulumi/build.sh; cache key $("$HERE/build.sh" --key))"
  exit 0
fi
echo "e2e-pulumi: Pulumi tools cached in $tools"
# The Python, Go and Pulumi YAML hosts are optional: without them tests/languages/* print SKIPPED and pass.
if languages="$("$HERE/build-languages.sh" --check)"; then
  echo "e2e-pulumi: Python, Go and YAML language hosts cached in $languages"
else
  echo "e2e-pulumi: the Python, Go and YAML language hosts are not cached; their tests print SKIPPED" \
    "(build them once with PULUMI_SOURCE_REPO=<pulumi clone> e2e/pulumi/build-languages.sh)"
fi
# A cluster of its own (state folder and ports), so a run never meets e2e/run.sh's cluster.
export E2E_STATE_DIR="${E2E_STATE_DIR:-${TMPDIR:-/tmp}/podworks-e2e-pulumi-cluster}"
export E2E_PORT_BASE="${E2E_PORT_BASE:-26470}"
# Node and the workspace's packages, as ./dev installs them (PATH gets .tools first).
. "$ROOT/scripts/bootstrap.sh"

started=no
stop() {
  if [[ "$started" == yes ]]; then "$E2E_DIR/cluster.sh" stop || true; fi
}
trap stop EXIT
trap 'exit 130' INT TERM

cd "$ROOT"
# The examples run from their compiled dist/ (and the components from packages/pulumi/dist); the provider plugin
# that the Python, Go and YAML programs use (packages/pulumi/provider) runs packages/pulumi/dist/provider.
echo "e2e-pulumi: building the examples and the packages they use ..."
pnpm exec turbo run build --filter "./examples/*" --filter @podworks/pulumi --output-logs=errors-only

if "$E2E_DIR/cluster.sh" status >/dev/null 2>&1; then
  echo "e2e-pulumi: using the cluster that is already running (it is left running)"
else
  started=yes
  "$E2E_DIR/cluster.sh" start
fi

status=0
PODWORKS_E2E_PULUMI=local pnpm exec vitest run --config e2e/pulumi/vitest.config.ts "$@" || status=$?
exit "$status"
