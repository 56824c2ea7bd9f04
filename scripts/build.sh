#!/usr/bin/env bash
# Configures and builds MotCua in ./build (warnings are errors).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMOTCUA_WERROR=ON >/dev/null
cmake --build build -j"$(nproc)"
