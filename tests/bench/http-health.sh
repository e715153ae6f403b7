#!/usr/bin/env bash
# HTTP core throughput: wrk against mikro-server's /health (HTTP core alone: the baseline) and
# /api/health (plus a SELECT 1 on the store), in one run so that the ratio is measured under the
# same machine load. Loopback only; every wrk run is bounded in time.
# Usage: tests/bench/http-health.sh [path/to/mikro-server] [seconds] [connections]
# Build first: cmake -S . -B build/release -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=OFF
#              cmake --build build/release --target mikro-server
set -euo pipefail
server=${1:-build/release/app/server/mikro-server}
seconds=${2:-10}
connections=${3:-64}
command -v wrk >/dev/null || { echo "wrk is missing: bash scripts/install-deps.sh" >&2; exit 1; }

work=$(mktemp -d)
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

run_server() { # $1: extra logging rules
    # With DATABASE_URL set, the store is that PostgreSQL database; otherwise a temporary SQLite file.
    # /health and /api/health need no token: an issuer that is never asked is enough.
    PORT=0 SQLITE_PATH="$work/bench.sqlite" AUTH0_DOMAIN=127.0.0.1 \
        AUTH0_ISSUER_URL=http://127.0.0.1:9/ SYNC_INTERVAL_MINUTES=0 QT_LOGGING_RULES="$1" \
        "$server" >"$work/out" 2>"$work/err" &
    pid=$!
    for _ in $(seq 300); do
        port=$(sed -n 's/.*listening on http:\/\/127\.0\.0\.1:\([0-9]*\).*/\1/p' "$work/out")
        [ -n "$port" ] && return 0
        sleep 0.1
    done
    echo "server did not start"; cat "$work/err"; exit 1
}
stop_server() { kill -TERM "$pid"; wait "$pid" || true; pid=""; }

measure() { # $1 label, $2 path
    local rps lat
    out=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency "http://127.0.0.1:$port$2")
    rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
    lat=$(echo "$out" | awk '/ 50%/ {p50=$2} / 99%/ {p99=$2} END {print "p50 " p50 ", p99 " p99}')
    errors=$(echo "$out" | grep -E 'Non-2xx|Socket errors' || true)
    printf '%-38s %10s req/s  %s %s\n' "$1" "$rps" "$lat" "$errors"
    # A run with errors or without a single answer measured nothing: fail, so it cannot rot.
    if [ -n "$errors" ] || [ -z "$rps" ] || awk -v r="$rps" 'BEGIN {exit !(r + 0 == 0)}'; then
        echo "FAILED $2: ${errors:-no requests answered}" >&2
        exit 1
    fi
}

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); wrk -t2 -c$connections -d${seconds}s"
run_server "mikro.services.http.access=false"
measure "/health (HTTP core, baseline)" /health
measure "/api/health (+ SELECT 1, $([ -n "${DATABASE_URL:-}" ] && echo PostgreSQL || echo SQLite))" /api/health
stop_server
run_server ""
measure "/health with access log on" /health
stop_server
