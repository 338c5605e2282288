#!/usr/bin/env bash
# Configures and builds the whole project into build/ (Ninja, ccache, RelWithDebInfo).
# Extra arguments go to CMake, e.g. scripts/build.sh -DPOS_SANITIZE=ON
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir="${POS_BUILD_DIR:-build}"
# CI builds a fresh clone each time: let ccache reuse objects compiled in another checkout.
if [ "${CI:-}" = "true" ]; then
  export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=true
fi
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="${POS_BUILD_TYPE:-RelWithDebInfo}" "$@"
cmake --build "$build_dir" -j "${POS_JOBS:-2}"
