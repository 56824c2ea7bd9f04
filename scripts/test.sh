#!/usr/bin/env bash
# The test command: installs what is missing, builds with warnings as errors, checks the format
# and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/check-format.sh
bash scripts/build.sh
cd build
ctest --output-on-failure -j2 --timeout 900
