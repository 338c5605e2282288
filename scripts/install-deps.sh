#!/usr/bin/env bash
# Installs every Debian 12 package the project needs to build, run the demo and run the tests.
# Idempotent: packages already present are skipped by apt. Must run as root (or through sudo).
set -euo pipefail

packages=(
  build-essential cmake ninja-build ccache pkg-config gettext
  libwxgtk3.2-dev libboost-dev libboost-filesystem-dev libboost-locale-dev libicu-dev
  libpoco-dev libsqlite3-dev sqlite3 libpq-dev postgresql libusb-1.0-0-dev libsodium-dev libcairo2-dev libqrencode-dev libzbar-dev libzint-dev libcsv-dev
  espeak-ng libespeak-ng-dev
  libcli11-dev googletest libgtest-dev libgmock-dev libbenchmark-dev
  xvfb xauth imagemagick fonts-wqy-microhei
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages already installed"
  exit 0
fi

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
echo "install-deps: installing ${missing[*]}"
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
