#!/usr/bin/env bash
# Builds fuzz_protocol with clang (libFuzzer + ASan + UBSan) in its own build directory and runs it
# for a bounded time on the seed corpus. Exits non-zero when the fuzzer finds a crash, a sanitizer
# report or a violated property (the crashing input is kept under <build>/fuzz-artifacts/).
#
#   tests/fuzz/run-fuzz.sh [SECONDS]           default 60
#   MOTCUA_FUZZ_BUILD_DIR=…  build directory     default <source>/build-fuzz
#   MOTCUA_SOURCE_DIR=…      source tree         default the checkout this script is in
set -euo pipefail

seconds="${1:-60}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source_dir="${MOTCUA_SOURCE_DIR:-$(cd "$here/../.." && pwd)}"
build_dir="${MOTCUA_FUZZ_BUILD_DIR:-$source_dir/build-fuzz}"
seeds="$here/corpus/protocol"

command -v clang++ >/dev/null || { echo "run-fuzz.sh: clang++ is required (libFuzzer)" >&2; exit 2; }

# Every target is instrumented for coverage and sanitizers; only fuzz_protocol links libFuzzer.
sanitize="-fsanitize=address,undefined -fsanitize=fuzzer-no-link -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
CC=clang CXX=clang++ cmake -S "$source_dir" -B "$build_dir" -G Ninja \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMOTCUA_FUZZ=ON -DMOTCUA_BUILD_BENCH=OFF \
  -DCMAKE_C_FLAGS="$sanitize" -DCMAKE_CXX_FLAGS="$sanitize" >/dev/null
cmake --build "$build_dir" --target fuzz_protocol

# New inputs go to a working corpus in the build directory, never into the checked-in seeds.
corpus="$build_dir/fuzz-corpus/protocol"
artifacts="$build_dir/fuzz-artifacts"
mkdir -p "$corpus" "$artifacts"

export ASAN_OPTIONS="${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}"
# -max_len: push bodies are up to 4 MiB, but the parsers' paths are all reached by small inputs.
"$build_dir/tests/fuzz/fuzz_protocol" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
  -print_final_stats=1 -artifact_prefix="$artifacts/" "$corpus" "$seeds"
