#!/usr/bin/env bash
# Installs what the project needs, builds it and opens the shell in demo mode: simulated devices,
# the bundled plugins, a local SQLite lane database under build/demo/data.
# Without a display (a server, CI), it runs the shell under Xvfb and saves a screenshot instead.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
build_dir="${POS_BUILD_DIR:-build}"
# The virtual receipt printer takes the demo's receipts on 127.0.0.1:9100 and prints them as
# PNG files into build/demo/receipts/; it stops when this script exits.
vprinter="$build_dir/bin/pos-virtual-printer"
if [ -x "$vprinter" ]; then
  mkdir -p "$build_dir/demo/receipts"
  "$vprinter" --listen 127.0.0.1:9100 --out "$build_dir/demo/receipts" >"$build_dir/demo/printer.log" 2>&1 &
  vprinter_pid=$!
  trap 'kill "$vprinter_pid" 2>/dev/null && wait "$vprinter_pid" 2>/dev/null; true' EXIT
  echo "demo: virtual receipt printer on 127.0.0.1:9100, receipts in $build_dir/demo/receipts (log: $build_dir/demo/printer.log)"
fi
if [ -n "${DISPLAY:-}" ]; then
  "$build_dir/bin/pos" --demo "$@"
  exit
fi
shot="$build_dir/demo/screenshot.png"
echo "demo: no DISPLAY; running the shell under Xvfb and saving $shot"
xvfb-run -a -s "-screen 0 1280x800x24" "$build_dir/bin/pos" --demo --screenshot "$shot" "$@"
echo "demo: screenshot saved to $shot"
