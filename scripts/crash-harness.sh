#!/usr/bin/env bash
# The offline outbox's crash harness (issue 14, docs/OFFLINE.md): on a release build, with the
# devstack and mikro-server on a seeded store, each trial queues a random batch of a validator's
# checklist changes offline (comments and confirmations of a mapper's finished checklist), starts
# the replay (tests/crash/outbox-replayer), kills it with SIGKILL at a random moment — before it
# sends, with a change in flight, or after the server committed a change but before its answer
# was recorded — restarts it and lets it finish. Then every change must be in the server's state
# exactly once. Prints a table of trials (lost and duplicated per trial) and exits non-zero when
# any change was lost or applied twice. The seed makes a failure replayable.
#   bash scripts/crash-harness.sh                 # 50 trials, a random seed
#   MIKRO_CRASH_TRIALS=5 MIKRO_CRASH_SEED=1234 bash scripts/crash-harness.sh
#   MIKRO_CRASH_BUILD_DIR=build/release bash scripts/crash-harness.sh
set -euo pipefail
cd "$(dirname "$0")/.."
build=${MIKRO_CRASH_BUILD_DIR:-build/crash}
if [ ! -x "$build/tests/crash/outbox-replayer" ] || [ ! -x "$build/app/server/mikro-server" ]; then
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DMIKRO_BUILD_DESKTOP=OFF >/dev/null
    cmake --build "$build" --parallel "$(nproc)" \
        --target mikro-server mikro-devstack outbox-replayer >/dev/null
fi
trials=${MIKRO_CRASH_TRIALS:-50}
seed=${MIKRO_CRASH_SEED:-$(shuf -i 1-999999 -n 1)}

work_prefix=mikro-crash
# shellcheck source=scripts/lib/stack.sh
source scripts/lib/stack.sh

for who in admin mapper-1 validator; do
    token_for "auth0|devstack-$who" >"$work/token-$who"
done
python3 scripts/crash_trials.py --api "$api" --store "$store" --work "$work" \
    --replayer "$build/tests/crash/outbox-replayer" --trials "$trials" --seed "$seed"
