#!/usr/bin/env bash
# Runs a command with LIVEGIFT_TEST_DATABASE_URL pointing at a PostgreSQL the server tests may use.
# When the variable is already set, the command just runs. Otherwise this installs Debian's postgresql when
# it is missing (as root), starts a throwaway cluster on a free port, and stops and deletes it at exit.
set -euo pipefail
if [ -n "${LIVEGIFT_TEST_DATABASE_URL:-}" ]; then exec "$@"; fi

bin_dir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }
if [ -z "$(bin_dir)" ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  else
    echo "PostgreSQL is missing: sudo apt-get install postgresql (or set LIVEGIFT_TEST_DATABASE_URL)" >&2
    exit 1
  fi
fi
BIN="$(bin_dir)"
PORT="$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
DIR="$(mktemp -d /tmp/livegift-pg-XXXXXX)"
as_owner() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi; }
if [ "$(id -u)" = 0 ]; then chown postgres "$DIR"; fi
stop() {
  as_owner "'$BIN/pg_ctl' -D '$DIR/data' -m immediate stop" >/dev/null 2>&1 || true
  rm -rf "$DIR"
}
trap stop EXIT
as_owner "'$BIN/initdb' -D '$DIR/data' -U postgres --auth=trust -E UTF8" >/dev/null
as_owner "'$BIN/pg_ctl' -D '$DIR/data' -o \"-p $PORT -k '$DIR' -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=on\" -l '$DIR/log' -w start" >/dev/null
export LIVEGIFT_TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$PORT/postgres"
echo "PostgreSQL for the tests: $LIVEGIFT_TEST_DATABASE_URL"
"$@"
