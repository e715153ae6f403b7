#!/usr/bin/env bash
# The layering of DESIGN.md §2 and the greps of CONVENTIONS.md §9, as a test that fails on a
# breach: GUI below ui/, includes that point up the graph, a server binary that loads Qt Gui,
# clocks read behind Clock's back, string-based connections, bare TODOs.
# Usage: check-layering.sh SOURCE_DIR MIKRO_SERVER_BINARY
set -u
src=$1
server=$2
cd "$src" || exit 2
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
check() { echo "PASS: $*"; }

hits=$(grep -rnE '#include *[<"](QtWidgets/|QtGui/|QWidget|QMessageBox|QApplication|QDialog|QPixmap|QIcon|QColor|QFont)' services models 2>/dev/null)
[ -z "$hits" ] && check "no Gui or Widgets headers in services/ or models/" || fail "GUI headers below ui/:
$hits"

hits=$(grep -rnE '#include *"(models|ui|app)/' services 2>/dev/null)
[ -z "$hits" ] && check "services include nothing above them" || fail "services include an upper layer:
$hits"
hits=$(grep -rnE '#include *"(ui|app)/' models 2>/dev/null)
[ -z "$hits" ] && check "models include nothing above them" || fail "models include an upper layer:
$hits"
hits=$(grep -rnE '#include *"app/' ui 2>/dev/null)
[ -z "$hits" ] && check "ui includes nothing from app/" || fail "ui includes app/:
$hits"

hits=$(grep -rnE 'Qt6?::(Widgets|Gui|Charts)' services/CMakeLists.txt services/*/CMakeLists.txt models/CMakeLists.txt 2>/dev/null)
[ -z "$hits" ] && check "no services or models target links Gui/Widgets" || fail "a services/models target links Gui/Widgets:
$hits"

libs=$(ldd "$server" 2>&1)
if echo "$libs" | grep -qE 'libQt6(Gui|Widgets|Charts)'; then
    fail "mikro-server loads Qt Gui/Widgets:
$(echo "$libs" | grep -E 'libQt6(Gui|Widgets|Charts)')"
else
    check "mikro-server loads no Qt Gui, Widgets or Charts"
fi

hits=$(grep -rnE 'QDateTime::currentDateTime' services models ui app 2>/dev/null | grep -v '^services/core/Clock.cpp:')
[ -z "$hits" ] && check "time is read only through core::Clock" || fail "clock read outside Clock:
$hits"

# The pattern is split so that this script does not match itself.
hits=$(grep -rnE '\b(SIG''NAL|SL''OT)\(' services models ui app tests --include='*.cpp' --include='*.h' 2>/dev/null)
[ -z "$hits" ] && check "no string-based connections" || fail "string-based connections used:
$hits"

hits=$(grep -rnE '(TODO|FIXME)' services models ui app tests --include='*.cpp' --include='*.h' 2>/dev/null | grep -vE '(TODO|FIXME)\(#[0-9]+\)')
[ -z "$hits" ] && check "no TODO without an issue" || fail "bare TODO/FIXME:
$hits"

hits=$(grep -rnE '\b(double|float)\b[^;(]*\b(amount|rate|total|payable|balance|budget|cents|payout|earning)' services models app --include='*.cpp' --include='*.h' 2>/dev/null)
[ -z "$hits" ] && check "no floating point near money" || fail "floating point near money:
$hits"

echo "$failures failed"
[ "$failures" -eq 0 ]
