#!/usr/bin/env bash
# Installs Debian's chromium when it is missing: the browser that
# @stancelog/report's tests drive with playwright-core (/usr/bin/chromium).
# Idempotent; prints the browser's path. Set STANCELOG_BROWSER_SKIP=1 to skip
# the browser tests instead on a machine without it.
set -euo pipefail

BIN="${STANCELOG_CHROMIUM:-/usr/bin/chromium}"
say() { echo "chromium.sh: $*" >&2; }

if [ ! -x "$BIN" ]; then
  if [ "$(id -u)" != 0 ]; then
    say "$BIN is missing and installing it needs root: apt-get install -y chromium"
    exit 1
  fi
  say "installing Debian's chromium package"
  apt-get update >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y chromium >&2
fi
"$BIN" --version >&2 || { say "$BIN does not run"; exit 1; }
echo "$BIN"
