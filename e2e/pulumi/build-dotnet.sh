#!/usr/bin/env bash
# Builds the .NET language host `pulumi-language-dotnet` for `pulumi package gen-sdk --language dotnet` (the CLI
# asks the language host to generate an SDK; the C# generator lives in this host), into a cache outside the repository:
#   ${PODWORKS_CACHE:-$HOME/.cache/podworks}/pulumi-dotnet/<key>/
#     bin/pulumi-language-dotnet   the host, from tools/language-dotnet/SOURCE, compiled with that folder's go.mod
#     logo.png                     the picture the C# generator embeds when the schema has no logoUrl
#     complete                     the stamp; with it present this script exits at once
# Only Go is needed: no .NET SDK exists on this machine, so generated C# code is checked, not compiled.
#
# Usage:
#   e2e/pulumi/build-dotnet.sh           build what is missing (about 30 s once the CLI's packages are in Go's build cache)
#   e2e/pulumi/build-dotnet.sh --check   exit 0 and print the cache directory when complete, exit 1 otherwise
#   e2e/pulumi/build-dotnet.sh --dir     print the cache directory (built or not)
# Environment:
#   PODWORKS_CACHE             cache root
#   PULUMI_DOTNET_SOURCE_REPO  a clone of github.com/pulumi/pulumi-dotnet holding the commit in SOURCE
#                              (default $E2E_GIT_CLONES/pulumi+pulumi-dotnet[/repo])
#   PULUMI_SOURCE_REPO         a clone of github.com/pulumi/pulumi holding the logo's commit
#   E2E_BUILD_NICE             nice level of the go build (default 19)
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
TOOLS="$HERE/tools/language-dotnet"
CACHE_ROOT="${PODWORKS_CACHE:-${HOME:-/root}/.cache/podworks}/pulumi-dotnet"
RECIPE=1
export GOWORK=off GOFLAGS=-mod=readonly CGO_ENABLED=0 GOTOOLCHAIN=local
BUILD_FLAGS=(-trimpath -buildvcs=false)
field() { sed -n "s/^$1=//p" "$TOOLS/SOURCE"; }

KEY="$({
  echo "recipe=$RECIPE"
  go version
  go env GOOS GOARCH CGO_ENABLED
  echo "flags=${BUILD_FLAGS[*]}"
  cat "$TOOLS/SOURCE" "$TOOLS/go.mod" "$TOOLS/go.sum"
} | sha256sum | cut -c1-16)"
DIR="$CACHE_ROOT/$KEY"
STAMP="$DIR/complete"

complete() { [[ -f "$STAMP" && -x "$DIR/bin/pulumi-language-dotnet" && -s "$DIR/logo.png" ]]; }

case "${1:-}" in
  --dir) echo "$DIR"; exit 0 ;;
  --check) complete && { echo "$DIR"; exit 0; }; exit 1 ;;
  "") ;;
  *) echo "usage: $0 [--check|--dir]" >&2; exit 2 ;;
esac
say() { echo "pulumi dotnet build: $*"; }
if complete; then
  say "cached ($DIR)"
  exit 0
fi

# clone <owner+name> <override>: the override, else $E2E_GIT_CLONES/<owner+name>, or its repo/ folder.
clone() {
  if [[ -n "$2" ]]; then echo "$2"; return; fi
  local d="${E2E_GIT_CLONES:-}/$1"
  if [[ -d "$d/repo" ]]; then echo "$d/repo"; else echo "$d"; fi
}
commit="$(field commit)"
repo="$(clone pulumi+pulumi-dotnet "${PULUMI_DOTNET_SOURCE_REPO:-}")"
if ! git -C "$repo" cat-file -e "$commit^{commit}" 2>/dev/null; then
  say "error: no pulumi-dotnet clone holding commit $commit ($(field tag)) at '${repo}'."
  say "       Fix: git clone https://github.com/pulumi/pulumi-dotnet <dir> && PULUMI_DOTNET_SOURCE_REPO=<dir> $0"
  exit 1
fi
read -r logo_repo logo_commit logo_path <<<"$(field logo)"
pulumi_repo="$(clone "${logo_repo/\//+}" "${PULUMI_SOURCE_REPO:-}")"
if ! git -C "$pulumi_repo" cat-file -e "$logo_commit:$logo_path" 2>/dev/null; then
  say "error: no pulumi clone holding $logo_commit:$logo_path at '${pulumi_repo}' (set PULUMI_SOURCE_REPO)."
  exit 1
fi

t0=$SECONDS
mkdir -p "$DIR/bin"
src="$DIR/src"
rm -rf "$src"
mkdir -p "$src"
path="$(field path)"
git -C "$repo" archive "$commit" "$path" | tar -x -C "$src" --strip-components="$(awk -F/ '{print NF}' <<<"$path")"
# Tests and their data are not part of the host (and would need test-only modules).
rm -rf "$src/testdata"
find "$src" -name '*_test.go' -delete
cp "$TOOLS/go.mod" "$TOOLS/go.sum" "$src/"
say "key $KEY: $(field tag) ($commit) ... started $(date +%H:%M:%S)"
(cd "$src" && go mod download && nice -n "${E2E_BUILD_NICE:-19}" go build "${BUILD_FLAGS[@]}" -ldflags "-s -w" \
  -o "$DIR/bin/pulumi-language-dotnet.tmp" .)
mv "$DIR/bin/pulumi-language-dotnet.tmp" "$DIR/bin/pulumi-language-dotnet"
git -C "$pulumi_repo" show "$logo_commit:$logo_path" >"$DIR/logo.png"
echo "pulumi-language-dotnet $(field tag) ($commit), built against pulumi pkg/sdk v3.274.1" >"$DIR/versions.txt"
echo "pulumi-language-dotnet $((SECONDS - t0))s" >"$DIR/build-times.txt"
touch "$STAMP"
say "complete in $((SECONDS - t0))s ($DIR)"
