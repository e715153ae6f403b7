#!/usr/bin/env bash
# UNTESTED: no Mac was available to the developers; written from the Qt 6.4 documentation of
# macdeployqt. Read docs/PACKAGING.md before relying on it.
#
# Builds the Mikro desktop (Release) as an app bundle with Qt 6.4+ (Qt online installer, with
# Qt Charts) and QtKeychain, OpenSSL 3, nlohmann/json, libpq from Homebrew, makes the bundle
# self-contained with macdeployqt, signs it (when MIKRO_SIGN_IDENTITY is set) and makes a .dmg.
#   QT_DIR=~/Qt/6.4.3/macos bash packaging/macos/package.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
: "${QT_DIR:?the Qt installation, e.g. ~/Qt/6.4.3/macos}"
build=${1:-build/macos}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF \
    -DCMAKE_PREFIX_PATH="$QT_DIR;$(brew --prefix)" -DCMAKE_OSX_DEPLOYMENT_TARGET=11.0
cmake --build "$build" --target mikro mikro-devstack

# The executable becomes a bundle here (the CMake target is a plain executable, as on Linux).
app="$build/Mikro.app"
rm -rf "$app"
mkdir -p "$app/Contents/MacOS" "$app/Contents/Resources"
cp "$build/app/desktop/mikro" "$build/app/devstack/mikro-devstack" "$app/Contents/MacOS/"
cat >"$app/Contents/Info.plist" <<PLIST
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0"><dict>
  <key>CFBundleExecutable</key><string>mikro</string>
  <key>CFBundleIdentifier</key><string>org.mikro.Mikro</string>
  <key>CFBundleName</key><string>Mikro</string>
  <key>CFBundlePackageType</key><string>APPL</string>
  <key>CFBundleShortVersionString</key><string>0.1.0</string>
  <key>LSMinimumSystemVersion</key><string>11.0</string>
  <key>NSHighResolutionCapable</key><true/>
</dict></plist>
PLIST
# Qt's frameworks and plugins (cocoa, styles, SQL drivers), plus the Homebrew libraries they use.
"$QT_DIR/bin/macdeployqt" "$app" -executable="$app/Contents/MacOS/mikro-devstack" \
    -libpath="$(brew --prefix)/lib" ${MIKRO_SIGN_IDENTITY:+-codesign="$MIKRO_SIGN_IDENTITY" -hardened-runtime}
hdiutil create -volname Mikro -srcfolder "$app" -ov -format UDZO "$build/Mikro.dmg"
echo "package.sh: $build/Mikro.dmg"
