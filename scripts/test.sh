#!/usr/bin/env bash
# `pnpm test`: every test (build, type check, jest, the packed packages in a
# scratch app), with the services some of them need, so that the README's one
# command runs them all on a machine with only Node and npm:
#   - PostgreSQL (scripts/postgres.sh: installed if missing, when run as root;
#     started if it does not run, and stopped after by the last test run to
#     end if a run started it: scripts/with-postgres.sh), unless
#     STANCELOG_PG_URL names a server already or STANCELOG_PG_SKIP=1;
#   - Debian's Chromium (scripts/chromium.sh), unless STANCELOG_BROWSER_SKIP=1.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${STANCELOG_PG_URL:-}" ] && [ "${STANCELOG_PG_SKIP:-}" != 1 ]; then
  # The rest of this script, run again with the cluster's URL set.
  exec bash scripts/with-postgres.sh bash scripts/test.sh "$@"
fi
if [ "${STANCELOG_BROWSER_SKIP:-}" != 1 ]; then
  bash scripts/chromium.sh >/dev/null || { echo "test.sh: no Chromium for the report's browser tests (STANCELOG_BROWSER_SKIP=1 skips them)" >&2; exit 1; }
fi

pnpm run build
pnpm run typecheck
# The API reference's checks (typedoc.json): every {@link} resolves, every
# export and method is documented, every type the public API names is
# exported. It reads the packages' built declarations. The site is written
# (to a scratch folder, then removed): only then does typedoc check the
# guides' links to one another's #anchors, which `pnpm docs:api` fails on
# (4 s more than `--emit none`).
api_site=$(mktemp -d)
trap 'rm -rf "$api_site"' EXIT
typedoc --out "$api_site/api"
jest
node scripts/pack-test.mjs
