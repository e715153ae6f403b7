#!/usr/bin/env bash
# The Mikro demo on the embedded default: installs what is missing, builds, then starts
#   - mikro-devstack: the local identity provider (Auth0 stand-in) and the TM4 simulator
#     (3 projects of 200 tasks whose histories name the devstack's people) on 127.0.0.1:8110,
#   - prepares the demo store through the services (people sign in and onboard, the admin
#     creates the simulator's projects and assigns everyone),
#   - mikro-server on that embedded SQLite file, trusting the provider and syncing the
#     simulator every SYNC_INTERVAL_MINUTES (default 1), on http://127.0.0.1:8080,
#   - the desktop app `mikro` on that server (its default connection, DESIGN.md §2.1) when a
#     display is available: sign in with your browser as one of the devstack's people; the
#     dashboard and Payments show their figures once the first sync ran.
# Ctrl-C stops everything gracefully. PORT=… moves the server (0 = any free port).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh

build=${MIKRO_DEMO_BUILD_DIR:-build/release}
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=OFF "${launcher[@]}"
cmake --build "$build" --parallel "$(nproc)" --target mikro-server mikro-devstack mikro

pids=()
stop() {
    for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
}
trap stop EXIT INT TERM

devstack_port=${DEVSTACK_PORT:-8110}
projects=${TM4_PROJECTS:-3}
"$build/app/devstack/mikro-devstack" --port "$devstack_port" --tm4-projects "$projects" \
    --tm4-tasks "${TM4_TASKS:-200}" &
pids+=($!)
for _ in $(seq 50); do
    (exec 3<>"/dev/tcp/127.0.0.1/$devstack_port") 2>/dev/null && break
    sleep 0.1
done

demo_dir=${MIKRO_DEMO_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/Mikro/demo}
mkdir -p "$demo_dir"
store="$demo_dir/mikro.sqlite"
tm4_url="http://127.0.0.1:$devstack_port/api/v2"
"$build/app/devstack/mikro-devstack" --seed-demo-store "$store" --tm4-url "$tm4_url" \
    --tm4-projects "$projects" 2>/dev/null

SQLITE_PATH="$store" AUTH0_DOMAIN=127.0.0.1 AUTH0_ISSUER_URL="http://127.0.0.1:$devstack_port/" \
    TM4_API_URL="$tm4_url" SYNC_INTERVAL_MINUTES="${SYNC_INTERVAL_MINUTES:-1}" \
    CORS_ORIGINS=http://localhost:3000 "$build/app/server/mikro-server" &
pids+=($!)

server_url="http://127.0.0.1:${PORT:-8080}"
if [ "${PORT:-8080}" = 0 ]; then
    echo "demo: PORT=0 picks a free port; start the desktop with --server http://127.0.0.1:<port from the log above>"
elif [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    "$build/app/desktop/mikro" --server "$server_url" &
    pids+=($!)
else
    echo "demo: no display, so the desktop app is not started (run it with a display: $build/app/desktop/mikro --server $server_url)"
fi
echo "demo: try  curl -s http://127.0.0.1:${PORT:-8080}/api/health"
echo "demo: the store is $store; after the first sync (a few seconds):"
echo "      sqlite3 $store 'SELECT user_id, kind, SUM(amount_cents) FROM ledger_entries GROUP BY 1, 2'"
echo "demo: a token for the API: see docs/DEMO.md; Ctrl-C stops everything"
wait -n "${pids[@]}"
