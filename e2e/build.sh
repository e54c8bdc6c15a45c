#!/usr/bin/env bash
# Builds the local Kubernetes control plane used by the e2e tests from the Go module proxy:
# etcd, kube-apiserver, kube-controller-manager, kube-scheduler, kubectl and kwok.
#
# The versions are pinned by the wrapper modules in e2e/tools/{etcd,k8s,kwok}. The binaries go to a
# cache outside the repository, keyed by a hash of those modules, the Go version and the build flags:
#   ${PODWORKS_CACHE:-$HOME/.cache/podworks}/e2e/<key>/bin/
# A stamp file is written only once every binary is built; with the stamp present this script exits at once.
#
# Usage:
#   e2e/build.sh            build what is missing (a cold build takes about 25 minutes on 2 cores)
#   e2e/build.sh --check    exit 0 and print the bin directory when the cache is complete, exit 1 otherwise
#   e2e/build.sh --bin-dir  print the bin directory (whether or not it is built)
#   e2e/build.sh --key      print the cache key
# Environment: PODWORKS_CACHE (cache root), E2E_BUILD_NICE (nice level for go build, default 19).
set -euo pipefail

E2E_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
TOOLS="$E2E_DIR/tools"
CACHE_ROOT="${PODWORKS_CACHE:-${HOME:-/root}/.cache/podworks}/e2e"

# Bump when the recipe below changes in a way the hashed inputs do not show.
RECIPE=3
export GOWORK=off GOFLAGS=-mod=readonly CGO_ENABLED=0 GOTOOLCHAIN=local
BUILD_FLAGS=(-trimpath -pgo=off -buildvcs=false)

hash_inputs() {
  {
    echo "recipe=$RECIPE"
    go version
    go env GOOS GOARCH CGO_ENABLED
    echo "flags=${BUILD_FLAGS[*]}"
    for f in "$TOOLS"/etcd/go.mod "$TOOLS"/etcd/go.sum "$TOOLS"/etcd/main.go \
      "$TOOLS"/k8s/go.mod "$TOOLS"/k8s/go.sum "$TOOLS"/kwok/go.mod "$TOOLS"/kwok/go.sum; do
      echo "== ${f#"$TOOLS"/}"
      cat "$f"
    done
  } | sha256sum | cut -c1-16
}

KEY="$(hash_inputs)"
DIR="$CACHE_ROOT/$KEY"
BIN="$DIR/bin"
STAMP="$DIR/complete"
BINARIES=(etcd kube-apiserver kube-controller-manager kube-scheduler kubectl kwok)

case "${1:-}" in
  --key) echo "$KEY"; exit 0 ;;
  --bin-dir) echo "$BIN"; exit 0 ;;
  --check)
    if [[ -f "$STAMP" ]]; then
      for b in "${BINARIES[@]}"; do [[ -x "$BIN/$b" ]] || exit 1; done
      echo "$BIN"
      exit 0
    fi
    exit 1 ;;
  "") ;;
  *) echo "usage: $0 [--check|--bin-dir|--key]" >&2; exit 2 ;;
esac

if [[ -f "$STAMP" ]]; then
  echo "e2e build: cached ($BIN)"
  exit 0
fi

mod_version() { (cd "$1" && go list -m -f '{{.Version}}' "$2"); }

mkdir -p "$BIN"
start_all=$SECONDS
log_times="$DIR/build-times.txt"
: >"$log_times"
step=0
total=${#BINARIES[@]}

# build <name> <wrapper dir> <package> [ldflags...]
build() {
  local name="$1" dir="$2" pkg="$3"
  shift 3
  step=$((step + 1))
  if [[ -x "$BIN/$name" ]]; then
    echo "e2e build: [$step/$total] $name already built"
    return
  fi
  echo "e2e build: [$step/$total] $name ($pkg) ... started $(date +%H:%M:%S)"
  local t0=$SECONDS
  (cd "$dir" && nice -n "${E2E_BUILD_NICE:-19}" go build "${BUILD_FLAGS[@]}" -ldflags "-s -w $*" -o "$BIN/$name.tmp" "$pkg")
  mv "$BIN/$name.tmp" "$BIN/$name"
  local dt=$((SECONDS - t0))
  echo "e2e build: [$step/$total] $name done in ${dt}s"
  echo "$name ${dt}s" >>"$log_times"
}

echo "e2e build: key $KEY -> $BIN"
echo "e2e build: module downloads ..."
for m in etcd k8s kwok; do (cd "$TOOLS/$m" && go mod download); done

K8S_VERSION="$(mod_version "$TOOLS/k8s" k8s.io/kubernetes)"   # e.g. v1.36.3
ETCD_VERSION="$(mod_version "$TOOLS/etcd" go.etcd.io/etcd/server/v3)"
KWOK_VERSION="$(mod_version "$TOOLS/kwok" sigs.k8s.io/kwok)"
major="${K8S_VERSION#v}"; major="${major%%.*}"
minor="${K8S_VERSION#v*.}"; minor="${minor%%.*}"
echo "e2e build: kubernetes $K8S_VERSION, etcd $ETCD_VERSION, kwok $KWOK_VERSION"

# Kubernetes' own build (hack/lib/version.sh) stamps both packages; without it the server reports v0.0.0.
k8s_ldflags=()
for p in k8s.io/component-base/version k8s.io/client-go/pkg/version; do
  k8s_ldflags+=("-X $p.gitVersion=$K8S_VERSION" "-X $p.gitMajor=$major" "-X $p.gitMinor=$minor"
    "-X $p.gitTreeState=clean" "-X $p.gitCommit=module-proxy-$K8S_VERSION" "-X $p.buildDate=1970-01-01T00:00:00Z")
done

build etcd "$TOOLS/etcd" . "-X go.etcd.io/etcd/api/v3/version.GitSHA=module-proxy-$ETCD_VERSION"
build kube-apiserver "$TOOLS/k8s" k8s.io/kubernetes/cmd/kube-apiserver "${k8s_ldflags[@]}"
build kwok "$TOOLS/kwok" sigs.k8s.io/kwok/cmd/kwok "-X sigs.k8s.io/kwok/pkg/consts.Version=${KWOK_VERSION#v}" \
  "-X sigs.k8s.io/kwok/pkg/consts.KubeVersion=${K8S_VERSION#v}"
build kube-controller-manager "$TOOLS/k8s" k8s.io/kubernetes/cmd/kube-controller-manager "${k8s_ldflags[@]}"
build kube-scheduler "$TOOLS/k8s" k8s.io/kubernetes/cmd/kube-scheduler "${k8s_ldflags[@]}"
build kubectl "$TOOLS/k8s" k8s.io/kubernetes/cmd/kubectl "${k8s_ldflags[@]}"

{
  echo "kubernetes $K8S_VERSION"
  echo "etcd $ETCD_VERSION"
  echo "kwok $KWOK_VERSION"
  go version
} >"$DIR/versions.txt"
touch "$STAMP"
echo "e2e build: all ${#BINARIES[@]} binaries built in $((SECONDS - start_all))s; size $(du -sh "$BIN" | cut -f1) ($BIN)"
