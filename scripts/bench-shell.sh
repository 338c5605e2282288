#!/usr/bin/env bash
# Shell start-up figures under Xvfb with every bundled plugin: wall time from exec to the first
# screen and exit, and the shell's own first_screen_ms (median of N runs), each plugin's load/init/start ms
# (median), and the idle shell's peak resident memory. Prints figures; asserts nothing.
# Usage: scripts/bench-shell.sh [BUILD_DIR] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build}"
runs="${2:-10}"
pos="$build/bin/pos"
[ -x "$pos" ] || { echo "bench-shell: $pos not built; run scripts/build.sh first" >&2; exit 1; }

inner=$(mktemp)
trap 'rm -f "$inner"' EXIT
cat > "$inner" <<'INNER'
set -euo pipefail
pos="$1"; runs="$2"
median() { sort -n | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else printf "%.1f\n", (a[NR/2]+a[NR/2+1])/2}'; }
data=$(mktemp -d)
walls=(); firsts=(); plugin_lines=()
for i in $(seq "$runs"); do
  start=$(date +%s%N)
  out=$("$pos" --demo --data-dir "$data" --exit-after-first-screen 2>/dev/null)
  end=$(date +%s%N)
  walls+=($(( (end - start) / 1000000 )))
  firsts+=($(sed -n 's/^first_screen_ms=//p' <<<"$out"))
  while read -r line; do plugin_lines+=("$line"); done < <(grep '^plugin_ms ' <<<"$out")
done
echo "runs: $runs"
echo "exec to exit right after the first screen (start-up + shutdown), wall ms: median $(printf '%s\n' "${walls[@]}" | median)  (min $(printf '%s\n' "${walls[@]}" | sort -n | head -1), max $(printf '%s\n' "${walls[@]}" | sort -n | tail -1))"
echo "main() to first screen, ms:    median $(printf '%s\n' "${firsts[@]}" | median)"
for id in $(printf '%s\n' "${plugin_lines[@]}" | sed -n 's/.* id=\([^ ]*\).*/\1/p' | sort -u); do
  for step in load init start; do
    m=$(printf '%s\n' "${plugin_lines[@]}" | grep " id=$id " | sed -n "s/.* $step=\([0-9.]*\).*/\1/p" | median)
    printf 'plugin %-12s %-5s ms: median %s\n' "$id" "$step" "$m"
  done
done
"$pos" --demo --data-dir "$data" >/dev/null 2>&1 &
pid=$!
sleep 5
echo "idle shell after 5 s: $(grep -E 'VmHWM|VmRSS' /proc/$pid/status | tr -s ' \t' ' ' | tr '\n' ' ')"
kill "$pid"; wait "$pid" 2>/dev/null || true
rm -rf "$data"
INNER
xvfb-run -a -s "-screen 0 1280x800x24" bash "$inner" "$pos" "$runs"
