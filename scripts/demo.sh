#!/usr/bin/env bash
# The Mikro demo on the embedded default: installs what is missing, builds, and runs mikro-server
# on an embedded SQLite file with no configuration. It prints where it listens; Ctrl-C stops it
# gracefully. PORT=… picks another port (default 8080; 0 = any free port).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh

build=${MIKRO_DEMO_BUILD_DIR:-build/release}
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=OFF "${launcher[@]}"
cmake --build "$build" --parallel "$(nproc)" --target mikro-server

echo "demo: try  curl -s http://127.0.0.1:${PORT:-8080}/api/health"
exec "$build/app/server/mikro-server"
