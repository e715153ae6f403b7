#!/usr/bin/env bash
# libFuzzer on the server's parsers (issue #15 §5): the HTTP request reader, JSON request bodies,
# JWT and JWKS input, the Tasking Manager's bodies and a payment provider's results CSV
# (tests/fuzz). Builds them with clang (-fsanitize=fuzzer,address,undefined) in build/fuzz, runs
# each for the given time from its kept corpus, with leak detection and a memory limit, then merges
# what it found into tests/fuzz/corpus/<target> (only inputs that add coverage), which CTest
# replays in every build. Exit 1 when any target crashed, leaked, ran out of memory or timed out;
# the input is left in build/fuzz/artifacts.
#   bash scripts/fuzz.sh                  # every target, 600 s each, two at a time
#   bash scripts/fuzz.sh 60 fuzz_jwt      # one target, 60 s
#   MIKRO_FUZZ_PARALLEL=5: all five at once (default: one per core); MIKRO_FUZZ_JOBS: build jobs
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_http_request fuzz_json_body fuzz_jwt fuzz_tm4_body fuzz_provider_csv)
build=build/fuzz
command -v clang++ >/dev/null || { echo "fuzz.sh: clang is not installed (bash scripts/install-deps.sh)" >&2; exit 1; }

cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
    -DCMAKE_CXX_COMPILER_LAUNCHER="$(command -v ccache || true)" \
    -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined" \
    -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" \
    -DMIKRO_FUZZ=ON -DMIKRO_BUILD_DESKTOP=OFF >/dev/null
cmake --build "$build" --parallel "${MIKRO_FUZZ_JOBS:-$(nproc)}" --target "${targets[@]}" >"$build/build.log" 2>&1 \
    || { tail -40 "$build/build.log"; exit 1; }

mkdir -p "$build/artifacts" "$build/logs"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
run() { # target: fuzz from a scratch copy of the corpus, then merge the new finds back
    local target=$1 scratch="$build/corpus/$1"
    rm -rf "$scratch"
    mkdir -p "$scratch"
    cp tests/fuzz/corpus/"$target"/* "$scratch"/
    local code=0
    "$build/tests/fuzz/$target" "$scratch" -max_total_time="$seconds" -rss_limit_mb=2048 \
        -timeout=10 -max_len=16384 -print_final_stats=1 \
        -artifact_prefix="$build/artifacts/$target-" >"$build/logs/$target.log" 2>&1 || code=$?
    "$build/tests/fuzz/$target" -merge=1 tests/fuzz/corpus/"$target" "$scratch" \
        >"$build/logs/$target.merge.log" 2>&1 || true
    local execs
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$build/logs/$target.log" | tail -n 1)
    local rss
    rss=$(sed -n 's/^stat::peak_rss_mb: *//p' "$build/logs/$target.log" | tail -n 1)
    local kept
    kept=$(find tests/fuzz/corpus/"$target" -type f | wc -l)
    printf '%-20s %6ss %12s runs  peak RSS %5s MB  corpus %4s  %s\n' "$target" "$seconds" \
        "${execs:-?}" "${rss:-?}" "$kept" "$([ "$code" = 0 ] && echo ok || echo "FAILED (exit $code)")"
    return "$code"
}
failed=0
pending=()
for target in "${targets[@]}"; do
    run "$target" &
    pending+=($!)
    if [ ${#pending[@]} -ge "${MIKRO_FUZZ_PARALLEL:-$(nproc)}" ]; then
        wait "${pending[0]}" || failed=1
        pending=("${pending[@]:1}")
    fi
done
for pid in "${pending[@]}"; do wait "$pid" || failed=1; done
if [ "$failed" != 0 ]; then
    echo "fuzz.sh: a target failed; its log is in $build/logs, the input in $build/artifacts" >&2
    exit 1
fi
echo "fuzz.sh: 0 crashes, 0 leaks, every target within 2048 MB"
