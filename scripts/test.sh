#!/usr/bin/env bash
# Installs what the project needs, builds everything (test plugins included) and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh "$@"
build_dir="${POS_BUILD_DIR:-build}"
cmake --build "$build_dir" -j "${POS_JOBS:-2}" --target pos_test_plugins
cd "$build_dir"
ctest --output-on-failure -j "${POS_JOBS:-2}" --timeout 300
