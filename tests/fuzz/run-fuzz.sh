#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (libFuzzer + ASan + UBSan) in their own build directory
# and runs each for a bounded time on its seed corpus (tests/fuzz/corpus/<name>). SECONDS is the
# budget of the whole run, split evenly between the targets (at least 5 s each), so adding a
# target does not lengthen CI. Exits non-zero when a fuzzer finds a crash, a sanitizer report or
# a violated property (the crashing input is kept under <build>/fuzz-artifacts/).
#
#   tests/fuzz/run-fuzz.sh [SECONDS]           default 60, for all targets together
#   MOTCUA_FUZZ_TARGETS="protocol legacy_csv"  only these (default: all)
#   MOTCUA_FUZZ_BUILD_DIR=…  build directory     default <source>/build-fuzz
#   MOTCUA_SOURCE_DIR=…      source tree         default the checkout this script is in
set -euo pipefail

seconds="${1:-60}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source_dir="${MOTCUA_SOURCE_DIR:-$(cd "$here/../.." && pwd)}"
build_dir="${MOTCUA_FUZZ_BUILD_DIR:-$source_dir/build-fuzz}"
targets=(${MOTCUA_FUZZ_TARGETS:-protocol legacy_csv legacy_xlsx legacy_encoding bundle})
per_target=$(( seconds / ${#targets[@]} ))
(( per_target >= 5 )) || per_target=5

command -v clang++ >/dev/null || { echo "run-fuzz.sh: clang++ is required (libFuzzer)" >&2; exit 2; }

# Every target is instrumented for coverage and sanitizers; only the fuzz_* programs link libFuzzer.
sanitize="-fsanitize=address,undefined -fsanitize=fuzzer-no-link -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
CC=clang CXX=clang++ cmake -S "$source_dir" -B "$build_dir" -G Ninja \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMOTCUA_FUZZ=ON -DMOTCUA_BUILD_BENCH=OFF \
  -DCMAKE_C_FLAGS="$sanitize" -DCMAKE_CXX_FLAGS="$sanitize" >/dev/null
cmake --build "$build_dir" --target "${targets[@]/#/fuzz_}"

# New inputs go to a working corpus in the build directory, never into the checked-in seeds.
artifacts="$build_dir/fuzz-artifacts"
mkdir -p "$artifacts"

export ASAN_OPTIONS="${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}"
for name in "${targets[@]}"; do
  corpus="$build_dir/fuzz-corpus/$name"
  mkdir -p "$corpus"
  # -max_len: push bodies are up to 4 MiB, but the parsers' paths are all reached by small inputs.
  "$build_dir/tests/fuzz/fuzz_$name" -max_total_time="$per_target" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$artifacts/" "$corpus" "$here/corpus/$name"
done
