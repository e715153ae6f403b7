#!/usr/bin/env bash
# Installs the desktop's Debian package the way a person would, in a fresh Debian 12 made by
# debootstrap (minbase), and starts it:
#   1. debootstrap bookworm (cached as a tarball in /var/cache/mikro-packaging after the first
#      run) into a throwaway directory; /proc, /dev and /sys mounted for the run only;
#   2. `apt-get install ./mikro_…deb` (with its Recommends, as apt does by default) and xvfb;
#   3. `mikro --version`, then the program started offscreen as an ordinary user: it must still
#      be running after 8 s (no missing library, plugin or translation);
#   4. the program under Xvfb in a D-Bus session, and a screenshot of the screen once the sign-in
#      window is up: $2 (default build/package/installed-sign-in.png) — look at it.
# Needs root, debootstrap and Debian's archive. Usage:
#   packaging/linux/check-install.sh [build dir with the .deb files] [screenshot.png]
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build/package}
shot=${2:-$build/installed-sign-in.png}
mirror=${MIKRO_DEBIAN_MIRROR:-http://deb.debian.org/debian}
fail() { echo "check-install.sh: $*" >&2; exit 1; }
[ "$(id -u)" -eq 0 ] || fail "needs root (debootstrap, chroot)"
command -v debootstrap >/dev/null || fail "debootstrap is not installed"
deb=$(ls "$build"/mikro_*.deb 2>/dev/null | head -n 1)
[ -n "$deb" ] || fail "no mikro_*.deb in $build (packaging/linux/build-deb.sh)"

root=$(mktemp -d /var/tmp/mikro-chroot.XXXXXX)
mounted=()
cleanup() {
    pkill -KILL -f "^Xvfb :42" 2>/dev/null || true
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount -l "${mounted[$i]}" 2>/dev/null || true; done
    rm -rf --one-file-system "$root"
}
trap cleanup EXIT

cache=/var/cache/mikro-packaging/bookworm-minbase.tar
if [ ! -f "$cache" ]; then
    mkdir -p "$(dirname "$cache")"
    echo "check-install.sh: debootstrap bookworm (minbase) from $mirror"
    debootstrap --variant=minbase bookworm "$root" "$mirror" >"$root.debootstrap.log" 2>&1 \
        || { tail -20 "$root.debootstrap.log" >&2; fail "debootstrap failed"; }
    tar -C "$root" -cf "$cache" .
    rm -f "$root.debootstrap.log"
else
    tar -C "$root" -xf "$cache"
fi
chmod 755 "$root" # the chroot's / (mktemp's 700, kept by the tarball) open to the ordinary user
for dir in proc sys dev; do
    mount --rbind "/$dir" "$root/$dir"
    mount --make-rslave "$root/$dir"
    mounted+=("$root/$dir")
done
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
cp "$deb" "$root/tmp/"
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 "$@"; }

echo "check-install.sh: apt-get install ./$(basename "$deb") xvfb"
in_root apt-get update -q >"$build/chroot-apt.log" 2>&1 || { cat "$build/chroot-apt.log" >&2; fail "apt-get update failed"; }
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "/tmp/$(basename "$deb")" xvfb \
    >>"$build/chroot-apt.log" 2>&1 || { tail -30 "$build/chroot-apt.log" >&2; fail "apt-get install failed"; }
grep -E '^(Setting up|Unpacking) mikro' "$build/chroot-apt.log" | sed 's/^/  /'
echo "  $(in_root dpkg-query -W -f '${Package} ${Version}, ${Installed-Size} KiB installed\n' mikro)"
echo "  packages in the chroot: $(in_root dpkg-query -W -f '.\n' | wc -l)"
for file in /usr/bin/mikro /usr/share/applications/org.mikro.Mikro.desktop \
    /usr/share/metainfo/org.mikro.Mikro.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/org.mikro.Mikro.svg /usr/share/man/man1/mikro.1.gz; do
    [ -e "$root$file" ] || fail "$file is not installed"
done
echo "  mikro --version: $(in_root env QT_QPA_PLATFORM=offscreen mikro --version 2>/dev/null | tr '\n' ' ')"

in_root useradd -m -s /bin/bash mapper
as_user() { # the installed program as an ordinary user, in a D-Bus session
    chroot --userspec=mapper:mapper "$root" /usr/bin/env -i PATH=/usr/bin:/bin HOME=/home/mapper \
        USER=mapper LANG=C.UTF-8 XDG_RUNTIME_DIR=/tmp/mapper-runtime "$@"
}
in_root install -d -o mapper -m 700 /tmp/mapper-runtime
as_user env QT_QPA_PLATFORM=offscreen timeout -s TERM 8 \
    dbus-run-session -- mikro >"$build/chroot-offscreen.log" 2>&1 && code=0 || code=$?
[ "$code" = 124 ] || { cat "$build/chroot-offscreen.log" >&2; fail "mikro exited ($code) before 8 s offscreen"; }
echo "  started offscreen as an ordinary user: running after 8 s"

in_root install -d -o mapper /tmp/fb
as_user Xvfb :42 -screen 0 800x600x24 -fbdir /tmp/fb -nolisten tcp \
    >"$build/chroot-xvfb.log" 2>&1 &
for _ in $(seq 50); do [ -e "$root/tmp/fb/Xvfb_screen0" ] && break; sleep 0.2; done
[ -e "$root/tmp/fb/Xvfb_screen0" ] || fail "Xvfb did not start"
as_user env DISPLAY=:42 timeout -s TERM 12 dbus-run-session -- mikro \
    >"$build/chroot-xvfb-mikro.log" 2>&1 &
mikro_pid=$!
sleep 10
python3 packaging/linux/xwd_to_png.py "$root/tmp/fb/Xvfb_screen0" "$shot"
wait "$mikro_pid" || true
echo "  screenshot under Xvfb: $shot"
echo "check-install.sh: passed"
