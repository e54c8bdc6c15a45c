#!/usr/bin/env bash
# The packaging test: pack every published package as `pnpm publish` would, install the tarballs into an empty
# project outside the workspace with the pinned Node, and run a small program against each: core as ESM and from
# CommonJS, the CLI's bin, the Pulumi components under mocks. A file missing from `files`, a broken `exports`
# entry or a dependency that only the workspace provides fails here. Needs the packages built (turbo run build).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HERE="$ROOT/scripts/packaging"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/podworks-packaging.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/tarballs" "$WORK/project"

for pkg in core cli pulumi; do
  [ -d "$ROOT/packages/$pkg/dist" ] || { echo "packaging: packages/$pkg/dist is missing; build first" >&2; exit 1; }
  (cd "$ROOT/packages/$pkg" && pnpm pack --pack-destination "$WORK/tarballs" >/dev/null)
done
tarball() { ls "$WORK/tarballs"/podworks-"$1"-*.tgz; }
version() { node -p "require('$ROOT/$1/package.json').devDependencies['$2']"; }

# The tarballs name each other by version (workspace:* becomes 0.1.0), which is not on the registry yet:
# the overrides point those names at the tarballs. Everything else comes from the registry (or pnpm's store).
cat >"$WORK/project/package.json" <<JSON
{
  "name": "podworks-packaging-test",
  "private": true,
  "type": "module",
  "dependencies": {
    "@podworks/core": "file:$(tarball core)",
    "@podworks/cli": "file:$(tarball cli)",
    "@podworks/pulumi": "file:$(tarball pulumi)",
    "yaml": "$(version packages/core yaml)",
    "@pulumi/pulumi": "$(version packages/pulumi @pulumi/pulumi)",
    "@pulumi/kubernetes": "$(version packages/pulumi @pulumi/kubernetes)"
  }
}
JSON
cat >"$WORK/project/pnpm-workspace.yaml" <<YAML
overrides:
  "@podworks/core": "file:$(tarball core)"
allowBuilds:
  "@pulumi/kubernetes": false
  protobufjs: false
YAML
cp "$HERE"/core.mjs "$HERE"/core.cjs "$HERE"/pulumi.mjs "$HERE"/provider.mjs "$WORK/project/"
cd "$WORK/project"
pnpm install --prefer-offline --reporter=silent >/dev/null

echo "packaging: $(node --version), $(ls "$WORK/tarballs" | tr '\n' ' ')"
node core.mjs
node core.cjs
# The bin, as npx or a global install runs it, with a spec in the caller's folder.
printf 'kind: Job\nname: packed\ncontainers: [{ name: c, image: busybox:1.37 }]\n' >job.yaml
out="$(node_modules/.bin/podworks render job.yaml)"
[ "$(printf '%s\n' "$out" | sed -n 2p)" = "kind: Job" ] || { echo "packaging: podworks render printed: $out" >&2; exit 1; }
[ "$(node_modules/.bin/podworks --version)" = "$(node -p "require('$ROOT/packages/cli/package.json').version")" ]
node_modules/.bin/podworks validate job.yaml --format json | node -e 'const r = JSON.parse(require("fs").readFileSync(0, "utf8")); if (!r.ok) process.exit(1)'
echo "cli (bin): ok"
node pulumi.mjs
node provider.mjs
echo "packaging: passed"
