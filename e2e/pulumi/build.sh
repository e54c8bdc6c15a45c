#!/usr/bin/env bash
# Builds the Pulumi pieces the Pulumi e2e tests run, from Go modules, into a cache outside the repository:
#   pulumi                      the CLI and engine       (github.com/pulumi/pulumi/pkg/v3/cmd/pulumi, tools/cli)
#   pulumi-language-nodejs      the Node.js language host (sources copied from a pulumi checkout, tools/language-nodejs)
#   pulumi-resource-kubernetes  the Kubernetes provider  (a pulumi-kubernetes release tag's provider/ and sdk/ folders,
#                               taken from a git clone, tools/provider/SOURCE)
#   pulumi-resource-pulumi-nodejs, pulumi-analyzer-policy-nodejs
#                               two small shell launchers the released CLI ships (dynamic providers, policy packs)
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
#                         tools/language-nodejs/SOURCE and the pkg/v3 tag pinned in tools/provider/SOURCE; used when
#                         the module proxy does not serve those modules
#   PULUMI_KUBERNETES_SOURCE_REPO
#                         a git clone of github.com/pulumi/pulumi-kubernetes holding the commit pinned in
#                         tools/provider/SOURCE (needed for a cold provider build: the module proxy serves no
#                         provider/v4 version but v4.25.0's commit)
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
TOOLS="$HERE/tools"
CACHE_ROOT="${PODWORKS_CACHE:-${HOME:-/root}/.cache/podworks}/pulumi"

# Bump when the recipe below changes in a way the hashed inputs do not show.
RECIPE=2
export GOWORK=off GOFLAGS=-mod=readonly CGO_ENABLED=0 GOTOOLCHAIN=local
BUILD_FLAGS=(-trimpath -buildvcs=false)

# Versions. The CLI's comes from tools/cli/go.mod; the provider's is the release tag pinned in tools/provider/SOURCE.
LANGHOST_SOURCE_FILE="$TOOLS/language-nodejs/SOURCE"
PROVIDER_SOURCE_FILE="$TOOLS/provider/SOURCE"
source_field() { sed -n "s/^$1=//p" "$LANGHOST_SOURCE_FILE"; }
provider_field() { sed -n "s/^$1=//p" "$PROVIDER_SOURCE_FILE"; }
PROVIDER_VERSION="$(provider_field version)"

hash_inputs() {
  {
    echo "recipe=$RECIPE"
    go version
    go env GOOS GOARCH CGO_ENABLED
    echo "flags=${BUILD_FLAGS[*]}"
    for f in cli/go.mod cli/go.sum provider/SOURCE language-nodejs/go.mod language-nodejs/go.sum \
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
total=5

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
for m in cli language-nodejs; do (cd "$TOOLS/$m" && go mod download); done
CLI_VERSION="$(cd "$TOOLS/cli" && go list -m -f '{{.Version}}' github.com/pulumi/pulumi/pkg/v3)"
PROVIDER_COMMIT="$(provider_field commit)"
say "pulumi $CLI_VERSION; kubernetes provider $PROVIDER_VERSION (pulumi-kubernetes commit ${PROVIDER_COMMIT:0:12})"

# 1. The CLI. The Automation API and the plugin host read the version stamped here.
gobuild pulumi "$TOOLS/cli" github.com/pulumi/pulumi/pkg/v3/cmd/pulumi \
  "-X github.com/pulumi/pulumi/sdk/v3/go/common/version.Version=$CLI_VERSION"

# missing_blobs <clone> <commit> <path>...: "<blob id> <path>" for each file of the commit the clone lacks.
missing_blobs() {
  local repo="$1" commit="$2" tree
  shift 2
  tree="$(git -C "$repo" ls-tree -r "$commit" -- "$@")"
  # `git cat-file --batch-check` answers "<id> missing" for an object the clone does not have.
  awk '$2 == "blob" { print $3 }' <<<"$tree" | git -C "$repo" cat-file --batch-check |
    awk '$2 == "missing" { print $1 }' | while read -r hash; do
      awk -v h="$hash" '$3 == h { sub(/^[^\t]*\t/, ""); print h, $0 }' <<<"$tree"
    done
}

# export_tree <clone> <commit> <dest> ["<blob id> <path>"...] -- <path>...: the commit's files under the paths, less
# the listed ones, extracted into dest. (git archive still names each excluded missing blob on stderr; those
# lines are dropped, and any other error stops the build.)
export_tree() {
  local repo="$1" commit="$2" dest="$3" excludes=()
  shift 3
  while [[ "$1" != "--" ]]; do
    excludes+=(":(exclude)${1#* }")
    shift
  done
  shift
  mkdir -p "$dest"
  git -C "$repo" archive "$commit" "$@" "${excludes[@]}" 2> >(grep -v '^error: invalid object' >&2) | tar -x -C "$dest"
}

# git_clone <owner/name>: a local clone of github.com/<owner/name>: PULUMI_SOURCE_REPO for pulumi/pulumi,
# PULUMI_KUBERNETES_SOURCE_REPO for pulumi/pulumi-kubernetes, otherwise $E2E_GIT_CLONES/<owner>+<name>[/repo].
git_clone() {
  case "$1" in
    pulumi/pulumi) echo "${PULUMI_SOURCE_REPO:-}" ;;
    pulumi/pulumi-kubernetes) echo "${PULUMI_KUBERNETES_SOURCE_REPO:-}" ;;
    *)
      local d="${E2E_GIT_CLONES:-}/${1/\//+}"
      if [[ -d "$d/repo" ]]; then echo "$d/repo"; else echo "$d"; fi
      ;;
  esac
}

# from_git <src> <module> <version> <owner/name> <commit> <subdir>: a module provider/go.mod requires at a version the
# module proxy refuses, taken from a clone at the commit that version names (a tag's commit, or the hash in a
# pseudo-version) and wired in with a directory replace. Only test data may be missing from the clone.
from_git() {
  local src="$1" module="$2" version="$3" source="$4" commit="$5" subdir="$6" clone dest lacking entry
  if [[ "$(awk -v m="$module" '$1 == m { print $2 }' "$src/provider/go.mod")" != "$version" ]]; then
    say "error: provider/go.mod does not require $module $version; fix the from-git line in tools/provider/SOURCE"
    exit 1
  fi
  if (cd "$src" && GOFLAGS=-mod=mod go mod download "$module@$version" 2>/dev/null); then
    say "  $module $version: module proxy"
    return
  fi
  clone="$(git_clone "$source")"
  if [[ -z "$clone" ]] || ! git -C "$clone" cat-file -e "$commit^{commit}" 2>/dev/null; then
    say "error: the module proxy refuses $module@$version, and no clone of github.com/$source holding"
    say "       commit $commit was found (see git_clone in $0)."
    say "       Fix: git clone https://github.com/$source <dir> and point the variable at it."
    exit 1
  fi
  mapfile -t lacking < <(missing_blobs "$clone" "$commit" "$subdir")
  for entry in "${lacking[@]}"; do
    case "${entry#* }" in
      */testdata/* | *_test.go) ;;
      *)
        say "error: $clone lacks ${entry#* } (blob ${entry%% *}) of commit $commit"
        exit 1
        ;;
    esac
  done
  dest="$src/from-git/${source/\//+}"
  export_tree "$clone" "$commit" "$dest" "${lacking[@]}" -- "$subdir"
  (cd "$src/provider" && go mod edit -replace "$module=$dest/$subdir")
  say "  $module $version: refused by the module proxy; $source at ${commit:0:12} ($subdir/, ${#lacking[@]} test files absent)"
}

# provider_sources <clone> <dest>: the pinned commit's provider/ and sdk/ folders in <dest>. A clone may lack some
# large blobs (a partial mirror); each one missing is restored and checked against the tree's blob id
# (git hash-object), or left out when the build does not read it:
#   sdk/...          from the module proxy's github.com/pulumi/pulumi-kubernetes/sdk/v4 at the release version
#   provider/cmd/pulumi-resource-kubernetes/schema.json
#                    regenerated later by provider_schema, once the module graph is downloaded
#   provider/cmd/pulumi-gen-kubernetes/terraform.json
#                    read only by the generator's terraform-mapping step, which the release build's own
#                    terraform-mapping.json (present) makes unnecessary
provider_sources() {
  local repo="$1" dest="$2" missing=() hash path sdkdir
  # shellcheck disable=SC2046 # the paths field is a space-separated list
  mapfile -t missing < <(missing_blobs "$repo" "$PROVIDER_COMMIT" $(provider_field paths))
  # shellcheck disable=SC2046
  export_tree "$repo" "$PROVIDER_COMMIT" "$dest" "${missing[@]}" -- $(provider_field paths)
  for entry in "${missing[@]}"; do
    hash="${entry%% *}" path="${entry#* }"
    case "$path" in
      sdk/*)
        if [[ -z "${sdkdir:-}" ]]; then
          sdkdir="$(cd "$dest" && GOFLAGS=-mod=mod go mod download -json \
            "github.com/pulumi/pulumi-kubernetes/sdk/v4@$PROVIDER_VERSION" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')"
        fi
        mkdir -p "$dest/$(dirname "$path")"
        cp "$sdkdir/${path#sdk/}" "$dest/$path"
        chmod u+w "$dest/$path"
        check_blob "$dest/$path" "$hash" "$path (from the module proxy's sdk/v4 $PROVIDER_VERSION)"
        ;;
      provider/cmd/pulumi-resource-kubernetes/schema.json)
        echo "$hash" >"$dest/schema.json.blob"
        say "  $path: not in the clone; regenerated from Kubernetes' OpenAPI documents"
        ;;
      provider/cmd/pulumi-gen-kubernetes/terraform.json)
        say "  $path: not in the clone; not needed (only the generator's terraform-mapping step reads it)"
        ;;
      *)
        say "error: the clone lacks $path (blob $hash) of commit $PROVIDER_COMMIT and nothing here restores it."
        say "       Fix: a complete clone: git clone https://github.com/pulumi/pulumi-kubernetes <dir>"
        exit 1
        ;;
    esac
  done
}

# check_blob <file> <blob id> <what>: the file is byte for byte the blob the release commit names.
check_blob() {
  local got
  got="$(git hash-object "$1")"
  if [[ "$got" != "$2" ]]; then
    say "error: $3 is not the release's file (blob $got, the commit names $2)"
    exit 1
  fi
  say "  $3: matches blob ${2:0:12}"
}

# provider_schema <src>: provider/cmd/pulumi-resource-kubernetes/schema.json the way the release makes it
# (`make schema`: pulumi-gen-kubernetes schema <swagger of KUBE_VERSION> <root>), with the OpenAPI documents taken
# from the module proxy's k8s.io/kubernetes zips (api/openapi-spec/swagger.json) instead of GitHub: the current one
# and the legacy ones the generator merges in (it downloads only what is not already in openapi-specs/).
provider_schema() {
  local src="$1" kube specs v dir legacy
  kube="$(sed -n 's/^KUBE_VERSION[[:space:]]*?=[[:space:]]*//p' "$src/Makefile")"
  specs="$src/provider/pkg/gen/openapi-specs"
  mkdir -p "$specs"
  legacy="$(sed -n 's/.*for _, v := range \[\]string{\(.*\)} {/\1/p' "$src/provider/cmd/pulumi-gen-kubernetes/main.go" | tr -d '",')"
  for v in "${kube#v}" $(for m in $legacy; do echo "1.$m.0"; done); do
    dir="$(cd "$src" && GOFLAGS=-mod=mod go mod download -json "k8s.io/kubernetes@v$v" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')"
    cp "$dir/api/openapi-spec/swagger.json" "$specs/swagger-v$v.json"
  done
  say "  OpenAPI documents: Kubernetes $kube, legacy 1.{$(echo $legacy | tr ' ' ',')}.0 (k8s.io/kubernetes module zips)"
  (cd "$src/provider" && nice -n "${E2E_BUILD_NICE:-19}" go build "${BUILD_FLAGS[@]}" -o "$src/pulumi-gen-kubernetes" \
    ./cmd/pulumi-gen-kubernetes)
  # The schema command writes schema.json, then stops at the terraform-mapping step (no terraform.json): expected.
  (cd "$src" && ./pulumi-gen-kubernetes schema "$specs/swagger-$kube.json" "$src" >"$src/schema-gen.log" 2>&1) || true
  if [[ ! -f "$src/provider/cmd/pulumi-resource-kubernetes/schema.json" ]]; then
    say "error: pulumi-gen-kubernetes wrote no schema.json; see $src/schema-gen.log"
    exit 1
  fi
  check_blob "$src/provider/cmd/pulumi-resource-kubernetes/schema.json" "$(cat "$src/schema.json.blob")" \
    "provider/cmd/pulumi-resource-kubernetes/schema.json (regenerated)"
}

# 2. The Kubernetes provider, from the release tag's own sources. pulumi-kubernetes tags releases at the repository
# root, so its provider/v4 module has only pseudo-versions, and the module proxy here serves one (v4.25.0's commit).
# So provider/ and sdk/ come out of a pulumi-kubernetes clone at the pinned commit (provider/go.mod has
# `replace .../sdk/v4 => ../sdk`) and build in the provider's own module graph, go.sum included. Where the proxy
# refuses the pulumi pkg/v3 version provider/go.mod requires, that module is taken from a pulumi clone at the commit
# its tag names (the one the proxy's .info reports as Origin) and wired in with a directory replace. The main package
# embeds schema-embed.json and terraform-mapping-embed.json, which `go generate` (generate.go, VERSION set) writes.
step=$((step + 1))
if [[ -x "$BIN/pulumi-resource-kubernetes" ]]; then
  say "[$step/$total] pulumi-resource-kubernetes already built"
else
  say "[$step/$total] pulumi-resource-kubernetes $PROVIDER_VERSION ... started $(date +%H:%M:%S)"
  t0=$SECONDS
  repo="${PULUMI_KUBERNETES_SOURCE_REPO:-}"
  if [[ -z "$repo" ]] || ! git -C "$repo" cat-file -e "$PROVIDER_COMMIT^{commit}" 2>/dev/null; then
    say "error: cannot get the Kubernetes provider's sources: PULUMI_KUBERNETES_SOURCE_REPO is not a"
    say "       pulumi-kubernetes clone holding commit $PROVIDER_COMMIT ($PROVIDER_VERSION)."
    say "       Fix: git clone https://github.com/pulumi/pulumi-kubernetes <dir> && PULUMI_KUBERNETES_SOURCE_REPO=<dir> $0"
    exit 1
  fi
  src="$DIR/src/kubernetes"
  rm -rf "$src"
  mkdir -p "$src"
  provider_sources "$repo" "$src"
  while read -r module version source commit subdir; do
    from_git "$src" "$module" "$version" "$source" "$commit" "$subdir"
  done < <(provider_field from-git)
  if [[ ! -f "$src/provider/cmd/pulumi-resource-kubernetes/schema.json" ]]; then provider_schema "$src"; fi
  (cd "$src/provider/cmd/pulumi-resource-kubernetes" &&
    VERSION="${PROVIDER_VERSION#v}" nice -n "${E2E_BUILD_NICE:-19}" go run generate.go)
  (cd "$src/provider" && nice -n "${E2E_BUILD_NICE:-19}" go build "${BUILD_FLAGS[@]}" \
    -ldflags "-s -w -X github.com/pulumi/pulumi-kubernetes/provider/v4/pkg/version.Version=${PROVIDER_VERSION#v}" \
    -o "$BIN/pulumi-resource-kubernetes.tmp" ./cmd/pulumi-resource-kubernetes)
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

# 5. The provider as an installed plugin, in a PULUMI_HOME the tests copy from.
step=$((step + 1))
say "[$step/$total] plugin install resource kubernetes $PROVIDER_VERSION"
rm -rf "$DIR/home"
PULUMI_HOME="$DIR/home" PULUMI_SKIP_UPDATE_CHECK=true "$BIN/pulumi" plugin install resource kubernetes \
  "$PROVIDER_VERSION" --file "$BIN/pulumi-resource-kubernetes" >/dev/null

"$BIN/pulumi" version >/dev/null
{
  echo "pulumi $CLI_VERSION"
  echo "pulumi-language-nodejs pulumi commit $(source_field commit), built against pkg/sdk $CLI_VERSION"
  echo "pulumi-resource-kubernetes $PROVIDER_VERSION (pulumi-kubernetes commit $PROVIDER_COMMIT)"
  go version
} >"$DIR/versions.txt"
touch "$STAMP"
say "done in $((SECONDS - t_all))s; $(du -sh "$BIN" | cut -f1) of binaries, $(du -sh "$DIR" | cut -f1) in all ($DIR)"
