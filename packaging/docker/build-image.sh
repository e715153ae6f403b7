#!/usr/bin/env bash
# Builds packaging/docker/Dockerfile with podman without any image registry (issue #15 §3): the
# Debian 12 base images the Dockerfile names (`debian:12`, `debian:12-slim`) are made here with
# debootstrap from Debian's archive and imported into podman under those names. Then it runs the
# image against a throwaway PostgreSQL and checks what an operator relies on:
#   - the health check (the image's HEALTHCHECK command) answers healthy;
#   - the server runs as the unprivileged user `mikro`, not root;
#   - SIGTERM stops it within the grace period with exit status 0;
#   - the image's size (printed).
# Usage (root, as podman is rootful here): bash packaging/docker/build-image.sh
#   MIKRO_IMAGE_MIRROR: the Debian mirror for debootstrap (default http://deb.debian.org/debian).
#   MIKRO_IMAGE_RUN_ONLY=1: skip the base and the build; run and check mikro-server:local as built.
#
# On a machine whose cgroups are in hybrid mode (v1 controllers beside a cgroup2 mount, as here)
# crun refuses to start any container, even with --cgroups=disabled. The script then runs in a
# mount namespace of its own in which the cgroup2 mount is detached (the host keeps it), podman
# uses the cgroupfs manager, and the container's resource limits are set within the host's hard
# limits (podman's defaults are above them and crun may not raise them).
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ -z "${MIKRO_IMAGE_NAMESPACE:-}" ] && mountpoint -q /sys/fs/cgroup/unified 2>/dev/null; then
    exec unshare --mount --propagation private env MIKRO_IMAGE_NAMESPACE=1 bash "$0" "$@"
fi
if [ -n "${MIKRO_IMAGE_NAMESPACE:-}" ]; then
    umount --lazy /sys/fs/cgroup/unified
    podman() { command podman --cgroup-manager=cgroupfs "$@"; }
fi
mirror=${MIKRO_IMAGE_MIRROR:-http://deb.debian.org/debian}
fail() { echo "build-image.sh: $*" >&2; exit 1; }
for tool in podman debootstrap curl; do
    command -v "$tool" >/dev/null || fail "$tool is not installed (apt-get install --no-install-recommends podman debootstrap)"
done
[ "$(id -u)" = 0 ] || fail "run as root (debootstrap and rootful podman)"

work=$(mktemp -d /tmp/mikro-image.XXXXXX)
container=""
cleanup() {
    [ -z "$container" ] || podman rm -f "$container" >/dev/null 2>&1 || true
    pg_stop
    rm -rf "$work"
}
# shellcheck source=scripts/lib/pgcluster.sh
source scripts/lib/pgcluster.sh
trap cleanup EXIT

# --- 1. the base images, from Debian's archive ----------------------------------------------
if [ "${MIKRO_IMAGE_RUN_ONLY:-0}" != 1 ] && ! podman image exists debian:12; then
    echo "debootstrap: Debian 12 (minbase) from $mirror"
    debootstrap --variant=minbase bookworm "$work/rootfs" "$mirror" >"$work/debootstrap.log" 2>&1 \
        || { tail -20 "$work/debootstrap.log"; fail "debootstrap failed"; }
    # As Debian's own images: no apt caches, no documentation in the base.
    rm -rf "$work/rootfs/var/lib/apt/lists/"* "$work/rootfs/var/cache/apt/"*.bin
    tar -C "$work/rootfs" -c . | podman import --change 'CMD ["bash"]' - debian:12 >/dev/null
fi
# The slim variant is the same base here (Debian's removes documentation; the size printed below
# is the image as built from this base).
podman image exists debian:12-slim || podman tag debian:12 debian:12-slim

# --- 2. the image -----------------------------------------------------------------------------
if [ "${MIKRO_IMAGE_RUN_ONLY:-0}" != 1 ]; then
    started=$(date +%s)
    podman build --format docker --isolation chroot --network host -f packaging/docker/Dockerfile -t mikro-server:local . >"$work/build.log" 2>&1 \
        || { tail -40 "$work/build.log"; fail "podman build failed"; }
    echo "built mikro-server:local in $(($(date +%s) - started)) s"
fi
size=$(podman image inspect mikro-server:local --format '{{.Size}}')
echo "image size: $((size / 1024 / 1024)) MB"
user=$(podman image inspect mikro-server:local --format '{{.Config.User}}')
[ "$user" = mikro ] || fail "the image runs as '$user', not mikro"

# --- 3. run it against PostgreSQL -------------------------------------------------------------
pg_start
"${psql[@]}" -q -d postgres -c 'CREATE DATABASE mikro_image'
take_port port || fail "no free port"
container=$(podman run -d --cgroups=disabled --ulimit "nofile=1024:$(ulimit -Hn)" \
    --ulimit nproc=4096:4096 --health-interval disable --network host \
    -e DATABASE_URL="$(pg_url mikro_image)" \
    -e PORT="$port" -e BIND_ADDRESS=127.0.0.1 -e AUTH0_DOMAIN=example.eu.auth0.com \
    -e SYNC_INTERVAL_MINUTES=0 -e LOG_FORMAT=json mikro-server:local)
for _ in $(seq 100); do
    curl -sf "http://127.0.0.1:$port/api/health" >/dev/null && break
    sleep 0.2
done
curl -sf "http://127.0.0.1:$port/api/health" | grep -q healthy || { podman logs "$container" | tail; fail "no healthy answer"; }
podman healthcheck run "$container" >/dev/null || fail "the image's health check failed"
echo "health check: healthy (/api/health and the image's HEALTHCHECK)"
# The server process as the host sees it (podman top needs the cgroup a container may not have).
pid=$(podman inspect "$container" --format '{{.State.Pid}}')
uid=$(awk '/^Uid:/ {print $2}' "/proc/$pid/status")
process_user=$(podman exec "$container" id -un "$uid")
[ "$uid" != 0 ] && [ "$process_user" = mikro ] || fail "the server runs as uid $uid ($process_user)"
echo "process user: $process_user (uid $uid), $(tr '\0' ' ' <"/proc/$pid/cmdline")"
# The server's log is its standard error (its standard output has the one-line start banner);
# podman's own complaints on the same stream (such as "no systemd") are left out.
podman logs "$container" 2>&1 >/dev/null | grep -v ' level=' >"$work/server.log" || true
python3 - "$work/server.log" <<'PY' || { head -5 "$work/server.log"; fail "LOG_FORMAT=json did not give JSON lines"; }
import json, sys
lines = [l for l in open(sys.argv[1]) if l.strip()]
assert lines, "no log lines"
for line in lines:
    json.loads(line)
print(f"logs: {len(lines)} lines, each one JSON object")
PY
stop_started=$(date +%s.%N)
podman stop -t 15 "$container" >/dev/null
code=$(podman inspect "$container" --format '{{.State.ExitCode}}')
took=$(python3 -c "import time; print(f'{time.time() - $stop_started:.2f}')")
[ "$code" = 0 ] || { podman logs "$container" | tail; fail "exit status $code after SIGTERM"; }
echo "SIGTERM: exited 0 in ${took} s"
echo "build-image.sh: passed"
