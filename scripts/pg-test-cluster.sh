#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests: `start DIR` makes (once) and starts a cluster in DIR
# that listens on 127.0.0.1 only, on a free port, with trust authentication, and writes the libpq
# connection words to DIR/conninfo; `stop DIR` stops it. Durability is switched off, since it holds
# test data only, unless POS_PG_DURABLE=1 (fsync, synchronous_commit and full_page_writes on, as a
# real store runs it; scripts/bench-server.sh sets it so both databases pay for durable commits).
# As root the cluster runs as the `postgres` user, since initdb refuses to run as root.
set -euo pipefail

usage() {
  echo "usage: $0 start|stop DIR" >&2
  exit 2
}
[ $# -eq 2 ] || usage
command=$1
dir=$(realpath -m "$2")

pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$pg_bin" ] || [ ! -x "$pg_bin/initdb" ]; then
  echo "pg-test-cluster: no PostgreSQL server under /usr/lib/postgresql; run scripts/install-deps.sh" >&2
  exit 1
fi

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

running() {
  [ -f "$dir/data/PG_VERSION" ] && as_owner "$pg_bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1
}

start() {
  mkdir -p "$dir"
  [ "$(id -u)" -ne 0 ] || chown postgres: "$dir"
  if running; then
    echo "pg-test-cluster: already running in $dir ($(cat "$dir/conninfo"))"
    return 0
  fi
  if [ ! -f "$dir/data/PG_VERSION" ]; then
    as_owner "$pg_bin/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 \
      --no-sync >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    printf 'local all all trust\nhost all all 127.0.0.1/32 trust\n' | as_owner tee "$dir/data/pg_hba.conf" >/dev/null
  fi
  rm -f "$dir/conninfo"
  local durability="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  [ "${POS_PG_DURABLE:-0}" != 1 ] || durability="-c fsync=on -c synchronous_commit=on -c full_page_writes=on"
  # A restarted cluster keeps its port, so clients find it again. A port free now may be taken
  # before the server binds it; then try another.
  for attempt in 1 2 3 4 5; do
    port=$((20000 + RANDOM % 40000))
    [ "$attempt" -ne 1 ] || [ ! -f "$dir/port" ] || port=$(cat "$dir/port")
    port_in_use "$port" && continue
    if as_owner "$pg_bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start -o \
      "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories='$dir' -c max_connections=300 \
       $durability" >/dev/null; then
      echo "$port" >"$dir/port"
      echo "host=127.0.0.1 port=$port dbname=postgres user=postgres" >"$dir/conninfo"
      echo "pg-test-cluster: running in $dir on port $port (attempt $attempt)"
      return 0
    fi
  done
  echo "pg-test-cluster: the server did not start; see $dir/server.log" >&2
  tail -n 20 "$dir/server.log" >&2 || true
  exit 1
}

stop() {
  if running; then
    as_owner "$pg_bin/pg_ctl" -D "$dir/data" -w -t 60 stop -m fast >/dev/null
    echo "pg-test-cluster: stopped $dir"
  fi
  rm -f "$dir/conninfo"
}

case "$command" in
  start) start ;;
  stop) stop ;;
  *) usage ;;
esac
