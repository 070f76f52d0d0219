#!/usr/bin/env bash
# setup.sh — installs the Debian 12 packages storyloom needs and builds it
# into ./build (Release).  Usage: tools/setup.sh [cmake build type]
set -euo pipefail
cd "$(dirname "$0")/.."
pkgs=(build-essential cmake pkg-config python3
      libutf8proc-dev libstemmer-dev libjansson-dev libsqlite3-dev libxxhash-dev
      libmicrohttpd-dev curl libopenmpi-dev openmpi-bin)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
type=${1:-Release}
cmake -S . -B build -DCMAKE_BUILD_TYPE="$type" >/dev/null
cmake --build build -j"$(nproc)"
