#!/usr/bin/env bash
# Fuzzes pos-server's request path with libFuzzer for SECONDS (default 60): installs clang and its
# runtime if missing, configures build-fuzz with clang and POS_FUZZ=ON, builds only
# pos_fuzz_request, runs it on a copy of tests/fuzz/request (the checked-in corpus stays as it is)
# and prints executions per second and coverage. A crash leaves its input in build-fuzz/findings.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
build_dir="${POS_FUZZ_BUILD_DIR:-build-fuzz}"

missing=()
for p in clang libclang-rt-14-dev; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  echo "fuzz: installing ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
  -DPOS_FUZZ=ON -DPOS_BUILD_SHELL=OFF -DPOS_BUILD_TESTS=OFF >/dev/null
cmake --build "$build_dir" --target pos_fuzz_request -j "${POS_JOBS:-2}"

work="$build_dir/fuzz-corpus"
findings="$build_dir/findings"
rm -rf "$work"
mkdir -p "$work" "$findings"
cp tests/fuzz/request/*.txt "$work/"
log="$build_dir/fuzz.log"
set +e
"$build_dir/bin/pos_fuzz_request" "$work" -max_total_time="$seconds" -max_len=4096 -print_final_stats=1 \
  -artifact_prefix="$findings/" >"$log" 2>&1
status=$?
set -e
grep -E "^#[0-9]+.*(DONE|pulse)" "$log" | tail -n 1
grep -E "stat::number_of_executed_units|stat::average_exec_per_sec|stat::peak_rss_mb" "$log" || true
echo "fuzz: $(ls "$work" | wc -l) inputs in the working corpus ($(ls tests/fuzz/request/*.txt | wc -l) checked in)"
if [ $status -ne 0 ]; then
  echo "fuzz: libFuzzer stopped with status $status; the failing input is in $findings, the log in $log" >&2
  grep -E "invariant broken|ERROR:|SUMMARY:" "$log" | head -n 5 >&2 || true
  exit $status
fi
