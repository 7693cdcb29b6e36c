#!/usr/bin/env bash
# A private PostgreSQL cluster for stancelog's tests and benchmarks.
#
#   scripts/postgres.sh start    install PostgreSQL if missing, create the cluster once, start it, print its URL
#   scripts/postgres.sh stop     stop it (the data stays, the next start is quick)
#   scripts/postgres.sh status   say whether it runs
#   scripts/postgres.sh url      print the URL (postgres://user:password@127.0.0.1:port/db)
#   scripts/postgres.sh dir      print the directory of the cluster
#
# Every command is idempotent. The cluster listens on loopback only.
# Settings (environment):
#   STANCELOG_PG_DIR       where the cluster lives      (default /tmp/stancelog-pg)
#   STANCELOG_PG_PORT      its TCP port on 127.0.0.1    (default 54329)
#   STANCELOG_PG_PASSWORD  the password of user stancelog (default stancelog-local)
# Use it in tests with:  export STANCELOG_PG_URL="$(scripts/postgres.sh start)"
set -euo pipefail

DIR="${STANCELOG_PG_DIR:-/tmp/stancelog-pg}"
PORT="${STANCELOG_PG_PORT:-54329}"
PASSWORD="${STANCELOG_PG_PASSWORD:-stancelog-local}"
DB=stancelog
ROLE=stancelog
DATA="$DIR/data"
SOCKETS="$DIR/run"
LOG="$DIR/server.log"

say() { echo "postgres.sh: $*" >&2; }

# The newest installed server's binaries (Debian keeps them out of PATH).
find_bin() {
  local bin
  bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  if [ -n "$bin" ] && [ -x "$bin/pg_ctl" ]; then echo "$bin"; return 0; fi
  if command -v pg_ctl >/dev/null 2>&1; then dirname "$(command -v pg_ctl)"; return 0; fi
  return 1
}

install_server() {
  if find_bin >/dev/null; then return 0; fi
  if [ "$(id -u)" != 0 ]; then
    say "PostgreSQL is not installed and installing it needs root: apt-get install -y postgresql"
    exit 1
  fi
  say "installing Debian's postgresql package"
  apt-get update >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql >&2
}

# Runs a command as the owner of the cluster: `postgres` when we are root
# (initdb and the server refuse to run as root), else ourselves.
as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

url() { echo "postgres://$ROLE:$PASSWORD@127.0.0.1:$PORT/$DB"; }

running() {
  local bin="$1"
  [ -f "$DATA/PG_VERSION" ] && as_owner "$bin/pg_ctl" -D "$DATA" status >/dev/null 2>&1
}

init_cluster() {
  local bin="$1"
  if [ -f "$DATA/PG_VERSION" ]; then return 0; fi
  say "creating a cluster in $DATA"
  mkdir -p "$DIR"
  rm -rf "$DATA"
  mkdir -p "$DATA" "$SOCKETS"
  if [ "$(id -u)" = 0 ]; then chown -R postgres:postgres "$DIR"; fi
  chmod 700 "$DATA"
  # Local (socket) connections of the OS user are trusted; TCP needs a password.
  as_owner "$bin/initdb" -D "$DATA" -U postgres --encoding=UTF8 --locale=C \
    --auth-local=trust --auth-host=scram-sha-256 >"$DIR/initdb.log" 2>&1 || {
    cat "$DIR/initdb.log" >&2
    exit 1
  }
  cat >>"$DATA/postgresql.conf" <<EOF

# stancelog test cluster (scripts/postgres.sh)
listen_addresses = '127.0.0.1'
port = $PORT
unix_socket_directories = '$SOCKETS'
max_connections = 200
shared_buffers = 256MB
EOF
}

start() {
  install_server
  local bin
  bin="$(find_bin)"
  init_cluster "$bin"
  mkdir -p "$SOCKETS"
  if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$SOCKETS" "$DIR"; fi
  if ! running "$bin"; then
    say "starting PostgreSQL on 127.0.0.1:$PORT"
    if [ "$(id -u)" = 0 ]; then touch "$LOG" && chown postgres:postgres "$LOG"; fi
    as_owner "$bin/pg_ctl" -D "$DATA" -l "$LOG" -w -t 60 start >/dev/null || {
      tail -n 20 "$LOG" >&2
      exit 1
    }
  fi
  local psql=("$bin/psql" -X -q -v ON_ERROR_STOP=1 -h "$SOCKETS" -p "$PORT" -U postgres)
  if [ "$(as_owner "${psql[@]}" -d postgres -tAc "select 1 from pg_roles where rolname = '$ROLE'")" != 1 ]; then
    as_owner "${psql[@]}" -d postgres -c "create role $ROLE login password '$PASSWORD'"
  else
    # Keeps the password in step with STANCELOG_PG_PASSWORD.
    as_owner "${psql[@]}" -d postgres -c "alter role $ROLE password '$PASSWORD'"
  fi
  if [ "$(as_owner "${psql[@]}" -d postgres -tAc "select 1 from pg_database where datname = '$DB'")" != 1 ]; then
    as_owner "${psql[@]}" -d postgres -c "create database $DB owner $ROLE"
  fi
  url
}

stop() {
  local bin
  if ! bin="$(find_bin)"; then say "PostgreSQL is not installed"; return 0; fi
  if running "$bin"; then
    as_owner "$bin/pg_ctl" -D "$DATA" -m fast -w stop >/dev/null
    say "stopped"
  else
    say "not running"
  fi
}

status() {
  local bin
  if ! bin="$(find_bin)"; then say "PostgreSQL is not installed"; exit 3; fi
  if running "$bin"; then
    say "running on 127.0.0.1:$PORT (cluster $DATA)"
  else
    say "not running (cluster $DATA)"
    exit 3
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  url) url ;;
  dir) echo "$DIR" ;;
  *)
    echo "usage: $0 start|stop|status|url|dir" >&2
    exit 2
    ;;
esac
