#!/usr/bin/env bash
# Authenticated request throughput: wrk against mikro-server's /health (baseline: HTTP core) and
# user/fetch_user_details (bearer token verified, caller resolved, ledger figures aggregated),
# with the devstack's identity provider issuing the token. Loopback only, bounded in time.
# Usage: tests/bench/http-authenticated.sh [build dir] [seconds] [connections]
#   with DATABASE_URL set the server uses that PostgreSQL database, otherwise a temporary SQLite.
#   MIKRO_BENCH_SMOKE=1: 1 s runs with 4 connections (CI: it must run to the end).
# Exit status: 1 when a run has non-2xx answers, socket errors or no requests at all.
set -euo pipefail
build=${1:-build/release}
if [ "${MIKRO_BENCH_SMOKE:-0}" = 1 ]; then
    seconds=${2:-1}
    connections=${3:-4}
else
    seconds=${2:-10}
    connections=${3:-64}
fi
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill -TERM "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

source "$(dirname "$0")/devstack-session.sh"
login=$(curl -s -o "$work/login" -w '%{http_code}' -X POST -H "Authorization: Bearer $token" \
        "http://127.0.0.1:$port/api/login")
[ "$login" = 200 ] || { cat "$work/login"; echo; echo "http-authenticated.sh: login answered $login" >&2; exit 1; }

store=$([ -n "${DATABASE_URL:-}" ] && echo PostgreSQL || echo SQLite)
echo "machine: $(nproc) cores; wrk -t2 -c$connections -d${seconds}s; store: $store"
failed=0
for path in /health /api/user/fetch_user_details; do
    out=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency -H "Authorization: Bearer $token" "http://127.0.0.1:$port$path")
    rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
    errors=$(echo "$out" | grep -E 'Non-2xx or 3xx responses|Socket errors' | tr '\n' ' ' || true)
    printf '%-34s %10s req/s  p50 %s  p99 %s %s\n' "$path" "${rps:-?}" \
        "$(echo "$out" | awk '/ 50%/ {print $2}')" "$(echo "$out" | awk '/ 99%/ {print $2}')" "$errors"
    # Any error answer or socket error, or no request at all, fails the run (smoke mode in CI).
    if [ -n "$errors" ] || [ -z "$rps" ] || ! awk -v r="$rps" 'BEGIN { exit !(r > 0) }'; then
        echo "http-authenticated.sh: FAILED $path: ${errors:-${rps:-no} req/s}" >&2
        failed=1
    fi
done
exit "$failed"
