#!/usr/bin/env bash
# Installs what the project needs, builds it and opens the shell in demo mode: simulated devices,
# the bundled plugins, a local SQLite lane database under build/demo/data.
# Without a display (a server, CI), it runs the shell under Xvfb and saves a screenshot instead.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
build_dir="${POS_BUILD_DIR:-build}"
if [ -n "${DISPLAY:-}" ]; then
  exec "$build_dir/bin/pos" --demo "$@"
fi
shot="$build_dir/demo/screenshot.png"
echo "demo: no DISPLAY; running the shell under Xvfb and saving $shot"
xvfb-run -a -s "-screen 0 1280x800x24" "$build_dir/bin/pos" --demo --screenshot "$shot" "$@"
echo "demo: screenshot saved to $shot"
