#!/usr/bin/env bash
# mikro-server's heaviest authenticated reads on PostgreSQL, at production-like size, next to
# what the same PostgreSQL does for pgbench's select-only load (`pgbench -S`).
#
# It starts a throwaway PostgreSQL cluster (as scripts/test.sh does), the devstack (identity
# provider) and mikro-server on it; signs in a mapper and an admin through the devstack's PKCE
# flow; fills the database with set-based INSERTs (people, projects, tasks, TM4 events, ledger
# entries, payment requests, payments; the derived totals as the migrations compute them); runs
# pgbench -S, then wrk on each endpoint, and prints one table: answer size, the time of one
# request alone, req/s, p50, p99 under load, and req/s as a share of pgbench -S's tps.
# Loopback only, bounded in time; everything it started is stopped and removed on exit.
#
# Usage: tests/bench/pg-endpoints.sh [build dir] [seconds] [connections]
#   defaults: build/release, 10 s per run, 32 connections.
#   MIKRO_BENCH_SMOKE=1: tiny data, 1 s runs, 4 connections (CI: it must run to the end).
#   MIKRO_BENCH_WRK_TIMEOUT: wrk's per-request timeout (default 10s; a slower answer is an error).
# Exit status: 1 when anything fails, including a wrk run with non-2xx answers, socket errors
# (timeouts too) or no requests at all.
set -euo pipefail

smoke=${MIKRO_BENCH_SMOKE:-0}
[ "$smoke" = 1 ] || smoke=0
build=${1:-build/release}
if [ "$smoke" = 1 ]; then
    seconds=${2:-1}
    connections=${3:-4}
    # Tiny data: enough rows in every table for every query to have something to read.
    people=20 projects=3 tasks=500 ledger=1000 requests=20 payments=20 pgbench_scale=1
else
    seconds=${2:-10}
    connections=${3:-32}
    people=2000 projects=300 tasks=500000 ledger=1000000 requests=1000 payments=1000 pgbench_scale=10
fi
wrk_timeout=${MIKRO_BENCH_WRK_TIMEOUT:-10s}
org=org_devstack                      # app/devstack/sim/DevstackPeople.cpp
mapper='auth0|devstack-mapper-1'      # Mia, osm "mia_maps", role user
admin='auth0|devstack-admin'          # Ada, osm "ada_maps", role admin
# AddressSanitizer builds (build/test): no leak report at shutdown. No effect on other builds.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}

fail() { echo "pg-endpoints.sh: $*" >&2; exit 1; }
# shellcheck source=scripts/lib/processes.sh
source "$(dirname "$0")/../../scripts/lib/processes.sh"
require_tools wrk curl
pg_require_later=(initdb pg_ctl postgres psql pgbench)
stack_binaries "$build"
[[ "$seconds" =~ ^[1-9][0-9]*$ && "$connections" =~ ^[1-9][0-9]*$ ]] \
    || fail "seconds and connections must be positive integers"

# The ledger's size decides how many tasks are validated: each validation credits the mapper and
# the validator (two entries, CreditingService), the rest is one payout per payment and a few
# adjustments. The tasks left over are mapped, invalidated or still ready.
adjustments=$((ledger / 50))
validated=$(((ledger - adjustments - payments) / 2))
[ "$validated" -le $((tasks * 98 / 100)) ] || validated=$((tasks * 98 / 100))
pending=$((requests / 10))            # open requests, at most one per person (the partial index)
[ "$pending" -le "$people" ] || pending=$people

# --- everything this script starts lives here; the trap stops it -------------------------------
work=$(mktemp -d /tmp/mikro-bench.XXXXXX)
# shellcheck source=scripts/lib/pgcluster.sh
source "$(dirname "$0")/../../scripts/lib/pgcluster.sh"
pids=()
cleanup() {
    stop_pids "${pids[@]}"
    pg_stop
    rm -rf "$work"
}
trap cleanup EXIT
pg_require "${pg_require_later[@]}"

# --- 1. a throwaway PostgreSQL cluster: temp directory, free port, never as root ---------------
pg_start -c max_connections=300
pg_version=$("$pg_bin/postgres" --version | awk '{print $3}')
"${psql[@]}" -q -d postgres -c 'CREATE DATABASE mikro_bench' -c 'CREATE DATABASE pgbench_db'

# --- 2. the devstack (identity provider) and mikro-server on that database ---------------------
"$devstack" --port 0 >"$work/devstack" 2>&1 &
pids+=($!)
wait_line "$work/devstack" '^identity provider: issuer http' 60 "${pids[-1]}"
issuer=$(sed -n 's/^identity provider: issuer \(http[^ ]*\).*/\1/p' "$work/devstack" | head -n 1)
[ -n "$issuer" ] || fail "no issuer in the devstack's output"
# Scheduled syncs off (SYNC_INTERVAL_MINUTES=0) and TM4 pointed at the devstack's simulator, so
# nothing but the benchmark's requests reaches the database or the network.
# start_server STATEMENTS: mikro-server with DATABASE_STATEMENTS=reuse (the default: prepared
# statements kept per connection) or single (prepared per execution: the baseline).
start_server() {
    env -u SQLITE_PATH -u POSTGRES_DB -u POSTGRES_USER -u POSTGRES_ENDPOINT \
        DATABASE_URL="postgresql://mikro:$pg_password@127.0.0.1:$pg_port/mikro_bench?sslmode=disable" \
        DATABASE_STATEMENTS="$1" \
        PORT=0 BIND_ADDRESS=127.0.0.1 AUTH0_DOMAIN=127.0.0.1 AUTH0_ISSUER_URL="$issuer" \
        SYNC_INTERVAL_MINUTES=0 TM4_API_URL="${issuer}api/v2" \
        QT_LOGGING_RULES="mikro.services.http.access=false" \
        "$server" >"$work/server" 2>&1 &
    server_pid=$!
    pids+=("$server_pid")
    wait_line "$work/server" 'listening on http://' 120 "$server_pid"
    port=$(sed -n 's/.*listening on http:\/\/127\.0\.0\.1:\([0-9]*\).*/\1/p' "$work/server" | head -n 1)
    [ -n "$port" ] || { cat "$work/server" >&2; fail "no port in mikro-server's output"; }
    base=http://127.0.0.1:$port
}
stop_server() {
    kill -TERM "$server_pid" 2>/dev/null || true
    for _ in $(seq 150); do kill -0 "$server_pid" 2>/dev/null || return 0; sleep 0.1; done
    kill -KILL "$server_pid" 2>/dev/null || true
}
start_server reuse

# --- 3. access tokens through the devstack's PKCE flow (scripts/lib/processes.sh) ------------
mapper_token=$(token_for "$mapper")
admin_token=$(token_for "$admin")
# POST /api/login creates each person's users row (and the organisation's).
for token in "$mapper_token" "$admin_token"; do
    status=$(curl -s --max-time 60 -o "$work/login" -w '%{http_code}' -X POST \
             -H "Authorization: Bearer $token" "$base/api/login")
    [ "$status" = 200 ] || { cat "$work/login" >&2; echo >&2; fail "POST /api/login answered $status"; }
done

# --- 4. the data: set-based INSERTs in one psql session and one transaction --------------------
# People go in through the users trigger (osm_usernames, migration 0006); tasks, task events and
# ledger entries without the row triggers that keep ledger_totals and task_counts (0003),
# org_task_activity (0004) and project_task_status (0005), which are then recomputed from the
# rows with those migrations' own backfill statements: the same figures, in seconds instead of
# one trigger call per row. Task k of 1..tasks is task (k-1)/projects+1 of project
# 100001+(k-1)%projects; its mapper is a pseudo-random person (Mia every 100th task), its
# validator one of the validators (every 20th person); its mapping lies in the last 180 days,
# later tasks later. Tasks 1..validated are validated (a MAPPED and a VALIDATED event, the
# mapping and validation credits as CreditingService writes them); the rest are mapped,
# invalidated or ready. Payment requests: paid (each with its payment and payout entry),
# rejected, and the last few pending, one per person; some payments are manual (no request).
echo "pg-endpoints.sh: filling mikro_bench ($people people, $projects projects, $tasks tasks, ~$ledger ledger entries)..."
fill_started=$(date +%s%N)
"${psql[@]}" -q -d mikro_bench -v org="$org" -v mapper="$mapper" -v admin="$admin" \
    -v people="$people" -v projects="$projects" -v tasks="$tasks" -v validated="$validated" \
    -v adjustments="$adjustments" -v requests="$requests" -v pending="$pending" \
    -v payments="$payments" >"$work/fill.log" 2>&1 <<'SQL' || { cat "$work/fill.log" >&2; fail "the fill failed"; }
SET synchronous_commit = off;
SET work_mem = '256MB';
BEGIN;

-- The two devstack people, onboarded (POST /api/login created them bare).
UPDATE users SET osm_username = CASE id WHEN :'mapper' THEN 'mia_maps' ELSE 'ada_maps' END,
    payment_email = COALESCE(email, 'devstack@devstack.mikro'), city = 'Nairobi', country = 'Kenya',
    terms_accepted_at = now() - interval '400 days', terms_version = '1',
    created_at = now() - interval '400 days'
WHERE id IN (:'mapper', :'admin');
DO $$ BEGIN
    IF (SELECT count(*) FROM users WHERE osm_username IN ('mia_maps', 'ada_maps')) <> 2 THEN
        RAISE EXCEPTION 'the devstack people are not in users: did POST /api/login work?';
    END IF;
END $$;

-- People: onboarded, every 20th a validator.
INSERT INTO users (id, org_id, email, first_name, last_name, osm_username, payment_email, city,
                   country, role, terms_accepted_at, terms_version, mapper_points,
                   validator_points, created_at, last_login_at)
SELECT 'bench|person-' || i, :'org', 'person' || i || '@bench.mikro', 'Bench', 'Person ' || i,
       'bench_mapper_' || i, 'pay' || i || '@bench.mikro',
       (ARRAY['Nairobi', 'Kampala', 'Lagos', 'Accra', 'Dhaka', 'Lima'])[1 + i % 6],
       (ARRAY['Kenya', 'Uganda', 'Nigeria', 'Ghana', 'Bangladesh', 'Peru'])[1 + i % 6],
       CASE WHEN i % 20 = 0 THEN 'validator' ELSE 'user' END,
       now() - interval '400 days', '1', i % 50, CASE WHEN i % 20 = 0 THEN 10 ELSE 0 END,
       now() - interval '400 days', now() - interval '1 hour' * (i % 500)
FROM generate_series(1, :people) i;

-- Who is who: n = 0 is Mia, 1..people the bench people.
CREATE TEMP TABLE persons AS
SELECT CASE WHEN id = :'mapper' THEN 0 ELSE substr(id, 14)::int END AS n, id,
       osm_username AS osm, payment_email AS email
FROM users WHERE id = :'mapper' OR id LIKE 'bench|person-%';
CREATE UNIQUE INDEX ON persons (n);

-- Projects: mostly active, every 10th completed, budgets around what their tasks cost.
INSERT INTO projects (id, org_id, name, url, mapping_rate_cents, validation_rate_cents,
                      budget_cents, max_editors, max_validators, difficulty, visible, active,
                      completed, total_tasks, created_by, created_at, last_synced_at)
SELECT 100000 + j, :'org', 'Bench project ' || j,
       'https://tasks.hotosm.org/projects/' || (100000 + j),
       40 + (j % 5) * 10, 20 + (j % 3) * 5,
       ceil(:tasks::numeric / :projects) * (60 + (j % 5) * 10 + (j % 3) * 5)
           * (90 + (j % 4) * 25) / 100,
       0, 0, (ARRAY['Easy', 'Moderate', 'Challenging'])[1 + j % 3], j % 7 <> 0,
       j % 10 NOT IN (0, 5), j % 10 = 0, 0, :'admin',
       now() - interval '300 days' + interval '10 minutes' * j, now() - interval '1 hour'
FROM generate_series(1, :projects) j;

-- Members: every person on three projects, Mia on ten.
INSERT INTO project_members (project_id, user_id, member_role, assigned_by, assigned_at)
SELECT 100001 + (p.n * 13 + s * 97) % :projects, p.id,
       CASE WHEN p.n > 0 AND p.n % 20 = 0 THEN 'validator' ELSE 'editor' END, :'admin',
       now() - interval '200 days'
FROM persons p CROSS JOIN generate_series(0, 9) s
WHERE s < 3 OR p.n = 0
ON CONFLICT DO NOTHING;

-- The bulk tables go in without the row triggers that keep the derived totals (one upsert per
-- row, in one transaction, would take many minutes at this size); the totals are rebuilt below
-- with the migrations' own backfill statements. Foreign keys and constraints stay checked.
ALTER TABLE tasks DISABLE TRIGGER trg_tasks_counts_insert_delete;
ALTER TABLE tasks DISABLE TRIGGER trg_tasks_status_insert_delete;
ALTER TABLE task_events DISABLE TRIGGER trg_task_events_activity_insert;
ALTER TABLE ledger_entries DISABLE TRIGGER trg_ledger_entries_totals;
-- project_spent (0007) exists from issue 11 on; the script also measures older builds.
DO $$ BEGIN
    IF to_regclass('project_spent') IS NOT NULL THEN
        ALTER TABLE ledger_entries DISABLE TRIGGER trg_ledger_entries_project_spent;
    END IF;
END $$;

-- The plan of every task.
CREATE TEMP TABLE plan AS
SELECT k, 100001 + (k - 1) % :projects AS project_id, 1 + (k - 1) / :projects AS task_id,
       CASE WHEN k <= :validated THEN 'VALIDATED' WHEN k % 4 = 0 THEN 'READY'
            WHEN k % 4 = 1 THEN 'INVALIDATED' ELSE 'MAPPED' END AS status,
       m.id AS mapper_id, m.osm AS mapper_osm, v.id AS validator_id, v.osm AS validator_osm,
       mapped_at, LEAST(now() - interval '1 minute', mapped_at + interval '1 hour' * (1 + k % 40))
           AS validated_at
FROM (SELECT k, now() - interval '180 days' * (1 - k::float8 / :tasks)
                    - interval '1 minute' * (10 + k % 600) AS mapped_at,
             CASE WHEN k % 100 = 0 THEN 0 ELSE 1 + (k * 7919) % :people END AS mapper_n,
             20 * (1 + (k * 31) % (:people / 20)) AS validator_n
      FROM generate_series(1, :tasks::bigint) k) s
JOIN persons m ON m.n = s.mapper_n
JOIN persons v ON v.n = s.validator_n;

-- Tasks (triggers: task_counts, project_task_status), with the project's rates.
INSERT INTO tasks (project_id, task_id, status, mapped_by, mapper_user_id, validated_by,
                   validator_user_id, mapping_rate_cents, validation_rate_cents, mapped_at,
                   validated_at, last_history_id, updated_at)
SELECT t.project_id, t.task_id, t.status,
       CASE WHEN t.status <> 'READY' THEN t.mapper_osm END,
       CASE WHEN t.status <> 'READY' THEN t.mapper_id END,
       CASE WHEN t.status IN ('VALIDATED', 'INVALIDATED') THEN t.validator_osm END,
       CASE WHEN t.status IN ('VALIDATED', 'INVALIDATED') THEN t.validator_id END,
       p.mapping_rate_cents, p.validation_rate_cents,
       CASE WHEN t.status <> 'READY' THEN t.mapped_at END,
       CASE WHEN t.status IN ('VALIDATED', 'INVALIDATED') THEN t.validated_at END,
       CASE t.status WHEN 'READY' THEN NULL WHEN 'MAPPED' THEN 1 ELSE 2 END,
       CASE t.status WHEN 'READY' THEN now() - interval '300 days'
                     WHEN 'MAPPED' THEN t.mapped_at ELSE t.validated_at END
FROM plan t JOIN projects p ON p.id = t.project_id
ORDER BY t.project_id, t.task_id;
UPDATE projects p SET total_tasks = c.n
FROM (SELECT project_id, count(*) AS n FROM tasks GROUP BY project_id) c
WHERE c.project_id = p.id;

-- TM4 events (trigger: org_task_activity): a MAPPED one for every task but the ready ones,
-- a VALIDATED or INVALIDATED one after it.
INSERT INTO task_events (project_id, task_id, history_id, action, actor_username, action_at,
                         ingested_at)
SELECT project_id, task_id, h, action, actor, at, LEAST(now(), at + interval '10 minutes')
FROM (SELECT project_id, task_id, 1 AS h, 'MAPPED' AS action, mapper_osm AS actor,
             mapped_at AS at
      FROM plan WHERE status <> 'READY'
      UNION ALL
      SELECT project_id, task_id, 2, status, validator_osm, validated_at
      FROM plan WHERE status IN ('VALIDATED', 'INVALIDATED')) e
ORDER BY project_id, task_id, h;

-- Credits (trigger: ledger_totals), keyed as CreditingService keys them.
INSERT INTO ledger_entries (org_id, user_id, kind, amount_cents, source_key, project_id, task_id,
                            created_at)
SELECT :'org', user_id, kind, amount, 'tm4:' || project_id || ':' || task_id || ':2:' || kind,
       project_id, task_id, created_at
FROM (SELECT t.project_id, t.task_id, t.mapper_id AS user_id, 'mapping' AS kind,
             p.mapping_rate_cents AS amount,
             LEAST(now(), t.validated_at + interval '10 minutes') AS created_at
      FROM plan t JOIN projects p ON p.id = t.project_id WHERE t.status = 'VALIDATED'
      UNION ALL
      SELECT t.project_id, t.task_id, t.validator_id, 'validation', p.validation_rate_cents,
             LEAST(now(), t.validated_at + interval '10 minutes')
      FROM plan t JOIN projects p ON p.id = t.project_id WHERE t.status = 'VALIDATED') c
ORDER BY created_at, project_id, task_id, kind;

-- Adjustments by the admin, mostly bonuses, some corrections down.
INSERT INTO ledger_entries (org_id, user_id, kind, amount_cents, source_key, note, created_by,
                            created_at)
SELECT :'org', p.id, 'adjustment',
       CASE WHEN a % 5 = 0 THEN -(100 + a % 300) ELSE 100 + a % 900 END,
       'adjustment:' || :'org' || ':bench-' || a, 'bench adjustment ' || a, :'admin',
       now() - interval '180 days' * (1 - a::float8 / :adjustments) - interval '1 hour'
FROM generate_series(1, :adjustments) a JOIN persons p ON p.n = a % (:people + 1)
ORDER BY a;

-- Payment requests: paid, every 10th rejected, the last :pending pending (distinct people);
-- every 50th decided one is Mia's.
INSERT INTO payment_requests (org_id, user_id, amount_cents, payment_email, status, notes,
                              requested_at, decided_by, decided_at, decision_note)
SELECT :'org', p.id, 500 + (r * 37) % 1500, p.email, st, 'bench request ' || r, at,
       CASE WHEN st <> 'pending' THEN :'admin' END,
       CASE WHEN st <> 'pending' THEN at + interval '2 days' END,
       CASE WHEN st = 'rejected' THEN 'bench: rejected' END
FROM (SELECT r, CASE WHEN r > :requests - :pending THEN 'pending'
                     WHEN r % 10 = 3 THEN 'rejected' ELSE 'paid' END AS st,
             now() - interval '180 days' * (1 - r::float8 / :requests) - interval '3 days' AS at
      FROM generate_series(1, :requests) r) x
JOIN persons p ON p.n = CASE WHEN x.r % 50 = 0 AND x.st <> 'pending' THEN 0
                           ELSE 1 + (x.r - 1) % :people END
ORDER BY r;

-- Payments: one per paid request, then manual ones up to :payments (every 20th to Mia).
INSERT INTO payments (org_id, user_id, request_id, amount_cents, external_ref, payment_email,
                      paid_by, paid_at, notes)
SELECT org_id, user_id, id, amount_cents, 'BENCH-R' || id, payment_email, :'admin', decided_at,
       'bench payment'
FROM payment_requests WHERE org_id = :'org' AND status = 'paid' ORDER BY id;
INSERT INTO payments (org_id, user_id, request_id, amount_cents, external_ref, payment_email,
                      paid_by, paid_at, notes)
SELECT :'org', p.id, NULL, 1000 + (m * 53) % 2000, 'BENCH-M' || m, p.email, :'admin',
       now() - interval '1 day' * (1 + m % 170), 'bench manual payment'
FROM generate_series(1, GREATEST(0, :payments - (SELECT count(*) FROM payments))::int) m
JOIN persons p ON p.n = CASE WHEN m % 20 = 0 THEN 0 ELSE 1 + (m * 7) % :people END
ORDER BY m;

-- Each payment's payout entry, as PayoutRepository writes it.
INSERT INTO ledger_entries (org_id, user_id, kind, amount_cents, source_key, payment_request_id,
                            payment_id, created_by, created_at)
SELECT org_id, user_id, 'payout', -amount_cents, 'payout:' || id, request_id, id, paid_by, paid_at
FROM payments WHERE org_id = :'org' ORDER BY id;

-- The derived totals, recomputed from the rows as migrations 0003, 0004 and 0005 compute them
-- (the rows inserted before the triggers were disabled are counted again, so: all of them).
ALTER TABLE tasks ENABLE TRIGGER trg_tasks_counts_insert_delete;
ALTER TABLE tasks ENABLE TRIGGER trg_tasks_status_insert_delete;
ALTER TABLE task_events ENABLE TRIGGER trg_task_events_activity_insert;
ALTER TABLE ledger_entries ENABLE TRIGGER trg_ledger_entries_totals;
DO $$ BEGIN
    IF to_regclass('project_spent') IS NOT NULL THEN
        ALTER TABLE ledger_entries ENABLE TRIGGER trg_ledger_entries_project_spent;
        DELETE FROM project_spent;
        INSERT INTO project_spent (project_id, spent_cents)
        SELECT project_id, SUM(amount_cents) FROM ledger_entries
        WHERE project_id IS NOT NULL AND kind IN ('mapping', 'validation', 'reversal')
        GROUP BY project_id;
    END IF;
END $$;
DELETE FROM ledger_totals;
INSERT INTO ledger_totals (org_id, user_id, kind, amount_cents, entries)
SELECT org_id, user_id, kind, SUM(amount_cents), COUNT(*) FROM ledger_entries
GROUP BY org_id, user_id, kind;
DELETE FROM task_counts;
INSERT INTO task_counts (user_id, mapped, validated)
SELECT user_id, SUM(mapped), SUM(validated) FROM (
    SELECT mapper_user_id AS user_id, COUNT(*) AS mapped, 0 AS validated FROM tasks
    WHERE mapper_user_id IS NOT NULL GROUP BY mapper_user_id
    UNION ALL
    SELECT validator_user_id, 0, COUNT(*) FROM tasks
    WHERE validator_user_id IS NOT NULL GROUP BY validator_user_id) c
GROUP BY user_id;
DELETE FROM org_task_activity;
INSERT INTO org_task_activity (org_id, action, slot, prev_slot, events)
SELECT org_id, action, slot, prev_slot, COUNT(*) FROM (
    SELECT p.org_id, e.action, activity_slot(e.action_at) AS slot,
           COALESCE(activity_slot(LAG(e.action_at) OVER (PARTITION BY e.project_id, e.task_id,
               e.action ORDER BY e.action_at, e.history_id)), -1) AS prev_slot
    FROM task_events e JOIN projects p ON p.id = e.project_id
    WHERE e.action IN ('MAPPED', 'VALIDATED', 'INVALIDATED')) s
GROUP BY org_id, action, slot, prev_slot;
DELETE FROM project_task_status;
INSERT INTO project_task_status (project_id, status, tasks)
SELECT project_id, status, COUNT(*) FROM tasks GROUP BY project_id, status;
COMMIT;
VACUUM ANALYZE;
SQL
fill_seconds=$(awk -v a="$fill_started" -v b="$(date +%s%N)" 'BEGIN { printf "%.1f", (b - a) / 1e9 }')
counts=$("${psql[@]}" -At -F ' ' -d mikro_bench -c "SELECT
    (SELECT count(*) FROM users WHERE org_id = '$org'), (SELECT count(*) FROM projects),
    (SELECT count(*) FROM tasks), (SELECT count(*) FROM task_events),
    (SELECT count(*) FROM ledger_entries), (SELECT count(*) FROM payment_requests),
    (SELECT count(*) FROM payments), (SELECT count(*) FROM ledger_entries WHERE user_id = '$mapper'),
    pg_size_pretty(pg_database_size('mikro_bench'))")
read -r n_users n_projects n_tasks n_events n_ledger n_requests n_payments n_mia db_size <<<"$counts"
echo "pg-endpoints.sh: filled in $fill_seconds s (VACUUM ANALYZE included)"

# --- 5. pgbench -S on the same cluster: PostgreSQL's own ceiling for one-row reads here --------
echo "pg-endpoints.sh: pgbench -i -s $pgbench_scale, then pgbench -S -c $connections -T $seconds..."
"$pg_bin/pgbench" -i -q -s "$pgbench_scale" pgbench_db >"$work/pgbench-init.log" 2>&1 \
    || { cat "$work/pgbench-init.log" >&2; fail "pgbench -i failed"; }
"$pg_bin/pgbench" -S -n -c "$connections" -j 2 -T "$seconds" pgbench_db >"$work/pgbench.log" 2>&1 \
    || { cat "$work/pgbench.log" >&2; fail "pgbench -S failed"; }
pgbench_tps=$(awk '/^tps = / {printf "%.0f", $3; exit}' "$work/pgbench.log")
[ -n "$pgbench_tps" ] || { cat "$work/pgbench.log" >&2; fail "no tps in pgbench's output"; }

# --- 6. wrk on each endpoint (GET works for fetch_* actions: app/server/api/ActionRoute.cpp) ---
# token:path; "-" is no token. /health answers without the database, /api/health pings it.
endpoints=(
    "-:/health"
    "-:/api/health"
    "mapper:/api/user/fetch_user_details"
    "mapper:/api/transaction/fetch_user_payable"
    "mapper:/api/project/fetch_user_dash_stats"
    "admin:/api/transaction/fetch_org_transactions"
    "admin:/api/project/fetch_admin_dash_stats"
)
auth_for() {
    case $1 in
        mapper) echo "Authorization: Bearer $mapper_token" ;;
        admin) echo "Authorization: Bearer $admin_token" ;;
        *) echo "X-Bench: none" ;;
    esac
}
# Every endpoint must answer 200 before it is measured; the answer's size and the time of this
# single request (no concurrency) go in the table.
declare -A bytes first
for entry in "${endpoints[@]}"; do
    who=${entry%%:*} path=${entry#*:}
    answer=$(curl -s --max-time 120 -o "$work/body" -w '%{http_code} %{time_total}' \
             -H "$(auth_for "$who")" "$base$path" || true)
    if [ "${answer%% *}" != 200 ]; then
        echo "pg-endpoints.sh: GET $path ($who) answered ${answer%% *}:" >&2
        cat "$work/body" >&2; echo >&2
        exit 1
    fi
    bytes[$entry]=$(wc -c <"$work/body")
    first[$entry]=$(awk -v t="${answer#* }" 'BEGIN { printf "%.1fms", t * 1000 }')
done

failures=()
rows_reuse=()
rows_single=()
declare -A rps_of
# measure LABEL ENTRY…: wrk on each endpoint; one table row each in rows_LABEL, req/s in rps_of.
measure() {
    local label=$1 entry who path out rps p50 p99 errors ratio
    shift
    local -n rows=rows_$label
    rows=()
    for entry in "$@"; do
        who=${entry%%:*} path=${entry#*:}
        out=$(wrk -t2 -c"$connections" -d"${seconds}s" --timeout "$wrk_timeout" --latency \
              -H "$(auth_for "$who")" "$base$path") || { echo "$out" >&2; fail "wrk failed on $path"; }
        rps=$(echo "$out" | awk '/^Requests\/sec:/ {print $2}')
        p50=$(echo "$out" | awk '$1 == "50%" {print $2}')
        p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
        errors=$(echo "$out" | grep -E 'Non-2xx or 3xx responses|Socket errors' | sed 's/^ *//' | tr '\n' ' ' || true)
        if [ -n "$errors" ]; then failures+=("$path ($label): $errors"); fi
        if [ -z "$rps" ] || ! awk -v r="$rps" 'BEGIN { exit !(r > 0) }'; then
            failures+=("$path ($label): ${rps:-no} req/s")
            rps=${rps:-0}
        fi
        rps_of[$label:$entry]=$rps
        # Requests still running when wrk stops would slow the next run: a /api/health queued
        # behind them in the store's thread pool answers once they have all started.
        curl -s --max-time 120 -o /dev/null "$base/api/health" || true
        ratio=$(awk -v r="$rps" -v t="$pgbench_tps" 'BEGIN { printf "%.1f%%", (t > 0 ? 100 * r / t : 0) }')
        rows+=("$(printf '%-46s %8s %9s %10s %10s %10s %9s  %s' "$path ($who)" "${bytes[$entry]}" \
                  "${first[$entry]}" "$rps" "${p50:--}" "${p99:--}" "$ratio" "$errors")")
    done
}
measure reuse "${endpoints[@]}"
# The baseline in the same run: the same server with statements prepared per execution, on the
# endpoints that read the database.
stop_server
start_server single
db_endpoints=()
for entry in "${endpoints[@]}"; do [ "${entry#*:}" = /health ] || db_endpoints+=("$entry"); done
measure single "${db_endpoints[@]}"

# --- 7. the table ----------------------------------------------------------------------------
echo
echo "machine: $(nproc) cores; PostgreSQL $pg_version (fsync off); $connections connections, ${seconds} s per run$([ "$smoke" = 1 ] && echo ', SMOKE MODE')"
echo "data: $n_users people in $org, $n_projects projects, $n_tasks tasks, $n_events task events, $n_ledger ledger entries ($n_mia Mia's), $n_requests payment requests, $n_payments payments; $db_size; filled in $fill_seconds s"
echo "server: $build/app/server/mikro-server; pgbench -S (scale $pgbench_scale, -c $connections -j 2): $pgbench_tps tps"
echo
header() { printf '%-46s %8s %9s %10s %10s %10s %9s\n' "endpoint (token)" "bytes" "alone" "req/s" "p50" "p99" "of -S tps"; }
echo "DATABASE_STATEMENTS=reuse (the default):"
header
for row in "${rows_reuse[@]}"; do echo "$row"; done
echo
echo "DATABASE_STATEMENTS=single (baseline: prepared per execution), and reuse ÷ single:"
header
i=0
for entry in "${db_endpoints[@]}"; do
    gain=$(awk -v a="${rps_of[reuse:$entry]}" -v b="${rps_of[single:$entry]}" \
           'BEGIN { printf "%.2f×", (b > 0 ? a / b : 0) }')
    echo "${rows_single[$i]}  reuse ÷ single $gain"
    i=$((i + 1))
done
if [ "${#failures[@]}" -gt 0 ]; then
    echo >&2
    for f in "${failures[@]}"; do echo "pg-endpoints.sh: FAILED $f" >&2; done
    exit 1
fi
