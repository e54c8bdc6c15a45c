#!/usr/bin/env bash
# `./dev pulumi-demo`: the main Pulumi example (examples/seed: a Job, a CronJob, a DaemonSet and a StatefulSet from
# examples/specs) deployed with a real `pulumi up` on the embedded local cluster, for someone with no cluster at hand.
#
#   e2e/pulumi/demo.sh [up]     build or reuse the cached tools, start the cluster, pulumi up, list what was created
#   e2e/pulumi/demo.sh destroy  pulumi destroy, then stop the cluster
#
# Everything (the stack's file backend, PULUMI_HOME, the staged project) lives in E2E_DEMO_DIR
# (default ${TMPDIR:-/tmp}/podworks-pulumi-demo). The first run builds the cluster binaries and the Pulumi tools from
# Go modules (about an hour each on 2 cores, cached in ${PODWORKS_CACHE:-~/.cache/podworks}); later runs take seconds.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
E2E_DIR="$(dirname "$HERE")"
ROOT="$(dirname "$E2E_DIR")"
DEMO="${E2E_DEMO_DIR:-${TMPDIR:-/tmp}/podworks-pulumi-demo}"
NAMESPACE=podworks-demo
. "$ROOT/scripts/bootstrap.sh"

say() { echo "pulumi-demo: $*"; }

tools_env() {
  local tools kube
  tools="$("$HERE/build.sh" --check)"
  kube="$("$E2E_DIR/build.sh" --check)"
  export PATH="$tools/bin:$kube:$PATH"
  export KUBECONFIG
  KUBECONFIG="$("$E2E_DIR/cluster.sh" kubeconfig)"
  export PULUMI_HOME="$DEMO/home" PULUMI_BACKEND_URL="file://$DEMO/backend" PULUMI_CONFIG_PASSPHRASE=""
  export PULUMI_SKIP_UPDATE_CHECK=true PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION=true
  # @pulumi/kubernetes is swapped for the npm release of the locally built provider's version (docs/e2e-pulumi.md).
  export PODWORKS_E2E_K8S_SDK="$tools/npm/node_modules" NODE_OPTIONS="--import=$HERE/src/sdk-overlay-hook.mjs"
  if [[ ! -d "$PULUMI_HOME" ]]; then mkdir -p "$DEMO" && cp -R "$tools/home" "$PULUMI_HOME"; fi
  mkdir -p "$DEMO/backend"
}

up() {
  say "1/5 tools: the cluster binaries and the Pulumi pieces (cached after the first build)"
  "$E2E_DIR/build.sh"
  "$HERE/build.sh"
  say "2/5 building examples/seed and the packages it uses"
  (cd "$ROOT" && pnpm exec turbo run build --filter ./examples/seed --output-logs=errors-only)
  say "3/5 the local cluster"
  "$E2E_DIR/cluster.sh" status >/dev/null 2>&1 || "$E2E_DIR/cluster.sh" start
  tools_env

  # The project is staged next to the backend so that the stack's config file does not land in examples/.
  local project="$DEMO/seed"
  if [[ ! -f "$project/Pulumi.yaml" ]]; then
    mkdir -p "$project"
    cp "$ROOT/examples/seed/Pulumi.yaml" "$ROOT/examples/seed/package.json" "$project/"
    ln -s "$ROOT/examples/seed/dist" "$project/dist"
    ln -s "$ROOT/examples/seed/node_modules" "$project/node_modules"
  fi
  cd "$project"
  kubectl create namespace "$NAMESPACE" --dry-run=client -o yaml | kubectl apply -f - >/dev/null
  pulumi stack select demo --create --non-interactive >/dev/null
  pulumi config set namespace "$NAMESPACE"
  say "4/5 pulumi up (examples/seed, namespace $NAMESPACE)"
  pulumi up --yes --non-interactive --color never
  say "5/5 what is running"
  kubectl get jobs,cronjobs,daemonsets,statefulsets,services,pods,pvc -n "$NAMESPACE" -o wide
  echo
  say "the stack: (cd $project && PULUMI_HOME=$PULUMI_HOME PULUMI_BACKEND_URL=$PULUMI_BACKEND_URL PULUMI_CONFIG_PASSPHRASE= $(command -v pulumi) stack)"
  say "kubectl:   eval \"\$(e2e/cluster.sh env)\" && kubectl get all,pvc -n $NAMESPACE"
  say "to destroy the stack and stop the cluster: ./dev pulumi-demo destroy   (the claims stay until the cluster stops)"
}

destroy() {
  if ! "$E2E_DIR/cluster.sh" status >/dev/null 2>&1; then
    say "the cluster is not running; nothing to destroy (removing $DEMO)"
    rm -rf "$DEMO"
    return
  fi
  tools_env
  if [[ -f "$DEMO/seed/Pulumi.yaml" ]]; then
    (cd "$DEMO/seed" && pulumi destroy --yes --non-interactive --color never --stack demo)
    say "claims kept by the retention policy:"
    kubectl get pvc -n "$NAMESPACE"
  fi
  "$E2E_DIR/cluster.sh" stop
  rm -rf "$DEMO"
}

case "${1:-up}" in
  up) up ;;
  destroy) destroy ;;
  *) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
