# One mikro-server on a throwaway PostgreSQL, with the devstack's identity provider and Tasking
# Manager and the demo data, for the scripts that measure or attack a serving instance. Source
# it after processes.sh with `work`, `server` and `devstack` set and `fail` defined; it sources
# pgcluster.sh and installs the EXIT trap that stops everything (`pids`) and the cluster, and
# removes $work. pg_stack_start sets issuer, server_pid, port and base.
# shellcheck source=scripts/lib/pgcluster.sh
source "$(dirname "${BASH_SOURCE[0]}")/pgcluster.sh"
pids=()
cleanup() {
    stop_pids "${pids[@]}"
    pg_stop
    rm -rf "$work"
}
trap cleanup EXIT

pg_stack_start() { # database name, TM4 projects, tasks per project
    pg_start
    "${psql[@]}" -q -d postgres -c "CREATE DATABASE $1"
    "$devstack" --port 0 --tm4-projects "$2" --tm4-tasks "$3" >"$work/devstack" 2>&1 &
    pids+=($!)
    wait_line "$work/devstack" '^identity provider: issuer http' 60 "${pids[-1]}"
    issuer=$(sed -n 's/^identity provider: issuer \(http[^ ]*\).*/\1/p' "$work/devstack" | head -n 1)
    "$devstack" --seed-demo-store "$(pg_url "$1")" --tm4-url "${issuer}api/v2" \
        --tm4-projects "$2" >"$work/seed" 2>&1 || { cat "$work/seed" >&2; fail "seeding failed"; }
    env -u SQLITE_PATH DATABASE_URL="$(pg_url "$1")" PORT=0 BIND_ADDRESS=127.0.0.1 \
        AUTH0_DOMAIN=127.0.0.1 AUTH0_ISSUER_URL="$issuer" SYNC_INTERVAL_MINUTES=0 \
        TM4_API_URL="${issuer}api/v2" QT_LOGGING_RULES="mikro.services.http.access=false" \
        "$server" >"$work/server" 2>&1 &
    pids+=($!)
    server_pid=${pids[-1]}
    wait_line "$work/server" 'listening on http://' 60 "$server_pid"
    port=$(sed -n 's/.*listening on http:\/\/127\.0\.0\.1:\([0-9]*\).*/\1/p' "$work/server" | head -n 1)
    base="http://127.0.0.1:$port"
}
