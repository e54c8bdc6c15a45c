#!/usr/bin/env bash
# Builds what the Python, Go and Pulumi YAML e2e programs need beside e2e/pulumi/build.sh's CLI and Node.js host,
# into a cache of its own outside the repository (so that adding a language never rebuilds the CLI):
#   bin/pulumi-language-python  the Python language host (sources from a pulumi checkout, tools/languages/SOURCE)
#   bin/pulumi-language-python-exec  the script the Python host runs programs with (same checkout and commit; the
#                               host looks for it beside its own real path)
#   bin/pulumi-language-go      the Go language host     (likewise)
#   bin/pulumi-language-yaml    the Pulumi YAML host     (module github.com/pulumi/pulumi-yaml, from the module proxy,
#                               built in tools/language-yaml's module graph: it needs its own older pkg/sdk; its
#                               main is tools/language-yaml/host, which loads schemas through the engine, see there)
#   python/                     a virtualenv with the Pulumi Python SDK and the Kubernetes SDK the programs use, from
#                               PyPI (tools/languages/SOURCE python-sdk, python-packages)
#
#   ${PODWORKS_CACHE:-$HOME/.cache/podworks}/pulumi-languages/<key>/    key: hash of the inputs below
# A stamp (complete) is written once every piece is there; with it present this script exits at once.
#
# Usage:
#   e2e/pulumi/build-languages.sh           build what is missing (cold: about 10-15 minutes on 2 cores)
#   e2e/pulumi/build-languages.sh --check   exit 0 and print the cache directory when complete, exit 1 otherwise
#   e2e/pulumi/build-languages.sh --dir     print the cache directory (built or not)
# Environment:
#   PODWORKS_CACHE      cache root
#   E2E_BUILD_NICE      nice level of the go builds (default 19)
#   PULUMI_SOURCE_REPO  a git clone of github.com/pulumi/pulumi holding the commit in tools/languages/SOURCE
#   PYTHON              the interpreter the virtualenv is made from (default python3)
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
TOOLS="$HERE/tools/languages"
YAML_TOOLS="$HERE/tools/language-yaml"
CACHE_ROOT="${PODWORKS_CACHE:-${HOME:-/root}/.cache/podworks}/pulumi-languages"
PYTHON="${PYTHON:-python3}"

RECIPE=2
export GOWORK=off GOFLAGS=-mod=readonly CGO_ENABLED=0 GOTOOLCHAIN=local
BUILD_FLAGS=(-trimpath -buildvcs=false)
field() { sed -n "s/^$1=//p" "$TOOLS/SOURCE"; }

hash_inputs() {
  {
    echo "recipe=$RECIPE"
    go version
    go env GOOS GOARCH CGO_ENABLED
    "$PYTHON" --version 2>&1
    echo "flags=${BUILD_FLAGS[*]}"
    for f in languages/go.mod languages/go.sum languages/SOURCE language-yaml/go.mod language-yaml/go.sum language-yaml/host/main.go; do
      echo "== $f"
      cat "$HERE/tools/$f"
    done
  } | sha256sum | cut -c1-16
}

KEY="$(hash_inputs)"
DIR="$CACHE_ROOT/$KEY"
BIN="$DIR/bin"
STAMP="$DIR/complete"
PIECES=(pulumi-language-python pulumi-language-python-exec pulumi-language-go pulumi-language-yaml)

complete() {
  [[ -f "$STAMP" ]] || return 1
  local p
  for p in "${PIECES[@]}"; do [[ -x "$BIN/$p" ]] || return 1; done
  [[ -x "$DIR/python/bin/python" && -f "$DIR/python/.packages" ]]
}

case "${1:-}" in
  --dir) echo "$DIR"; exit 0 ;;
  --check) complete && { echo "$DIR"; exit 0; }; exit 1 ;;
  "") ;;
  *) echo "usage: $0 [--check|--dir]" >&2; exit 2 ;;
esac

if complete; then
  echo "pulumi languages build: cached ($DIR)"
  exit 0
fi

say() { echo "pulumi languages build: $*"; }
mkdir -p "$BIN"
times="$DIR/build-times.txt"
t_all=$SECONDS
src="$DIR/src"
CLI_VERSION="$(sed -n 's/^[[:space:]]*github.com\/pulumi\/pulumi\/pkg\/v3 \(v[^ ]*\).*/\1/p' "$TOOLS/go.mod" | head -1)"
say "key $KEY -> $DIR (pulumi $CLI_VERSION)"

# The build folder: a copy of tools/languages's module with the two hosts the proxy does not serve beside it.
commit="$(field commit)"
if [[ ! -f "$src/.ready" ]]; then
  if [[ -z "${PULUMI_SOURCE_REPO:-}" ]] || ! git -C "$PULUMI_SOURCE_REPO" cat-file -e "$commit^{commit}" 2>/dev/null; then
    say "error: the Python and Go language hosts are not served by the module proxy, and PULUMI_SOURCE_REPO"
    say "       is not a pulumi clone holding commit $commit."
    say "       Fix: git clone https://github.com/pulumi/pulumi <dir> && PULUMI_SOURCE_REPO=<dir> $0"
    exit 1
  fi
  rm -rf "$src"
  mkdir -p "$src/python-host" "$src/go-host"
  for lang in python go; do
    path="$(field "$lang-path")"
    git -C "$PULUMI_SOURCE_REPO" archive "$commit" "$path" |
      tar -x -C "$src/$lang-host" --strip-components="$(awk -F/ '{print NF}' <<<"$path")"
    rm -rf "$src/$lang-host/testdata" "$src/$lang-host"/*_test.go
  done
  git -C "$PULUMI_SOURCE_REPO" show "$commit:$(field python-exec-path)" >"$src/pulumi-language-python-exec"
  cp "$TOOLS/go.mod" "$TOOLS/go.sum" "$TOOLS/tools.go" "$src/"
  touch "$src/.ready"
fi
install -m 0755 "$src/pulumi-language-python-exec" "$BIN/pulumi-language-python-exec"
say "module downloads ..."
(cd "$src" && go mod download)
(cd "$YAML_TOOLS" && go mod download)

# build <name> <module dir> <package>
build() {
  local name="$1" dir="$2" pkg="$3"
  if [[ -x "$BIN/$name" ]]; then
    say "$name already built"
    return
  fi
  say "$name ($pkg) ... started $(date +%H:%M:%S)"
  local t0=$SECONDS
  (cd "$dir" && nice -n "${E2E_BUILD_NICE:-19}" go build "${BUILD_FLAGS[@]}" \
    -ldflags "-s -w -X github.com/pulumi/pulumi/sdk/v3/go/common/version.Version=$CLI_VERSION" \
    -o "$BIN/$name.tmp" "$pkg")
  mv "$BIN/$name.tmp" "$BIN/$name"
  say "$name done in $((SECONDS - t0))s"
  echo "$name $((SECONDS - t0))s" >>"$times"
}

build pulumi-language-python "$src" github.com/pulumi/pulumi/sdk/python/cmd/pulumi-language-python/v3
build pulumi-language-go "$src" github.com/pulumi/pulumi/sdk/go/pulumi-language-go/v3
build pulumi-language-yaml "$YAML_TOOLS" ./host

if [[ ! -x "$DIR/python/bin/python" || ! -f "$DIR/python/.packages" ]]; then
  # shellcheck disable=SC2046 # python-packages is a space-separated list of requirements
  say "python virtualenv with $(field python-sdk) $(field python-packages) (PyPI) ... started $(date +%H:%M:%S)"
  t0=$SECONDS
  rm -rf "$DIR/python"
  "$PYTHON" -m venv "$DIR/python"
  # shellcheck disable=SC2046
  "$DIR/python/bin/pip" install --quiet --disable-pip-version-check "$(field python-sdk)" $(field python-packages)
  "$DIR/python/bin/pip" freeze --disable-pip-version-check >"$DIR/python/.packages"
  echo "python-venv $((SECONDS - t0))s" >>"$times"
fi

{
  echo "pulumi-language-python $CLI_VERSION-compatible, pulumi commit $commit"
  echo "pulumi-language-go $CLI_VERSION-compatible, pulumi commit $commit"
  echo "pulumi-language-yaml $(sed -n 's/^\(require \)\{0,1\}[[:space:]]*github.com\/pulumi\/pulumi-yaml \(v[^ ]*\).*/\2/p' "$YAML_TOOLS/go.mod" | head -1)"
  echo "python $("$DIR/python/bin/python" --version 2>&1), $("$DIR/python/bin/pip" show pulumi 2>/dev/null | sed -n 's/^Version: /pulumi SDK /p'), $("$DIR/python/bin/pip" show pulumi-kubernetes 2>/dev/null | sed -n 's/^Version: /pulumi-kubernetes /p')"
} >"$DIR/versions.txt"
touch "$STAMP"
say "complete in $((SECONDS - t_all))s ($DIR)"
