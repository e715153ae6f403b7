#!/usr/bin/env bash
# Three mikro-server instances behind HAProxy on one PostgreSQL (issue #15 §4), on loopback:
#  1. a throwaway PostgreSQL, the devstack (identity provider and Tasking Manager), and three
#     instances started at the same moment on the empty database: the migrations must be applied
#     once between them (the migration lock), each instance with scheduled sync on (1 minute);
#  2. the demo data seeded through the services, HAProxy (Debian's package) in front with health
#     checks on /api/health and retries of refused connections;
#  3. wrk through HAProxy with a mapper's token while the instances are restarted one at a time
#     with SIGTERM (graceful drain: the listener closes, requests in flight finish): zero failed
#     requests — no non-2xx answer, no socket error, no timeout;
#  4. the scheduled syncs: each project synced exactly once per interval between the three, and
#     the ledger equal to that of a single instance syncing the same world once (`--sync-once` on
#     a second database seeded the same way).
# Prints the figures; exits 1 when any check fails. Everything started is stopped on exit.
#
# Usage: tests/bench/cluster.sh [build dir] [seconds of load]
#   defaults: build/release, 200 s (three restarts, three sync intervals).
#   MIKRO_BENCH_SMOKE=1: 25 s, one restart (CI: it must run to the end and pass its checks).
set -euo pipefail
cd "$(dirname "$0")/../.."

build=${1:-build/release}
if [ "${MIKRO_BENCH_SMOKE:-0}" = 1 ]; then
    seconds=${2:-25} restarts=1 connections=8
else
    seconds=${2:-200} restarts=3 connections=32
fi
projects=3 tasks=40
mapper='auth0|devstack-mapper-1'
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}

fail() { echo "cluster.sh: $*" >&2; exit 1; }
# shellcheck source=scripts/lib/processes.sh
source scripts/lib/processes.sh
require_tools wrk curl haproxy python3
stack_binaries "$build"

work=$(mktemp -d /tmp/mikro-cluster.XXXXXX)
# shellcheck source=scripts/lib/pgcluster.sh
source scripts/lib/pgcluster.sh
pids=()
instance_pids=(0 0 0)
cleanup() {
    stop_pids "${pids[@]}" "${instance_pids[@]}"
    pg_stop
    rm -rf "$work"
}
trap cleanup EXIT

# --- 1. PostgreSQL, the devstack, three instances at once on the empty database -----------------
pg_start -c max_connections=200
"${psql[@]}" -q -d postgres -c 'CREATE DATABASE mikro_cluster' -c 'CREATE DATABASE mikro_single'
"$devstack" --port 0 --tm4-projects "$projects" --tm4-tasks "$tasks" >"$work/devstack" 2>&1 &
pids+=($!)
wait_line "$work/devstack" '^identity provider: issuer http' 60 "${pids[-1]}"
issuer=$(sed -n 's/^identity provider: issuer \(http[^ ]*\).*/\1/p' "$work/devstack" | head -n 1)
tm4="${issuer}api/v2"
ports=()
for i in 0 1 2; do take_port "ports[$i]" || fail "no free port"; done

start_instance() { # $1: 0, 1 or 2 — its port stays the same across restarts
    env -u SQLITE_PATH DATABASE_URL="$(pg_url mikro_cluster)" PORT="${ports[$1]}" \
        BIND_ADDRESS=127.0.0.1 AUTH0_DOMAIN=127.0.0.1 AUTH0_ISSUER_URL="$issuer" \
        TM4_API_URL="$tm4" SYNC_INTERVAL_MINUTES=1 STORE_POOL_SIZE=8 HTTP_WORKERS=2 \
        QT_LOGGING_RULES="mikro.services.http.access=false" \
        "$server" >>"$work/instance-$1.log" 2>&1 &
    instance_pids[$1]=$!
}
for i in 0 1 2; do start_instance "$i"; done # the same moment: no wait in between
for i in 0 1 2; do wait_line "$work/instance-$i.log" 'listening on http://' 120 "${instance_pids[$i]}"; done
applied=$(cat "$work"/instance-*.log | grep -c 'applied migration' || true)
versions=$("${psql[@]}" -tA -d mikro_cluster -c 'SELECT COUNT(*) FROM schema_migrations')
by_instance=$(for i in 0 1 2; do grep -c 'applied migration' "$work/instance-$i.log" || true; done | tr '\n' ' ')
echo "migrations: $versions versions in the schema; applied by the instances: $by_instance(total $applied)"
[ "$applied" = "$versions" ] || fail "the migrations were applied $applied times for $versions versions"

# --- 2. the demo data, and HAProxy in front ---------------------------------------------------
"$devstack" --seed-demo-store "$(pg_url mikro_cluster)" --tm4-url "$tm4" \
    --tm4-projects "$projects" >"$work/seed" 2>&1 || { cat "$work/seed" >&2; fail "seeding failed"; }
take_port lb_port || fail "no free port"
cat >"$work/haproxy.cfg" <<EOF
global
    maxconn 4096
defaults
    mode http
    timeout connect 2s
    timeout client 30s
    timeout server 30s
    retries 3
    option redispatch 1
    retry-on conn-failure empty-response response-timeout
frontend api
    bind 127.0.0.1:$lb_port
    default_backend instances
backend instances
    balance roundrobin
    option httpchk GET /api/health
    http-check expect status 200
    default-server inter 250ms fall 1 rise 2
    server i0 127.0.0.1:${ports[0]} check
    server i1 127.0.0.1:${ports[1]} check
    server i2 127.0.0.1:${ports[2]} check
EOF
haproxy -f "$work/haproxy.cfg" -db >"$work/haproxy.log" 2>&1 &
pids+=($!)
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$lb_port/api/health" >/dev/null && break; sleep 0.1; done
token=$(token_for "$mapper")
path=/api/transaction/fetch_user_payable
status=$(curl -s -o "$work/first" -w '%{http_code}' -H "Authorization: Bearer $token" "http://127.0.0.1:$lb_port$path")
[ "$status" = 200 ] || { cat "$work/first" >&2; fail "GET $path through HAProxy answered $status"; }

# --- 3. wrk through HAProxy while the instances restart one at a time -------------------------
wrk -t2 -c"$connections" -d"${seconds}s" --latency --timeout 10s \
    -H "Authorization: Bearer $token" "http://127.0.0.1:$lb_port$path" >"$work/wrk" 2>&1 &
wrk_pid=$!
gap=$((seconds / (restarts + 1)))
for r in $(seq "$restarts"); do
    sleep "$gap"
    i=$(((r - 1) % 3))
    old=${instance_pids[$i]}
    started=$(date +%s.%N)
    kill -TERM "$old"
    code=0
    wait "$old" || code=$?
    [ "$code" = 0 ] || fail "instance $i exited with $code after SIGTERM"
    drained=$(python3 -c "import time; print(f'{time.time() - $started:.2f}')")
    start_instance "$i"
    wait_line "$work/instance-$i.log" 'listening on http://' 60 "${instance_pids[$i]}"
    echo "restart $r: instance $i drained and exited 0 in ${drained} s, listening again"
done
wait "$wrk_pid" || fail "wrk failed: $(cat "$work/wrk")"
requests=$(awk '/requests in/ {print $1}' "$work/wrk")
rps=$(awk '/Requests\/sec/ {print $2}' "$work/wrk")
errors=$(grep -E 'Non-2xx or 3xx responses|Socket errors' "$work/wrk" | tr '\n' ' ' || true)
echo "wrk -t2 -c$connections -d${seconds}s through HAProxy, $restarts rolling restart(s): $requests requests, $rps req/s, p50 $(awk '/ 50%/ {print $2}' "$work/wrk"), p99 $(awk '/ 99%/ {print $2}' "$work/wrk"), failed: ${errors:-none}"
[ -z "$errors" ] || fail "requests failed during the rolling restarts: $errors"
[ -n "$requests" ] && [ "$requests" -gt 0 ] || fail "wrk made no request"

# --- 4. scheduled syncs: once per interval between the three; the ledger of one instance -------
# Every project has had its scheduled sync since the seed (at most one interval and a bit).
for _ in $(seq 900); do
    unsynced=$("${psql[@]}" -tA -d mikro_cluster -c "SELECT COUNT(*) FROM projects p WHERE p.active AND NOT EXISTS (SELECT 1 FROM sync_runs r WHERE r.project_id = p.id AND r.scheduled_slot IS NOT NULL AND r.status = 'succeeded')")
    [ "$unsynced" = 0 ] && break
    sleep 0.1
done
[ "$unsynced" = 0 ] || fail "$unsynced active projects had no successful scheduled sync"
twice=$("${psql[@]}" -tA -d mikro_cluster -c "SELECT COUNT(*) FROM (SELECT project_id, scheduled_slot FROM sync_runs WHERE scheduled_slot IS NOT NULL GROUP BY 1, 2 HAVING COUNT(*) > 1) x")
"${psql[@]}" -tA -F ' ' -d mikro_cluster -c "SELECT scheduled_slot, COUNT(*), COUNT(DISTINCT project_id), COUNT(DISTINCT lease_owner) FROM sync_runs WHERE scheduled_slot IS NOT NULL GROUP BY 1 ORDER BY 1" >"$work/slots"
echo "scheduled sync, per interval (slot, runs, projects, instances that ran them):"
sed 's/^/  /' "$work/slots"
[ "$twice" = 0 ] || fail "$twice project intervals were synced more than once"
[ -s "$work/slots" ] || fail "no scheduled sync ran"
"$devstack" --seed-demo-store "$(pg_url mikro_single)" --tm4-url "$tm4" \
    --tm4-projects "$projects" >"$work/seed-single" 2>&1 || { cat "$work/seed-single" >&2; fail "seeding the reference failed"; }
env -u SQLITE_PATH DATABASE_URL="$(pg_url mikro_single)" TM4_API_URL="$tm4" \
    "$server" --sync-once >"$work/single.log" 2>&1 || { cat "$work/single.log" >&2; fail "the single instance's sync failed"; }
ledger_of() {
    "${psql[@]}" -tA -d "$1" -c "SELECT user_id, kind, COALESCE(project_id, 0), task_id, amount_cents FROM ledger_entries ORDER BY 1, 2, 3, 4, 5"
}
ledger_of mikro_cluster >"$work/ledger-cluster"
ledger_of mikro_single >"$work/ledger-single"
entries=$(wc -l <"$work/ledger-cluster")
if ! diff -q "$work/ledger-cluster" "$work/ledger-single" >/dev/null; then
    diff "$work/ledger-cluster" "$work/ledger-single" | head -20 >&2
    fail "the three instances' ledger differs from a single instance's"
fi
echo "ledger: $entries entries, the same as a single instance's sync of the same world"
echo "cluster.sh: passed"
