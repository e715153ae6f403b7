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
source "$(dirname "$0")/devstack-session.sh"

# The person as the desktop shows its main window: admitted and onboarded (the wizard comes
# first otherwise, and the pages read nothing for a person without a profile).
api() {
    curl -sf -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -d "$2" \
        "http://127.0.0.1:$port/api/$1"
}
api login '{}' >/dev/null
api user/first_login_update '{"osm_username":"mia_maps","payment_email":"mia@pay.example",
    "city":"Lima","country":"Peru","terms_agreement":true}' >/dev/null \
    || { echo "desktop-start.sh: onboarding the mapper failed" >&2; exit 1; }

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
