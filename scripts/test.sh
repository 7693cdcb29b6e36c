#!/usr/bin/env bash
# `pnpm test`: every test (build, type check, jest, the packed packages in a
# scratch app), with the services some of them need, so that the README's one
# command runs them all on a machine with only Node and npm:
#   - PostgreSQL (scripts/postgres.sh: installed if missing, when run as root;
#     started, and stopped again after if this script started it), unless
#     STANCELOG_PG_URL names a server already or STANCELOG_PG_SKIP=1;
#   - Debian's Chromium (scripts/chromium.sh), unless STANCELOG_BROWSER_SKIP=1.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${STANCELOG_PG_URL:-}" ] && [ "${STANCELOG_PG_SKIP:-}" != 1 ]; then
  if ! bash scripts/postgres.sh status >/dev/null 2>&1; then
    # Stopped after, also when starting fails half way (a server up, its role not made yet).
    trap 'bash scripts/postgres.sh stop >/dev/null 2>&1 || true' EXIT
    bash scripts/postgres.sh start >/dev/null || { echo "test.sh: no PostgreSQL for the tests (STANCELOG_PG_SKIP=1 skips them)" >&2; exit 1; }
  fi
  STANCELOG_PG_URL="$(bash scripts/postgres.sh url)"
  export STANCELOG_PG_URL
fi
if [ "${STANCELOG_BROWSER_SKIP:-}" != 1 ]; then
  bash scripts/chromium.sh >/dev/null || { echo "test.sh: no Chromium for the report's browser tests (STANCELOG_BROWSER_SKIP=1 skips them)" >&2; exit 1; }
fi

pnpm run build
pnpm run typecheck
jest
node scripts/pack-test.mjs
