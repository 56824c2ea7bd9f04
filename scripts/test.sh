#!/usr/bin/env bash
# The test command: installs what is missing, builds with warnings as errors, checks the format
# runs every test, then fuzzes the protocol parsers for a bounded time.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/check-format.sh
bash scripts/build.sh
(cd build && ctest --output-on-failure -j2 --timeout 900)
# The protocol parsers under libFuzzer (clang, ASan, UBSan) for a bounded time.
bash tests/fuzz/run-fuzz.sh "${MOTCUA_FUZZ_SECONDS:-45}"
