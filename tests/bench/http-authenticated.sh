#!/usr/bin/env bash
# Authenticated request throughput: wrk against mikro-server's /health (baseline: HTTP core) and
# user/fetch_user_details (bearer token verified, caller resolved, ledger figures aggregated),
# with the devstack's identity provider issuing the token. Loopback only, bounded in time.
# Usage: tests/bench/http-authenticated.sh [build dir] [seconds] [connections]
#   with DATABASE_URL set the server uses that PostgreSQL database, otherwise a temporary SQLite.
set -euo pipefail
build=${1:-build/release}
seconds=${2:-10}
connections=${3:-64}
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill -TERM "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

wait_line() { for _ in $(seq 100); do grep -q "$2" "$1" 2>/dev/null && return 0; sleep 0.1; done; cat "$1"; exit 1; }
"$build/app/devstack/mikro-devstack" --port 0 >"$work/devstack" 2>/dev/null &
pids+=($!)
wait_line "$work/devstack" "issuer http"
issuer=$(sed -n 's/.*issuer \(http[^ ]*\) .*/\1/p' "$work/devstack")
PORT=0 SQLITE_PATH="$work/bench.sqlite" AUTH0_DOMAIN=127.0.0.1 AUTH0_ISSUER_URL="$issuer" \
    QT_LOGGING_RULES="mikro.services.http.access=false" "$build/app/server/mikro-server" >"$work/server" 2>&1 &
pids+=($!)
wait_line "$work/server" "listening on"
port=$(sed -n 's/.*listening on http:\/\/127\.0\.0\.1:\([0-9]*\).*/\1/p' "$work/server")

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
        | sed 's/.*"access_token":"\([^"]*\)".*/\1/')
curl -s -o /dev/null -X POST -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/login"

store=$([ -n "${DATABASE_URL:-}" ] && echo PostgreSQL || echo SQLite)
echo "machine: $(nproc) cores; wrk -t2 -c$connections -d${seconds}s; store: $store"
for path in /health /api/user/fetch_user_details; do
    out=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency -H "Authorization: Bearer $token" "http://127.0.0.1:$port$path")
    printf '%-34s %10s req/s  p50 %s  p99 %s %s\n' "$path" "$(echo "$out" | awk '/Requests\/sec/ {print $2}')" \
        "$(echo "$out" | awk '/ 50%/ {print $2}')" "$(echo "$out" | awk '/ 99%/ {print $2}')" \
        "$(echo "$out" | grep -E 'Non-2xx|Socket errors' | tr '\n' ' ')"
done
