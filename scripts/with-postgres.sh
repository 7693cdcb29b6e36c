#!/usr/bin/env bash
# Runs a command with STANCELOG_PG_URL set to the private cluster of
# scripts/postgres.sh, started for it if it does not run:
#   scripts/with-postgres.sh COMMAND [ARGS...]
# Runs at once share the cluster (two `pnpm test` in two terminals): each
# holds a shared lock on a file of the cluster while it runs (its command
# inherits it), and the last to end stops the cluster, if a run started it;
# one started by hand is left running. A lock goes with its process, so a
# run killed, even with SIGKILL, holds none: the cluster it started is
# stopped by the next run to end. Takes the settings of scripts/postgres.sh.
# Without flock(1) (util-linux; macOS has none) runs do not know of each
# other: each stops the cluster it started when it ends.
set -euo pipefail
cd "$(dirname "$0")/.."

dir="$(bash scripts/postgres.sh dir)"
mkdir -p "$dir"
started="$dir/started-by-a-run" # there while a cluster started by a run (not by hand) may be running
# fd 8: held exclusively while a run starts or stops the cluster, or checks whether it is the last.
# fd 9: held shared by every run for as long as it uses the cluster. The server must not inherit either.
exec 8>>"$dir/runs-changing.lock" 9>>"$dir/runs-using.lock"
pg() { bash scripts/postgres.sh "$@" 8>&- 9>&-; }
if command -v flock >/dev/null 2>&1; then
  lock() { flock "$@"; }
else
  # Alone as far as we know: every lock is granted.
  lock() { :; }
fi

lock -x 8
lock -s 9
finish() {
  local status=$?
  lock -x 8
  # Exclusive only when no other run holds its shared lock (none can take one meanwhile: that needs fd 8).
  if lock -n -x 9 && [ -e "$started" ]; then
    pg stop >/dev/null 2>&1 || true
    rm -f "$started"
  fi
  exit "$status"
}
trap finish EXIT
if ! pg status >/dev/null 2>&1; then
  # Marked before starting: a start failing half way (a server up, its role not made yet) is stopped too.
  touch "$started"
  pg start >/dev/null || { echo "with-postgres.sh: no PostgreSQL for the tests (STANCELOG_PG_SKIP=1 skips them)" >&2; exit 1; }
fi
lock -u 8
STANCELOG_PG_URL="$(pg url)"
export STANCELOG_PG_URL
"$@" 8>&-
