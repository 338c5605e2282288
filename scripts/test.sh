#!/usr/bin/env bash
# Installs what the project needs, builds everything (test plugins included) and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh "$@"
build_dir="${POS_BUILD_DIR:-build}"
cmake --build "$build_dir" -j "${POS_JOBS:-2}" --target pos_test_plugins
cd "$build_dir"
# As root the PostgreSQL test cluster can always be made, so a test that finds none fails rather than skips.
[ "$(id -u)" -ne 0 ] || export POS_REQUIRE_POSTGRES=1
ctest --output-on-failure -j "${POS_JOBS:-2}" --timeout 300
