#!/usr/bin/env bash
# The server's CPU per `fetch_org_transactions` answer (issue 15: "about 38 ms of CPU per
# answer"), on loopback: the devstack, a demo store (SQLite) with 1,000 paid requests and their
# 1,000 payments added, and mikro-server answering an admin's wrk -t1 -c2 for a while; the
# server's own CPU time (utime + stime from /proc) divided by the answers. With a second server
# binary (a build from before a change) both are measured in turn, twice, on the same store,
# and their answers compared byte for byte.
# Usage: tests/bench/org-transactions.sh [build dir] [baseline mikro-server]
#   defaults: build/release; 10 s per measurement. MIKRO_BENCH_SMOKE=1: 2 s, one round.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build/release}
baseline=${2:-}
if [ "${MIKRO_BENCH_SMOKE:-0}" = 1 ]; then seconds=2 rounds=1; else seconds=10 rounds=2; fi
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}
work_prefix=mikro-org-transactions
# shellcheck source=scripts/lib/stack.sh
source scripts/lib/stack.sh
require_tools wrk curl python3
admin=$(token_for 'auth0|devstack-admin')
curl -sf -X POST -H "Authorization: Bearer $admin" -d '{}' "$api/login" >/dev/null || fail "login failed"
python3 - "$store" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
people = [r[0] for r in db.execute("SELECT id FROM users WHERE org_id = 'org_devstack'")]
admin = 'auth0|devstack-admin'
for i in range(1000):
    person = people[i % len(people)]
    request = db.execute(
        "INSERT INTO payment_requests (org_id, user_id, amount_cents, payment_email, status, notes,"
        " requested_at, decided_by, decided_at) VALUES ('org_devstack', ?, ?, 'p@example.org',"
        " 'paid', 'June', '2026-06-01T00:00:00.000Z', ?, '2026-06-02T00:00:00.000Z')",
        (person, 1000 + i, admin)).lastrowid
    db.execute(
        "INSERT INTO payments (org_id, user_id, request_id, amount_cents, external_ref,"
        " payment_email, paid_by, paid_at, notes) VALUES ('org_devstack', ?, ?, ?, ?,"
        " 'p@example.org', ?, '2026-06-02T00:00:00.000Z', 'paid')",
        (person, request, 1000 + i, f'REF-{i}', admin))
db.commit()
PY
cat >"$work/post.lua" <<LUA
wrk.method = "POST"
wrk.body = "{}"
wrk.headers["Authorization"] = "Bearer $admin"
wrk.headers["Content-Type"] = "application/json"
LUA
kill -TERM "$server_pid"
wait "$server_pid" 2>/dev/null || true
tick=$(getconf CLK_TCK)
path=/transaction/fetch_org_transactions
binaries=("$build/app/server/mikro-server")
[ -z "$baseline" ] || binaries=("$baseline" "${binaries[@]}")
for round in $(seq "$rounds"); do
    for i in "${!binaries[@]}"; do
        PORT=$api_port SQLITE_PATH="$store" AUTH0_DOMAIN=127.0.0.1 \
            AUTH0_ISSUER_URL="http://127.0.0.1:$idp_port/" TM4_API_URL="$tm4" \
            SYNC_INTERVAL_MINUTES=0 QT_LOGGING_RULES="mikro.services.http.access=false" \
            "${binaries[$i]}" >>"$work/server.out" 2>>"$work/server.log" &
        pid=$!
        wait_port "$api_port" || fail "${binaries[$i]} did not start"
        status=$(curl -s -o "$work/answer-$i" -w '%{http_code}' -X POST \
            -H "Authorization: Bearer $admin" -d '{}' "$api$path")
        [ "$status" = 200 ] || fail "$path answered $status"
        before=$(awk '{print $14 + $15}' "/proc/$pid/stat")
        wrk -t1 -c2 -d"${seconds}s" --latency -s "$work/post.lua" "$api$path" >"$work/wrk" 2>&1
        after=$(awk '{print $14 + $15}' "/proc/$pid/stat")
        ! grep -qE 'Non-2xx|Socket errors' "$work/wrk" || fail "failed requests: $(cat "$work/wrk")"
        answers=$(awk '/requests in/ {print $1}' "$work/wrk")
        [ "${answers:-0}" -gt 0 ] || fail "wrk made no request"
        echo "round $round, ${binaries[$i]}: $answers answers of $(stat -c %s "$work/answer-$i") bytes, $(awk '/Requests\/sec/ {print $2}' "$work/wrk") req/s, p50 $(awk '/ 50%/ {print $2}' "$work/wrk"), server CPU $(python3 -c "print(f'{($after - $before) / $tick * 1000 / $answers:.1f}')") ms per answer"
        kill -TERM "$pid"
        wait "$pid" 2>/dev/null || true
    done
done
if [ -n "$baseline" ]; then
    cmp -s "$work/answer-0" "$work/answer-1" || fail "the two servers' answers differ"
    echo "the two servers' answers are identical byte for byte"
fi
echo "org-transactions.sh: passed"
