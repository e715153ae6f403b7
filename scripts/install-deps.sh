#!/usr/bin/env bash
# Installs everything Mikro needs to build, run and test, from Debian 12's archive only.
# Idempotent: packages already present are left alone; with all present, apt is not touched.
set -euo pipefail

packages=(
    build-essential cmake ninja-build ccache pkg-config git ca-certificates clang-format
    clang-tidy cppcheck python3
    qt6-base-dev qt6-base-dev-tools libqt6sql6-psql libqt6sql6-sqlite
    qt6-charts-dev libqt6opengl6-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-qpa-plugins libgl-dev
    qtkeychain-qt6-dev nlohmann-json3-dev libssl-dev libboost-dev libicu-dev
    postgresql postgresql-client
    dbus dbus-x11 gnome-keyring libsecret-tools
    xvfb xauth wrk hyperfine curl procps fonts-dejavu-core haproxy
    appstream desktop-file-utils
)
# --packaging: also what packaging/linux/build-deb.sh and check-install.sh use.
if [ "${1:-}" = --packaging ]; then packages+=(lintian debootstrap dpkg-dev); fi

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages present"
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "install-deps: installing ${#missing[@]} package(s): ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends "${missing[@]}"
