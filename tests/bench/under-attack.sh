#!/usr/bin/env bash
# mikro-server under attack while serving, then a soak (issue #15 §5), on loopback and a
# throwaway PostgreSQL:
#  1. baseline: wrk's normal authenticated traffic (a mapper's payable balance) alone;
#  2. the same wrk traffic while tests/bench/attack_traffic.py sends 10,000 malformed requests,
#     holds 500 slowloris connections and streams oversized bodies, each attack from its own
#     loopback address: the server stays up, every malformed request gets a 4xx (or a close for a
#     truncated one), every oversized body a 413, normal traffic has no failure and its p99 is
#     printed beside the baseline's; resident memory is sampled each second;
#  3. the soak: mixed traffic (wrk's Lua script rotating nine reads of a mapper and an admin,
#     a trickle of malformed requests and 50 slowloris connections) for the soak's length, the
#     resident memory printed every 30 s: no failed request, and memory flat after warm-up
#     (the largest sample of the second half at most 10% above the sample at the end of the
#     first minute).
# Exits 1 when any check fails. Everything started is stopped on exit.
#
# Usage: tests/bench/under-attack.sh [build dir] [attack seconds] [soak seconds]
#   defaults: build/release, 60 s, 600 s. MIKRO_BENCH_SMOKE=1: 8 s with 400 malformed requests
#   and 40 slowloris connections, a 20 s soak whose memory curve is printed but not judged (CI: it
#   must run to the end and pass its other checks).
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build/release}
if [ "${MIKRO_BENCH_SMOKE:-0}" = 1 ]; then
    attack=${2:-8} soak=${3:-20} malformed=400 loris=40 soak_loris=10 warmup=5 every=5
else
    attack=${2:-60} soak=${3:-600} malformed=10000 loris=500 soak_loris=50 warmup=60 every=30
fi
mapper='auth0|devstack-mapper-1'
admin='auth0|devstack-admin'
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}
fail() { echo "under-attack.sh: $*" >&2; exit 1; }
# shellcheck source=scripts/lib/processes.sh
source scripts/lib/processes.sh
require_tools wrk curl python3
stack_binaries "$build"

work=$(mktemp -d /tmp/mikro-under-attack.XXXXXX)
# shellcheck source=scripts/lib/pgstack.sh
source scripts/lib/pgstack.sh
pg_stack_start mikro_attack 2 40
mapper_token=$(token_for "$mapper")
admin_token=$(token_for "$admin")
path=/api/transaction/fetch_user_payable
rss_mib() { awk '/^VmRSS:/ {printf "%.1f", $2 / 1024}' "/proc/$server_pid/status"; }
alive() { kill -0 "$server_pid" 2>/dev/null || fail "mikro-server died: $(tail -5 "$work/server")"; }
wrk_summary() { # $1: wrk's output → "N requests, p50 …, p99 …, failed: …"
    local errors
    errors=$(grep -E 'Non-2xx or 3xx responses|Socket errors' "$1" | tr -s ' ' | tr '\n' ' ' || true)
    echo "$(awk '/requests in/ {print $1}' "$1") requests, $(awk '/Requests\/sec/ {print $2}' "$1") req/s, p50 $(awk '/ 50%/ {print $2}' "$1"), p99 $(awk '/ 99%/ {print $2}' "$1"), failed: ${errors:-none}"
}
no_failures() { ! grep -qE 'Non-2xx or 3xx responses|Socket errors' "$1"; }
for t in "$mapper_token" "$admin_token"; do
    curl -sf -X POST -H "Authorization: Bearer $t" -d '{}' "$base/api/login" >/dev/null \
        || fail "login failed"
done
status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $mapper_token" "$base$path")
[ "$status" = 200 ] || fail "GET $path answered $status"

# --- 1. baseline --------------------------------------------------------------------------------
rss_start=$(rss_mib)
wrk -t2 -c16 -d"${attack}s" --latency --timeout 10s -H "Authorization: Bearer $mapper_token" \
    "$base$path" >"$work/wrk-baseline" 2>&1
echo "baseline, wrk -t2 -c16 -d${attack}s alone: $(wrk_summary "$work/wrk-baseline")"
no_failures "$work/wrk-baseline" || fail "the baseline had failures"

# --- 2. the same traffic under attack ------------------------------------------------------------
wrk -t2 -c16 -d"${attack}s" --latency --timeout 10s -H "Authorization: Bearer $mapper_token" \
    "$base$path" >"$work/wrk-attack" 2>&1 &
wrk_pid=$!
python3 tests/bench/attack_traffic.py --port "$port" --pid "$server_pid" --token "$mapper_token" \
    --seconds "$attack" --malformed "$malformed" --slowloris "$loris" >"$work/attack.json"
wait "$wrk_pid" || fail "wrk failed: $(cat "$work/wrk-attack")"
alive
echo "under attack, the same wrk: $(wrk_summary "$work/wrk-attack")"
python3 - "$work/attack.json" "$rss_start" "$malformed" <<'EOF'
import json, sys
a = json.load(open(sys.argv[1]))
rss = [r / 1024 for r in a["rss_kib"] if r]
print(f"  malformed: {a['malformed_sent']} sent, answers {a['malformed']}, slowest {a['malformed_slowest_s']} s")
print(f"  oversized bodies: {a['oversized']}, answered within {a['oversized_slowest_s']} s, at most"
      f" {a['oversized_most_mb_sent']} MB of 50 in the sockets' buffers before the answer")
print(f"  slowloris: {a['slowloris']}, held open at once {a['slowloris_held_min']}–{a['slowloris_held_max']}")
print(f"  resident memory: {sys.argv[2]} MiB before, peak {max(rss):.1f} MiB, last {rss[-1]:.1f} MiB")
problems = []
if a["malformed_sent"] != int(sys.argv[3]):
    problems.append(f"only {a['malformed_sent']} of {sys.argv[3]} malformed requests were sent in time")
if a["malformed"].get("unexpected"):
    problems.append("malformed requests got answers other than 4xx: "
                    + ", ".join(k for k in a["malformed"] if "->" in k and "truncated" not in k))
bad = {k: v for k, v in a["oversized"].items() if not k.endswith(" 413")}
if bad:
    problems.append(f"oversized bodies not answered 413: {bad}")
if a["oversized_slowest_s"] > 5 or a["oversized_most_mb_sent"] >= 50:
    problems.append("an oversized body was not refused before it was sent")
if a["slowloris_held_max"] == 0:
    problems.append("no slowloris connection was held")
if max(rss) > 1024:
    problems.append(f"resident memory reached {max(rss):.0f} MiB")
for p in problems:
    print("under-attack.sh:", p, file=sys.stderr)
sys.exit(1 if problems else 0)
EOF
no_failures "$work/wrk-attack" || fail "normal traffic failed under attack"
p99() { awk '/ 99%/ {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v/=1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v*=1000}; print v}' "$1"; }
echo "  normal traffic's p99 under attack / alone: $(python3 -c "print(f'{$(p99 "$work/wrk-attack")} ms / {$(p99 "$work/wrk-baseline")} ms = {$(p99 "$work/wrk-attack") / $(p99 "$work/wrk-baseline"):.2f}')")"
status=$(curl -s -o /dev/null -w '%{http_code}' "$base/api/health")
[ "$status" = 200 ] || fail "/api/health answered $status after the attack"

# --- 3. the soak ----------------------------------------------------------------------------------
cat >"$work/mixed.lua" <<EOF
local mapper = "Bearer $mapper_token"
local admin = "Bearer $admin_token"
local requests = {
  {"/api/transaction/fetch_user_payable", mapper}, {"/api/project/fetch_user_dash_stats", mapper},
  {"/api/project/fetch_user_projects", mapper}, {"/api/transaction/fetch_user_transactions", mapper},
  {"/api/training/fetch_user_trainings", mapper}, {"/api/user/fetch_user_profile", mapper},
  {"/api/transaction/fetch_org_transactions", admin}, {"/api/project/fetch_admin_dash_stats", admin},
  {"/api/user/fetch_users", admin},
}
local i = 0
request = function()
  i = i % #requests + 1
  return wrk.format("POST", requests[i][1],
    {["Authorization"] = requests[i][2], ["Content-Type"] = "application/json"}, "{}")
end
EOF
wrk -t2 -c16 -d"${soak}s" --latency --timeout 10s -s "$work/mixed.lua" "$base" >"$work/wrk-soak" 2>&1 &
wrk_pid=$!
python3 tests/bench/attack_traffic.py --port "$port" --pid "$server_pid" --token "$mapper_token" \
    --seconds "$soak" --malformed $((soak * 4)) --slowloris "$soak_loris" --oversized 1 \
    >"$work/soak-attack.json" &
trickle_pid=$!
: >"$work/rss"
started=$(date +%s)
while kill -0 "$wrk_pid" 2>/dev/null; do
    elapsed=$(($(date +%s) - started))
    echo "$elapsed $(rss_mib)" >>"$work/rss"
    sleep 1
done
wait "$wrk_pid" || fail "wrk failed: $(cat "$work/wrk-soak")"
wait "$trickle_pid" || fail "the soak's hostile trickle failed"
alive
echo "soak, ${soak} s of mixed traffic (wrk -t2 -c16, nine reads of a mapper and an admin; a trickle of malformed requests, $soak_loris slowloris connections, oversized bodies): $(wrk_summary "$work/wrk-soak")"
python3 - "$work/rss" "$warmup" "$every" "$work/soak-attack.json" "${MIKRO_BENCH_SMOKE:-0}" <<'EOF'
import json, sys
samples = [tuple(map(float, line.split())) for line in open(sys.argv[1]) if len(line.split()) == 2]
warmup, every = int(sys.argv[2]), int(sys.argv[3])
curve = [f"{int(t)}s {m:.1f}" for t, m in samples if int(t) % every == 0]
print("  resident memory (MiB) every", every, "s:", ", ".join(dict.fromkeys(curve)))
after_warmup = [m for t, m in samples if t >= warmup]
at_warmup = after_warmup[0]
second_half = [m for t, m in samples if t >= samples[-1][0] / 2]
top = max(second_half)
print(f"  after warm-up ({warmup} s): {at_warmup:.1f} MiB; largest in the second half {top:.1f} MiB"
      f" ({(top / at_warmup - 1) * 100:+.1f}%)")
a = json.load(open(sys.argv[4]))
print(f"  hostile trickle: {a['malformed_sent']} malformed ({a['malformed']}), oversized {a['oversized']}")
problems = []
if sys.argv[5] == "1":
    print("  memory flatness not judged in smoke mode: a few seconds are no soak")
elif top > at_warmup * 1.10:
    problems.append(f"resident memory grew {top / at_warmup - 1:.0%} after warm-up")
if a["malformed"].get("unexpected"):
    problems.append(f"malformed requests got unexpected answers: {a['malformed']}")
for p in problems:
    print("under-attack.sh:", p, file=sys.stderr)
sys.exit(1 if problems else 0)
EOF
no_failures "$work/wrk-soak" || fail "requests failed during the soak"
echo "under-attack.sh: passed"
