#!/usr/bin/env bash
# PostgreSQL stopped under load and started again (issue #15 §5), on loopback: mikro-server on a
# throwaway PostgreSQL with wrk running authenticated reads; PostgreSQL is stopped (fast shutdown)
# for a while, then started again. Checks and prints:
#   - while it is down, /api/health answers 503 and authenticated requests answer 503 — each
#     within a bound (no request hangs);
#   - after it is back, the server answers 200 again by itself, without a restart, and how long
#     that took.
# Usage: tests/bench/pg-outage.sh [build dir] [seconds down]
#   defaults: build/release, 10 s. MIKRO_BENCH_SMOKE=1: 4 s.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build/release}
if [ "${MIKRO_BENCH_SMOKE:-0}" = 1 ]; then down=${2:-4}; else down=${2:-10}; fi
mapper='auth0|devstack-mapper-1'
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}
fail() { echo "pg-outage.sh: $*" >&2; exit 1; }
# shellcheck source=scripts/lib/processes.sh
source scripts/lib/processes.sh
require_tools wrk curl python3
stack_binaries "$build"

work=$(mktemp -d /tmp/mikro-outage.XXXXXX)
# shellcheck source=scripts/lib/pgstack.sh
source scripts/lib/pgstack.sh
pg_stack_start mikro_outage 1 10
token=$(token_for "$mapper")
path=/api/transaction/fetch_user_payable

# status and seconds of one request: "200 0.004"
probe() { curl -s -o /dev/null --max-time 30 -w '%{http_code} %{time_total}' -H "Authorization: Bearer $token" "$base$1"; }
read -r status _ <<<"$(probe "$path")"
[ "$status" = 200 ] || fail "before the outage $path answered $status"

wrk -t2 -c16 -d$((down + 20))s --timeout 30s -H "Authorization: Bearer $token" "$base$path" >"$work/wrk" 2>&1 &
wrk_pid=$!
sleep 3
"${as_pg[@]}" "$pg_bin/pg_ctl" -D "$work/pgdata" -m fast -w stop >/dev/null
stopped=$(date +%s.%N)
worst_health=0 worst_request=0 health_codes="" request_codes=""
while python3 -c "import sys,time; sys.exit(0 if time.time() - $stopped < $down else 1)"; do
    read -r hs ht <<<"$(probe /api/health)"
    read -r rs rt <<<"$(probe "$path")"
    health_codes+="$hs " request_codes+="$rs "
    worst_health=$(python3 -c "print(max($worst_health, $ht))")
    worst_request=$(python3 -c "print(max($worst_request, $rt))")
    sleep 0.5
done
"${as_pg[@]}" "$pg_bin/pg_ctl" -D "$work/pgdata" -l "$work/pgdata/server.log" -w -t 60 start \
    -o "-p $pg_port -k $work/pgsock -c listen_addresses=127.0.0.1 -c fsync=off" >/dev/null
restarted=$(date +%s.%N)
recovered=""
for _ in $(seq 600); do
    read -r rs _ <<<"$(probe "$path")"
    if [ "$rs" = 200 ]; then recovered=$(python3 -c "import time; print(f'{time.time() - $restarted:.2f}')"); break; fi
    sleep 0.1
done
wait "$wrk_pid" || true
echo "PostgreSQL down ${down} s under load (wrk -t2 -c16):"
tally() { echo "$1" | tr ' ' '\n' | grep -v '^$' | sort | uniq -c | awk '{printf "%s× %s ", $1, $2}'; }
echo "  /api/health while down: $(tally "$health_codes")(slowest answer ${worst_health} s)"
echo "  $path while down: $(tally "$request_codes")(slowest answer ${worst_request} s)"
echo "  answering 200 again ${recovered:-never} s after PostgreSQL was back (no restart of mikro-server)"
echo "  wrk over the whole run: $(awk '/requests in/ {print $1}' "$work/wrk") requests; $(grep -E 'Non-2xx|Socket errors' "$work/wrk" | tr '\n' ' ')"
kill -0 "$server_pid" 2>/dev/null || fail "mikro-server died"
echo "$health_codes" | tr ' ' '\n' | grep -qv '^503$\|^$' && fail "/api/health answered other than 503 while PostgreSQL was down"
echo "$request_codes" | tr ' ' '\n' | grep -qv '^503$\|^$' && fail "requests answered other than 503 while PostgreSQL was down"
[ -n "$recovered" ] || fail "the server did not recover within 60 s"
echo "pg-outage.sh: passed"
