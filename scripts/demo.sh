#!/usr/bin/env bash
# The Mikro demo on the embedded default: installs what is missing, builds, then starts
#   - mikro-devstack: the local identity provider (Auth0 stand-in) on http://127.0.0.1:8110,
#   - mikro-server on an embedded SQLite file, trusting that provider, on http://127.0.0.1:8080,
#   - the desktop app `mikro` when a display is available (sign in with your browser; the
#     devstack's page lets you pick an admin, a validator, two mappers or a person without org).
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
"$build/app/devstack/mikro-devstack" --port "$devstack_port" &
pids+=($!)
for _ in $(seq 50); do
    (exec 3<>"/dev/tcp/127.0.0.1/$devstack_port") 2>/dev/null && break
    sleep 0.1
done

AUTH0_DOMAIN=127.0.0.1 AUTH0_ISSUER_URL="http://127.0.0.1:$devstack_port/" \
    CORS_ORIGINS=http://localhost:3000 "$build/app/server/mikro-server" &
pids+=($!)

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    "$build/app/desktop/mikro" &
    pids+=($!)
else
    echo "demo: no display, so the desktop app is not started (run it with a display: $build/app/desktop/mikro)"
fi
echo "demo: try  curl -s http://127.0.0.1:${PORT:-8080}/api/health"
echo "demo: a token for the API: see docs/DEMO.md; Ctrl-C stops everything"
wait -n "${pids[@]}"
