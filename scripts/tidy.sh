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
    -extra-arg=-Wno-unknown-warning-option >"$build/tidy.log" 2>&1 || true
# Findings listed in .ci/tidy-known (the debt the first whole-tree pass found, being worked down)
# are reported but do not fail; any other finding does.
python3 - "$build/tidy.log" .ci/tidy-known <<'PY'
import os, re, sys
root = os.getcwd() + "/"
known = {line.strip() for line in open(sys.argv[2]) if line.strip() and not line.startswith("#")}
finding = re.compile(r"^(/[^:]+):\d+:\d+: (?:warning|error): (.*) \[([\w.-]+)")
new, old = [], 0
for line in open(sys.argv[1]):
    m = finding.match(line)
    if not m:
        continue
    path = m.group(1)[len(root):] if m.group(1).startswith(root) else m.group(1)
    symbol = re.search(r"'([^']+)'", m.group(2))
    key = "|".join((path, m.group(3), symbol.group(1) if symbol else ""))
    if key in known:
        old += 1
    else:
        new.append(line.rstrip() + "\n    key: " + key)
print(f"tidy: {len(new)} new finding(s), {old} known (.ci/tidy-known)")
for line in new:
    print(line)
sys.exit(1 if new else 0)
PY
