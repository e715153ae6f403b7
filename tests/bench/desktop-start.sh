#!/usr/bin/env bash
# Cold start of the desktop to its dashboard painted with data (issue #12; target under 1 s):
# starts the devstack and mikro-server (a fresh SQLite store), signs the devstack's mapper in
# with the PKCE flow, then times bench_DesktopStart — a fresh process that builds the shell on
# the HttpBackend, reads the person and their dashboard from the server and exits once it is
# painted — against `bench_DesktopStart --baseline` (the same process painting an empty window)
# with hyperfine, in the same command.
# Usage: tests/bench/desktop-start.sh [build dir] [runs]     (MIKRO_BENCH_SMOKE=1: 2 runs)
set -euo pipefail
build=${1:-build/bench}
runs=${2:-20}
[ "${MIKRO_BENCH_SMOKE:-0}" = 1 ] && runs=2
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill -TERM "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
wait_line() { for _ in $(seq 300); do grep -q "$2" "$1" 2>/dev/null && return 0; sleep 0.1; done; cat "$1"; exit 1; }

"$build/app/devstack/mikro-devstack" --port 0 >"$work/devstack" 2>/dev/null &
pids+=($!)
wait_line "$work/devstack" "issuer http"
issuer=$(sed -n 's/.*issuer \(http[^ ]*\).*/\1/p' "$work/devstack" | head -n 1)
PORT=0 SQLITE_PATH="$work/bench.sqlite" AUTH0_DOMAIN=127.0.0.1 AUTH0_ISSUER_URL="$issuer" \
    QT_LOGGING_RULES="mikro.services.http.access=false" "$build/app/server/mikro-server" >"$work/server" 2>&1 &
pids+=($!)
wait_line "$work/server" "listening on http://"
port=$(sed -n 's/.*listening on http:\/\/127\.0\.0\.1:\([0-9]*\).*/\1/p' "$work/server" | head -n 1)

# The PKCE dance, with RFC 7636's example verifier (as tests/bench/http-authenticated.sh).
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
[ -n "$token" ] || { echo "desktop-start.sh: no access token from the devstack" >&2; exit 1; }

export MIKRO_BENCH_SERVER_URL="http://127.0.0.1:$port" MIKRO_BENCH_TOKEN="$token"
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} QT_LOGGING_RULES="*.info=false"
bench="$build/tests/bench/bench_DesktopStart"
"$bench" # once to admit the person (first sign-in creates them) and to check it works
echo "machine: $(nproc) cores; $runs runs each; server and devstack on loopback; display: $QT_QPA_PLATFORM"
hyperfine --warmup 1 --runs "$runs" --export-json "$work/start.json" -N \
    "$bench --baseline" "$bench"
python3 - "$work/start.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"]
base, dash = r[0], r[1]
print(f"baseline (empty window): median {base['median']*1000:.0f} ms")
print(f"dashboard painted with data: median {dash['median']*1000:.0f} ms, max {dash['max']*1000:.0f} ms")
print(f"ratio dashboard / baseline: {dash['median']/base['median']:.2f}")
PY
