#!/usr/bin/env bash
# Builds the Pulumi pieces the Pulumi e2e tests run, from Go modules, into a cache outside the repository:
#   pulumi                      the CLI and engine       (github.com/pulumi/pulumi/pkg/v3/cmd/pulumi, tools/cli)
#   pulumi-language-nodejs      the Node.js language host (sources copied from a pulumi checkout, tools/language-nodejs)
#   pulumi-resource-kubernetes  the Kubernetes provider  (github.com/pulumi/pulumi-kubernetes/provider/v4, tools/provider)
#   pulumi-resource-pulumi-nodejs, pulumi-analyzer-policy-nodejs
#                               two small shell launchers the released CLI ships (dynamic providers, policy packs)
#   npm/node_modules/@pulumi/kubernetes   the npm SDK at the provider's version (the SDK asks the engine for a
#                               provider plugin of exactly its own version, and automatic plugin downloads are off)
#   home/plugins                a PULUMI_HOME plugin folder with the provider installed at its version
#
#   ${PODWORKS_CACHE:-$HOME/.cache/podworks}/pulumi/<key>/    key: hash of the wrapper modules, the Go version, the flags
# A stamp (complete) is written only once every piece is there; with it present this script exits at once.
#
# Usage:
#   e2e/pulumi/build.sh             build what is missing (cold: about 35-45 minutes on 2 cores, see docs/e2e-pulumi.md)
#   e2e/pulumi/build.sh --check     exit 0 and print the cache directory when complete, exit 1 otherwise
#   e2e/pulumi/build.sh --dir       print the cache directory (built or not)
#   e2e/pulumi/build.sh --key       print the cache key
# Environment:
#   PODWORKS_CACHE        cache root
#   E2E_BUILD_NICE        nice level of the go builds (default 19)
#   PULUMI_SOURCE_REPO    a git clone of github.com/pulumi/pulumi holding the language host commit pinned in
#                         tools/language-nodejs/SOURCE; used when the module proxy does not serve that module
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
TOOLS="$HERE/tools"
CACHE_ROOT="${PODWORKS_CACHE:-${HOME:-/root}/.cache/podworks}/pulumi"

# Bump when the recipe below changes in a way the hashed inputs do not show.
RECIPE=1
export GOWORK=off GOFLAGS=-mod=readonly CGO_ENABLED=0 GOTOOLCHAIN=local
BUILD_FLAGS=(-trimpath -buildvcs=false)

# Versions. The CLI's comes from tools/cli/go.mod; the provider's is the release its pinned commit is tagged with.
LANGHOST_SOURCE_FILE="$TOOLS/language-nodejs/SOURCE"
source_field() { sed -n "s/^$1=//p" "$LANGHOST_SOURCE_FILE"; }
PROVIDER_VERSION="$(sed -n 's|^// provider-version: ||p' "$TOOLS/provider/go.mod")"

hash_inputs() {
  {
    echo "recipe=$RECIPE"
    go version
    go env GOOS GOARCH CGO_ENABLED
    echo "flags=${BUILD_FLAGS[*]}"
    for f in cli/go.mod cli/go.sum provider/go.mod provider/go.sum language-nodejs/go.mod language-nodejs/go.sum \
      language-nodejs/SOURCE language-nodejs/exists_resource.go.in; do
      echo "== $f"
      cat "$TOOLS/$f"
    done
    sed -n '/^# LAUNCHERS-BEGIN/,/^# LAUNCHERS-END/p' "${BASH_SOURCE[0]}"
  } | sha256sum | cut -c1-16
}

KEY="$(hash_inputs)"
DIR="$CACHE_ROOT/$KEY"
BIN="$DIR/bin"
STAMP="$DIR/complete"
PIECES=(pulumi pulumi-language-nodejs pulumi-resource-kubernetes pulumi-resource-pulumi-nodejs pulumi-analyzer-policy-nodejs)

complete() {
  [[ -f "$STAMP" ]] || return 1
  local p
  for p in "${PIECES[@]}"; do [[ -x "$BIN/$p" ]] || return 1; done
  [[ -f "$DIR/npm/node_modules/@pulumi/kubernetes/package.json" ]]
}

case "${1:-}" in
  --key) echo "$KEY"; exit 0 ;;
  --dir) echo "$DIR"; exit 0 ;;
  --check) complete && { echo "$DIR"; exit 0; }; exit 1 ;;
  "") ;;
  *) echo "usage: $0 [--check|--dir|--key]" >&2; exit 2 ;;
esac

if complete; then
  echo "pulumi build: cached ($DIR)"
  exit 0
fi

say() { echo "pulumi build: $*"; }
mkdir -p "$BIN" "$DIR/src"
times="$DIR/build-times.txt"
t_all=$SECONDS
step=0
total=6

# gobuild <name> <module dir> <package> [ldflags...]: builds into BIN unless already there.
gobuild() {
  local name="$1" dir="$2" pkg="$3"
  shift 3
  step=$((step + 1))
  if [[ -x "$BIN/$name" ]]; then
    say "[$step/$total] $name already built"
    return
  fi
  say "[$step/$total] $name ($pkg) ... started $(date +%H:%M:%S)"
  local t0=$SECONDS
  (cd "$dir" && nice -n "${E2E_BUILD_NICE:-19}" go build "${BUILD_FLAGS[@]}" -ldflags "-s -w $*" -o "$BIN/$name.tmp" "$pkg")
  mv "$BIN/$name.tmp" "$BIN/$name"
  say "[$step/$total] $name done in $((SECONDS - t0))s"
  echo "$name $((SECONDS - t0))s" >>"$times"
}

say "key $KEY -> $DIR"
say "module downloads ..."
for m in cli provider language-nodejs; do (cd "$TOOLS/$m" && go mod download); done
CLI_VERSION="$(cd "$TOOLS/cli" && go list -m -f '{{.Version}}' github.com/pulumi/pulumi/pkg/v3)"
PROVIDER_MODULE_VERSION="$(cd "$TOOLS/provider" && go list -m -f '{{.Version}}' github.com/pulumi/pulumi-kubernetes/provider/v4)"
say "pulumi $CLI_VERSION; kubernetes provider $PROVIDER_VERSION (provider/v4 $PROVIDER_MODULE_VERSION)"

# 1. The CLI. The Automation API and the plugin host read the version stamped here.
gobuild pulumi "$TOOLS/cli" github.com/pulumi/pulumi/pkg/v3/cmd/pulumi \
  "-X github.com/pulumi/pulumi/sdk/v3/go/common/version.Version=$CLI_VERSION"

# 2. The Kubernetes provider. Its main package embeds schema-embed.json and terraform-mapping-embed.json, which
# the release build generates (go generate with VERSION set); the module holds only their sources. So the folder is
# copied out of the (read-only) module cache into DIR/src, inside a copy of the wrapper module, and generated there.
step=$((step + 1))
if [[ -x "$BIN/pulumi-resource-kubernetes" ]]; then
  say "[$step/$total] pulumi-resource-kubernetes already built"
else
  say "[$step/$total] pulumi-resource-kubernetes $PROVIDER_VERSION ... started $(date +%H:%M:%S)"
  t0=$SECONDS
  moddir="$(cd "$TOOLS/provider" && go list -m -f '{{.Dir}}' github.com/pulumi/pulumi-kubernetes/provider/v4)"
  src="$DIR/src/provider"
  rm -rf "$src"
  mkdir -p "$src/cmd"
  cp "$TOOLS/provider/go.mod" "$TOOLS/provider/go.sum" "$src/"
  cp "$moddir"/cmd/pulumi-resource-kubernetes/{main.go,generate.go,schema.json,terraform-mapping.json} "$src/cmd/"
  chmod -R u+w "$src"
  (cd "$src/cmd" && VERSION="${PROVIDER_VERSION#v}" nice -n "${E2E_BUILD_NICE:-19}" go run generate.go)
  (cd "$src" && nice -n "${E2E_BUILD_NICE:-19}" go build "${BUILD_FLAGS[@]}" \
    -ldflags "-s -w -X github.com/pulumi/pulumi-kubernetes/provider/v4/pkg/version.Version=${PROVIDER_VERSION#v}" \
    -o "$BIN/pulumi-resource-kubernetes.tmp" ./cmd)
  mv "$BIN/pulumi-resource-kubernetes.tmp" "$BIN/pulumi-resource-kubernetes"
  say "[$step/$total] pulumi-resource-kubernetes done in $((SECONDS - t0))s"
  echo "pulumi-resource-kubernetes $((SECONDS - t0))s" >>"$times"
fi

# 3. The Node.js language host: from the module proxy when it serves the pinned pseudo-version, otherwise from a
# pulumi checkout (PULUMI_SOURCE_REPO) at the pinned commit. Either way it is compiled in tools/language-nodejs's
# module graph, against the CLI's pkg/sdk tag.
step=$((step + 1))
if [[ -x "$BIN/pulumi-language-nodejs" ]]; then
  say "[$step/$total] pulumi-language-nodejs already built"
else
  commit="$(source_field commit)"
  module="$(source_field module)"
  pseudo="$(source_field pseudo-version)"
  path="$(source_field path)"
  say "[$step/$total] pulumi-language-nodejs (pulumi commit ${commit:0:12}) ... started $(date +%H:%M:%S)"
  t0=$SECONDS
  src="$DIR/src/language-nodejs"
  rm -rf "$src"
  mkdir -p "$src/cmd"
  if moddir="$(GOFLAGS=-mod=mod go mod download -json "$module@$pseudo" 2>/dev/null | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')" &&
    [[ -n "$moddir" ]]; then
    say "  sources: module proxy ($module@$pseudo)"
    cp "$moddir"/*.go "$src/cmd/"
  elif [[ -n "${PULUMI_SOURCE_REPO:-}" ]] && git -C "$PULUMI_SOURCE_REPO" cat-file -e "$commit^{commit}" 2>/dev/null; then
    say "  sources: $PULUMI_SOURCE_REPO at $commit (the module proxy does not serve $module)"
    git -C "$PULUMI_SOURCE_REPO" archive "$commit" "$path" | tar -x -C "$src/cmd" --strip-components="$(awk -F/ '{print NF}' <<<"$path")"
  else
    say "error: cannot get the language host's sources: the module proxy does not serve $module@$pseudo"
    say "       and PULUMI_SOURCE_REPO is not a pulumi clone holding commit $commit."
    say "       Fix: git clone https://github.com/pulumi/pulumi <dir> && PULUMI_SOURCE_REPO=<dir> $0"
    exit 1
  fi
  chmod -R u+w "$src"
  rm -rf "$src/cmd/testdata" "$src"/cmd/*_test.go "$src"/cmd/go.mod "$src"/cmd/go.sum
  # Sources older than the sdk they are compiled against lack the newest ResourceMonitor RPC; forward it too.
  if ! grep -q 'func (p \*monitorProxy) ExistsResource' "$src"/cmd/*.go; then
    say "  adding the ExistsResource forwarder to the monitor proxy (tools/language-nodejs/exists_resource.go.in)"
    cp "$TOOLS/language-nodejs/exists_resource.go.in" "$src/cmd/zz_exists_resource.go"
  fi
  cp "$TOOLS/language-nodejs/go.mod" "$TOOLS/language-nodejs/go.sum" "$src/"
  (cd "$src" && nice -n "${E2E_BUILD_NICE:-19}" go build "${BUILD_FLAGS[@]}" \
    -ldflags "-s -w -X github.com/pulumi/pulumi/sdk/v3/go/common/version.Version=$CLI_VERSION" \
    -o "$BIN/pulumi-language-nodejs.tmp" ./cmd)
  mv "$BIN/pulumi-language-nodejs.tmp" "$BIN/pulumi-language-nodejs"
  say "[$step/$total] pulumi-language-nodejs done in $((SECONDS - t0))s"
  echo "pulumi-language-nodejs $((SECONDS - t0))s" >>"$times"
fi

# 4. The launchers a released CLI ships next to `pulumi`: the engine finds plugins beside its own executable.
step=$((step + 1))
say "[$step/$total] launchers for dynamic providers and policy packs"
# LAUNCHERS-BEGIN
cat >"$BIN/pulumi-resource-pulumi-nodejs" <<'EOF'
#!/bin/sh
# Serves a Pulumi dynamic provider (pulumi-nodejs:dynamic/...) with the program's own @pulumi/pulumi.
script=$(node -e "console.log(require.resolve('@pulumi/pulumi/cmd/dynamic-provider'))") || exit 1
exec node "$script" "$@"
EOF
cat >"$BIN/pulumi-analyzer-policy-nodejs" <<'EOF'
#!/bin/sh
# Runs a Node.js policy pack (the engine's fallback when it finds no language host) with the pack's @pulumi/pulumi.
script=$(node -e "console.log(require.resolve('@pulumi/pulumi/cmd/run-policy-pack'))") || exit 1
exec node "$script" "$@"
EOF
# LAUNCHERS-END
chmod +x "$BIN/pulumi-resource-pulumi-nodejs" "$BIN/pulumi-analyzer-policy-nodejs"

# 5. The npm SDK matching the provider (lifecycle scripts off: its install script would download a plugin).
step=$((step + 1))
if [[ -f "$DIR/npm/node_modules/@pulumi/kubernetes/package.json" ]]; then
  say "[$step/$total] @pulumi/kubernetes ${PROVIDER_VERSION#v} already installed"
else
  say "[$step/$total] @pulumi/kubernetes ${PROVIDER_VERSION#v} from the npm registry"
  mkdir -p "$DIR/npm"
  echo '{ "name": "podworks-e2e-pulumi-sdk", "private": true }' >"$DIR/npm/package.json"
  npm install --prefix "$DIR/npm" --ignore-scripts --no-audit --no-fund --no-package-lock --loglevel=error \
    "@pulumi/kubernetes@${PROVIDER_VERSION#v}"
fi

# 6. The provider as an installed plugin, in a PULUMI_HOME the tests copy from.
step=$((step + 1))
say "[$step/$total] plugin install resource kubernetes $PROVIDER_VERSION"
rm -rf "$DIR/home"
PULUMI_HOME="$DIR/home" PULUMI_SKIP_UPDATE_CHECK=true "$BIN/pulumi" plugin install resource kubernetes \
  "$PROVIDER_VERSION" --file "$BIN/pulumi-resource-kubernetes" >/dev/null

"$BIN/pulumi" version >/dev/null
{
  echo "pulumi $CLI_VERSION"
  echo "pulumi-language-nodejs pulumi commit $(source_field commit), built against pkg/sdk $CLI_VERSION"
  echo "pulumi-resource-kubernetes $PROVIDER_VERSION (provider/v4 $PROVIDER_MODULE_VERSION)"
  echo "@pulumi/kubernetes (npm) ${PROVIDER_VERSION#v}"
  go version
} >"$DIR/versions.txt"
touch "$STAMP"
say "done in $((SECONDS - t_all))s; $(du -sh "$BIN" | cut -f1) of binaries, $(du -sh "$DIR" | cut -f1) in all ($DIR)"
