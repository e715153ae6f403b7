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

# At most 30 s (a sanitizer build starts slowly), then the log is shown and the run fails.
wait_line() { for _ in $(seq 300); do grep -q "$2" "$1" 2>/dev/null && return 0; sleep 0.1; done; cat "$1"; exit 1; }
"$build/app/devstack/mikro-devstack" --port 0 >"$work/devstack" 2>/dev/null &
pids+=($!)
wait_line "$work/devstack" "issuer http"
# "identity provider: issuer http://127.0.0.1:PORT/": the URL ends the line.
issuer=$(sed -n 's/.*issuer \(http[^ ]*\).*/\1/p' "$work/devstack" | head -n 1)
[ -n "$issuer" ] || { cat "$work/devstack"; echo "http-authenticated.sh: no issuer" >&2; exit 1; }
PORT=0 SQLITE_PATH="$work/bench.sqlite" AUTH0_DOMAIN=127.0.0.1 AUTH0_ISSUER_URL="$issuer" \
    QT_LOGGING_RULES="mikro.services.http.access=false" "$build/app/server/mikro-server" >"$work/server" 2>&1 &
pids+=($!)
wait_line "$work/server" "listening on http://"
port=$(sed -n 's/.*listening on http:\/\/127\.0\.0\.1:\([0-9]*\).*/\1/p' "$work/server" | head -n 1)

# The PKCE dance, with RFC 7636's example verifier.
verifier=dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk
challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM
redirect=http://127.0.0.1:53682/callback
page=$(curl -s "${issuer}authorize?response_type=code&client_id=mikro-desktop&redirect_uri=$redirect&scope=openid&state=s&code_challenge=$challenge&code_challenge_method=S256")
txn=$(echo "$page" | grep -o 'name="transaction" value="[^"]*"' | sed 's/.*value="//;s/"$//')
code=$(curl -s -o /dev/null -w '%{redirect_url}' --data-urlencode "transaction=$txn" \
       --data-urlencode 'subject=auth0|devstack-mapper-1' "${issuer}authorize" | sed 's/.*code=//;s/&.*//')
token=$(curl -s -d grant_type=authorization_code -d client_id=mikro-desktop -d code="$code" \
        -d code_verifier=$verifier -d redirect_uri=$redirect "${issuer}oauth/token" \
        | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
[ -n "$token" ] || { echo "http-authenticated.sh: no access token from the devstack" >&2; exit 1; }
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
