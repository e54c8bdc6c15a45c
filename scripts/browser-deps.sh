#!/usr/bin/env bash
# The docs' browser tests drive Debian's Chromium; Korean needs the Noto CJK fonts (without them Hangul renders
# as boxes). Installs both when missing and when this user may (root or passwordless sudo); otherwise says how.
set -euo pipefail
if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; then exit 0; fi
if [ -x /usr/bin/chromium ] && fc-list 2>/dev/null | grep -i "Noto Sans CJK" >/dev/null; then exit 0; fi  # no grep -q: under pipefail it would SIGPIPE fc-list
as_root=()
if [ "$(id -u)" != 0 ]; then
  if sudo -n true 2>/dev/null; then as_root=(sudo -n); else
    echo "browser-deps: Chromium or the CJK fonts are missing; install them with: sudo apt-get install -y chromium fonts-noto-cjk" >&2
    exit 1
  fi
fi
echo "browser-deps: installing chromium and fonts-noto-cjk from Debian"
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
