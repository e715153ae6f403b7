#!/usr/bin/env bash
# clang-tidy with the checked-in .clang-tidy (CONVENTIONS.md §9) on the build's compile database.
#   scripts/tidy.sh BUILD_DIR --all        every source file of the tree (the `tidy` target)
#   scripts/tidy.sh BUILD_DIR --changed    the sources changed since the commit in .ci/tidy-base,
#                                          and the .cpp beside each changed header; what CI runs
#                                          (move the base forward after a clean whole-tree pass)
# Exit status: non-zero when clang-tidy reports anything.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:?build directory}
mode=${2:---changed}
[ -f "$build/compile_commands.json" ] || { echo "tidy: no $build/compile_commands.json" >&2; exit 2; }

known=$(python3 -c '
import json, os, sys
root = os.getcwd() + "/"
for entry in json.load(open(sys.argv[1])):
    path = entry["file"]
    if path.startswith(root) and "/build/" not in path[len(root):]:
        print(path[len(root):])' "$build/compile_commands.json" | sort -u)

if [ "$mode" = --all ]; then
    files=$known
else
    base=$(cat .ci/tidy-base)
    changed=$(git diff --name-only --diff-filter=d "$base" -- '*.cpp' '*.h')
    wanted=$(for f in $changed; do echo "$f"; echo "${f%.h}.cpp"; done | sort -u)
    files=$(comm -12 <(echo "$wanted") <(echo "$known"))
fi
count=$(echo "$files" | grep -c . || true)
echo "tidy: $count file(s)"
[ "$count" -eq 0 ] && exit 0
echo "$files" | xargs -r -P "$(nproc)" -n 1 clang-tidy -p "$build" --quiet \
    -extra-arg=-Wno-unknown-warning-option 2>&1 \
    | grep -vE '^[0-9]+ warnings? (generated|treated as errors?)\.$|^Suppressed [0-9]+ warnings|^Use -header-filter' \
    | tee "$build/tidy.log"
! grep -qE '(warning|error):' "$build/tidy.log"
