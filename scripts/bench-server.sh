#!/usr/bin/env bash
# Load figures for pos-server on loopback: requests per second and p50/p99 latency of a points-earn
# request at 32 connections (wrk, tests/load/points_earn.lua), against SQLite, against PostgreSQL
# and against pos-bare-server (a Poco handler that returns a constant) in the same run, with the
# ratio of each to the bare handler. Every target runs RUNS times (default 3); medians are printed.
# Both databases are durable here: SQLite with synchronous=FULL, PostgreSQL with fsync on.
#   scripts/bench-server.sh [RUNS] [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
seconds=${2:-10}
connections=32
members=100
build_dir="${POS_BUILD_DIR:-build}"
bin="$build_dir/bin"
lua="tests/load/points_earn.lua"

need=()
for tool in wrk curl; do command -v "$tool" >/dev/null || need+=("$tool"); done
if [ ${#need[@]} -gt 0 ]; then
  [ "$(id -u)" -eq 0 ] || { echo "bench-server: install ${need[*]} (apt-get install ${need[*]})" >&2; exit 1; }
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${need[@]}" >/dev/null
fi
cmake --build "$build_dir" --target pos-server pos-bare-server -j2 >/dev/null

work=$(mktemp -d /tmp/pos-bench.XXXXXX)
chmod 711 "$work"  # as root the PostgreSQL cluster below runs as `postgres`, which must reach its folder
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true; done
  [ ! -f "$work/pg/conninfo" ] || scripts/pg-test-cluster.sh stop "$work/pg" >/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 40000))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
}

wait_healthy() {
  for _ in $(seq 100); do
    curl -sf "http://127.0.0.1:$1/healthz" >/dev/null && return 0
    sleep 0.1
  done
  echo "bench-server: the server on port $1 did not come up" >&2
  exit 1
}

# Enrols an admin device and makes the members the requests spread over; prints the token.
prepare() {
  local db=$1 port=$2 code token
  code=$("$bin/pos-server" enrol-code --db "$db" --role admin --store S001 2>/dev/null)
  token=$(curl -sf -H 'Content-Type: application/json' -d "{\"code\":\"$code\",\"name\":\"bench\"}" \
    "http://127.0.0.1:$port/api/v1/enrol" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
  for i in $(seq "$members"); do
    curl -sf -o /dev/null -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
      -d "{\"card\":\"$((90000000 + i))\"}" "http://127.0.0.1:$port/api/v1/members"
  done
  echo "$token"
}

# Runs wrk RUNS times; prints "rps p50_us p99_us" medians.
measure() {
  local port=$1 token=$2 label=$3 out="$work/$3.txt"
  : >"$out"
  for run in $(seq "$runs"); do
    wrk -t2 -c"$connections" -d"${seconds}s" -s "$lua" "http://127.0.0.1:$port" -- "$token" 1 "$members" "$label$run-$$" |
      grep '^RESULT' | tee -a "$work/raw.txt" >>"$out"
  done
  if grep -q 'failed=[1-9]' "$out"; then
    echo "bench-server: some $label requests failed:" >&2
    cat "$out" >&2
  fi
  local field
  for field in rps p50_us p99_us; do
    sed -n "s/.*$field=\([0-9]*\).*/\1/p" "$out" | sort -n | awk '{v[NR]=$1} END {printf "%s ", v[int((NR+1)/2)]}'
  done
  echo
}

serve() {
  local db=$1 port=$2
  "$bin/pos-server" --db "$db" --listen "127.0.0.1:$port" --threads 64 --plugins "$work/no-plugins" \
    >"$work/server-$port.log" 2>&1 &
  pids+=($!)
  wait_healthy "$port"
}

mkdir -p "$work/no-plugins"
echo "bench-server: $runs runs of ${seconds}s at $connections connections; load average $(cut -d' ' -f1-3 /proc/loadavg)"

bare_port=$(free_port)
"$bin/pos-bare-server" --listen "127.0.0.1:$bare_port" --threads 64 >/dev/null 2>&1 &
pids+=($!)
for _ in $(seq 50); do (exec 3<>"/dev/tcp/127.0.0.1/$bare_port") 2>/dev/null && break; sleep 0.1; done
read -r bare_rps bare_p50 bare_p99 < <(measure "$bare_port" none bare)

sqlite_port=$(free_port)
serve "$work/bench.db" "$sqlite_port"
token=$(prepare "$work/bench.db" "$sqlite_port")
read -r sqlite_rps sqlite_p50 sqlite_p99 < <(measure "$sqlite_port" "$token" sqlite)

pg_rps="" pg_p50="" pg_p99=""
if POS_PG_DURABLE=1 scripts/pg-test-cluster.sh start "$work/pg" >/dev/null; then
  conninfo=$(cat "$work/pg/conninfo")
  pg_port=$(free_port)
  serve "$conninfo" "$pg_port"
  token=$(prepare "$conninfo" "$pg_port")
  read -r pg_rps pg_p50 pg_p99 < <(measure "$pg_port" "$token" postgres)
else
  echo "bench-server: no PostgreSQL cluster (run as root after scripts/install-deps.sh); skipping it" >&2
fi

ratio() { [ -n "$1" ] && awk -v a="$1" -v b="$bare_rps" 'BEGIN {printf "%.2f", a / b}' || echo "-"; }
printf '\n%-22s %10s %10s %10s %14s\n' target "req/s" "p50 ms" "p99 ms" "ratio to bare"
row() { [ -n "$2" ] && printf '%-22s %10s %10.2f %10.2f %14s\n' "$1" "$2" "$(echo "$3/1000" | bc -l)" "$(echo "$4/1000" | bc -l)" "$(ratio "$2")"; }
row "bare Poco handler" "$bare_rps" "$bare_p50" "$bare_p99"
row "points earn, SQLite" "$sqlite_rps" "$sqlite_p50" "$sqlite_p99"
row "points earn, PostgreSQL" "$pg_rps" "$pg_p50" "$pg_p99" || true
