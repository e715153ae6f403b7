# A local Mikro stack for the scripts that attack or crash a release build: the devstack (its
# identity provider and Tasking Manager), a seeded demo store, mikro-server on it, and tokens
# through the devstack's PKCE flow. Source it with `build` and `work_prefix` set; it sets `work`,
# `store`, `idp_port`, `api_port`, `api`, `tm4`, and stops everything on exit.
work=$(mktemp -d "/tmp/${work_prefix:-mikro-stack}.XXXXXX")
pids=()
stop() {
    for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap stop EXIT

# shellcheck source=scripts/lib/ports.sh
source "$(dirname "${BASH_SOURCE[0]}")/ports.sh"
wait_port() {
    for _ in $(seq 100); do
        (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
        sleep 0.1
    done
    return 1
}

take_port idp_port
"$build/app/devstack/mikro-devstack" --port "$idp_port" --tm4-projects 1 --tm4-tasks 20 \
    >"$work/devstack.log" 2>&1 &
pids+=($!)
wait_port "$idp_port"
store="$work/mikro.sqlite"
tm4="http://127.0.0.1:$idp_port/api/v2"
"$build/app/devstack/mikro-devstack" --seed-demo-store "$store" --tm4-url "$tm4" \
    --tm4-projects 1 >/dev/null 2>&1
take_port api_port
start_server() { # starts mikro-server on $store at $api_port
    PORT=$api_port SQLITE_PATH="$store" AUTH0_DOMAIN=127.0.0.1 \
        AUTH0_ISSUER_URL="http://127.0.0.1:$idp_port/" TM4_API_URL="$tm4" SYNC_INTERVAL_MINUTES=0 \
        "$build/app/server/mikro-server" >>"$work/server.out" 2>>"$work/server.log" &
    server_pid=$!
    pids+=("$server_pid")
    wait_port "$api_port"
}
start_server
api="http://127.0.0.1:$api_port/api"

# Tokens through the devstack's PKCE flow (docs/DEMO.md): token_for SUBJECT.
issuer="http://127.0.0.1:$idp_port/"
fail() { echo "${work_prefix:-mikro-stack}: $*" >&2; exit 1; }
# shellcheck source=scripts/lib/processes.sh
source "$(dirname "${BASH_SOURCE[0]}")/processes.sh"
sql() { python3 -c "import sqlite3,sys; print(sqlite3.connect('$store').execute(sys.argv[1]).fetchone()[0])" "$1"; }
