#!/usr/bin/env bash
# Builds the desktop's Debian packages (mikro, mikro-devstack) with CPack and checks them:
#   1. a Release build with Debian's hardening flags (dpkg-buildflags, hardening=+all), in
#      build/package, of the two programs only;
#   2. cpack -G DEB → build/package/mikro_<version>-1_<arch>.deb and mikro-devstack_…deb;
#   3. lintian on both (its remaining tags and why they stay: packaging/linux/README.md),
#      desktop-file-validate on the .desktop entry, appstreamcli validate on the metainfo.
# Then packaging/linux/check-install.sh installs them in a fresh Debian 12 chroot.
# Usage: packaging/linux/build-deb.sh [build dir]   (default build/package)
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build/package}
fail() { echo "build-deb.sh: $*" >&2; exit 1; }
for tool in cmake ninja cpack dpkg-buildflags dpkg-shlibdeps lintian desktop-file-validate appstreamcli; do
    command -v "$tool" >/dev/null || fail "$tool is not installed (bash scripts/install-deps.sh --packaging)"
done

export DEB_BUILD_MAINT_OPTIONS=hardening=+all
flags() { dpkg-buildflags --get "$1" | sed 's/\(^\| \)-g\( \|$\)/ /g'; } # no debug info: stripped anyway
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF \
    -DMIKRO_BUILD_DESKTOP=ON -DMIKRO_BUILD_DEVSTACK=ON -DCMAKE_SKIP_INSTALL_ALL_DEPENDENCY=ON \
    -DCMAKE_INSTALL_PREFIX=/usr \
    -DCMAKE_CXX_FLAGS="$(flags CPPFLAGS) $(flags CXXFLAGS)" \
    -DCMAKE_EXE_LINKER_FLAGS="$(flags LDFLAGS)" >/dev/null
cmake --build "$build" --parallel "$(nproc)" --target mikro mikro-devstack mikro_package_files
rm -f "$build"/*.deb
(cd "$build" && cpack -G DEB >cpack.log 2>&1) || { cat "$build/cpack.log" >&2; fail "cpack failed"; }
ls -l "$build"/*.deb

desktop-file-validate packaging/linux/org.mikro.Mikro.desktop
appstreamcli validate --no-net --pedantic packaging/linux/org.mikro.Mikro.metainfo.xml
lintian --fail-on error,warning --suppress-tags-from-file packaging/linux/lintian-overrides \
    "$build"/*.deb || fail "lintian found errors or warnings"
echo "build-deb.sh: passed"
