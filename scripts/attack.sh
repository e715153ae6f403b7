#!/usr/bin/env bash
# Attacks a release build of mikro-server over real HTTP (issue 10's findings and the developers'
# guide's list): money races, money to oneself, idempotency keys, duplicate and smuggling headers,
# bodies before authentication, oversized and malformed input, roles, log injection. Starts the
# devstack, seeds a demo store, starts the server on it, runs each attack, checks that it was
# refused (or landed once) and that nothing changed, prints one line per check, and exits non-zero
# when any check fails.
#   bash scripts/attack.sh                 # builds build/attack (Release) first
#   MIKRO_ATTACK_BUILD_DIR=... bash scripts/attack.sh
set -euo pipefail
cd "$(dirname "$0")/.."
build=${MIKRO_ATTACK_BUILD_DIR:-build/attack}
if [ ! -x "$build/app/server/mikro-server" ]; then
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF \
        -DMIKRO_BUILD_DESKTOP=OFF >/dev/null
    cmake --build "$build" --parallel "$(nproc)" --target mikro-server mikro-devstack >/dev/null
fi

work_prefix=mikro-attack
# shellcheck source=scripts/lib/stack.sh
source scripts/lib/stack.sh

admin=$(token_for 'auth0|devstack-admin')
mapper=$(token_for 'auth0|devstack-mapper-1')
mapper_id='auth0|devstack-mapper-1'
admin_id='auth0|devstack-admin'

failures=0
check() { # name expected actual
    if [ "$2" = "$3" ]; then printf 'PASS  %-62s %s\n' "$1" "$3"; else
        printf 'FAIL  %-62s expected %s, got %s\n' "$1" "$2" "$3"
        failures=$((failures + 1))
    fi
}
post() { # token path body [extra curl args...] → status
    local t=$1 p=$2 b=$3
    shift 3
    curl -s -o "$work/body" -w '%{http_code}' -X POST -H "Authorization: Bearer $t" \
        -H 'Content-Type: application/json' "$@" --data-binary "$b" "$api/$p"
}
field() { python3 -c "import json,sys; print(json.load(open('$work/body')).get('$1'))"; }
raw() { # bytes → status line of the answer
    exec 3<>"/dev/tcp/127.0.0.1/$api_port"
    printf '%b' "$1" >&3
    timeout 5 head -c 12 <&3 | tail -c 3 || true
    exec 3<&-
}

for t in "$admin" "$mapper"; do post "$t" login '{}' >/dev/null; done
# The mapper earns 10.00 (a credit the sync would write), the admin 10.00 too.
python3 - "$store" "$mapper_id" "$admin_id" <<'EOF'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
for i, user in enumerate(sys.argv[2:]):
    db.execute("INSERT INTO ledger_entries (org_id, user_id, kind, amount_cents, source_key, "
               "created_at) VALUES ('org_devstack', ?, 'mapping', 1000, ?, "
               "'2026-01-01T00:00:00.000Z')", (user, f"attack-{i}"))
db.commit()
EOF
payable_before=$(sql "SELECT COUNT(*) FROM payments")

# 1. Two manual payments of the whole payable at the same moment: one lands.
racers=()
for i in 1 2; do
    post "$admin" transaction/create_transaction \
        "{\"user_id\":\"$mapper_id\",\"transaction_type\":\"payment\",\"amount\":\"10.00\",\"payoneer_id\":\"RACE-$i\"}" \
        >"$work/race$i.status" &
    racers+=($!)
done
wait "${racers[@]}"
ok=0
for i in 1 2; do [ "$(cat "$work/race$i.status")" = 200 ] && ok=$((ok + 1)); done
check "two simultaneous manual payments of the whole payable" 1 "$ok"
check "paid against 10.00 of earnings (cents)" 1000 "$(sql "SELECT COALESCE(SUM(amount_cents),0) FROM payments WHERE user_id = '$mapper_id'")"

# 2. Money to oneself.
check "admin pays themselves by hand" 403 "$(post "$admin" transaction/create_transaction "{\"user_id\":\"$admin_id\",\"transaction_type\":\"payment\",\"amount\":\"10.00\",\"payoneer_id\":\"SELF\"}")"
check "admin credits themselves 1,000,000.00" 403 "$(post "$admin" transaction/create_adjustment "{\"user_id\":\"$admin_id\",\"amount\":\"1000000.00\",\"reason\":\"bonus\"}")"
check "… with the code" own_account "$(field error)"

# 3. Idempotency keys.
key=6a1f0c0e-7d5b-4c3a-9b2f-1e2d3c4b5a69
adj="{\"user_id\":\"$mapper_id\",\"amount\":\"1.00\",\"reason\":\"fix\"}"
check "adjustment with a key" 200 "$(post "$admin" transaction/create_adjustment "$adj" -H "Idempotency-Key: $key")"
check "the same again is a replay" 200 "$(post "$admin" transaction/create_adjustment "$adj" -H "Idempotency-Key: $key" -D "$work/headers")"
check "… marked Idempotent-Replayed" 1 "$(grep -ci '^idempotent-replayed: true' "$work/headers" || true)"
check "the key with another body" 409 "$(post "$admin" transaction/create_adjustment "{\"user_id\":\"$mapper_id\",\"amount\":\"2.00\",\"reason\":\"fix\"}" -H "Idempotency-Key: $key")"
check "the key with another action" 409 "$(post "$admin" transaction/reject_payment_request '{"request_id":1,"reason":"x"}' -H "Idempotency-Key: $key")"
check "a key that is not a UUID" 400 "$(post "$admin" transaction/create_adjustment "$adj" -H 'Idempotency-Key: 1234')"
check "one adjustment in all" 1 "$(sql "SELECT COUNT(*) FROM ledger_entries WHERE kind = 'adjustment'")"
# Eight copies of one change at the same moment (a client retrying on a poor connection): one
# lands, every copy gets its answer, none waits out the replay's 5 s (issue 11: on SQLite a replay
# polled inside its own read snapshot and answered 409).
key8=0b7e5c1a-2f3d-4e6f-8a9b-0c1d2e3f4a5b
adj8="{\"user_id\":\"$mapper_id\",\"amount\":\"0.25\",\"reason\":\"burst\"}"
burst=()
for i in $(seq 8); do
    curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -X POST -H "Authorization: Bearer $admin" \
        -H 'Content-Type: application/json' -H "Idempotency-Key: $key8" --data-binary "$adj8" \
        "$api/transaction/create_adjustment" >"$work/burst$i" &
    burst+=($!)
done
wait "${burst[@]}"
check "eight simultaneous copies of one keyed change: all 200" 8 "$(cat "$work"/burst* | grep -c '^200 ' || true)"
check "… each answered within 2 s" 8 "$(cat "$work"/burst* | awk '$2 < 2 {n++} END {print n+0}')"
check "… and it landed once" 1 "$(sql "SELECT COUNT(*) FROM ledger_entries WHERE kind = 'adjustment' AND amount_cents = 25")"

# 4. Roles and organisations.
check "a mapper assigns a checklist" 403 "$(post "$mapper" checklist/assign_user_checklist "{\"checklist_id\":1,\"user_id\":\"$mapper_id\"}")"
check "a mapper pays someone" 403 "$(post "$mapper" transaction/create_transaction "{\"user_id\":\"$mapper_id\",\"transaction_type\":\"payment\",\"amount\":\"1.00\",\"payoneer_id\":\"M\"}")"
check "another organisation's request id" 404 "$(post "$admin" transaction/reject_payment_request '{"request_id":987654,"reason":"x"}')"

# 5. Malformed and oversized input.
check "malformed JSON" 400 "$(post "$admin" transaction/create_adjustment '{"user_id":')"
check "an array body" 400 "$(post "$admin" transaction/create_adjustment '[1,2]')"
check "amount with three decimals" 400 "$(post "$admin" transaction/create_adjustment "{\"user_id\":\"$mapper_id\",\"amount\":\"1.005\",\"reason\":\"x\"}")"
head -c 2000000 /dev/zero | tr '\0' 'a' >"$work/big"
check "a 2 MB body" 413 "$(curl -s -o /dev/null -w '%{http_code}' -X POST -H "Authorization: Bearer $admin" --data-binary @"$work/big" "$api/transaction/create_adjustment")"

# 6. Framing and headers.
check "two Authorization headers" 400 "$(raw "POST /api/transaction/fetch_user_payable HTTP/1.1\r\nHost: t\r\nAuthorization: Bearer $mapper\r\nAuthorization: Bearer x\r\nContent-Length: 2\r\n\r\n{}")"
check "Transfer-Encoding: xchunked" 400 "$(raw "POST /api/health HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: xchunked\r\n\r\nGET /api/health HTTP/1.1\r\nHost: t\r\n\r\n")"
check "Transfer-Encoding: chunked, identity" 400 "$(raw "POST /api/health HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked, identity\r\n\r\n0\r\n\r\n")"
check "a body announced without a token" 401 "$(raw "POST /api/transaction/create_adjustment HTTP/1.1\r\nHost: t\r\nContent-Length: 900000\r\n\r\n")"

# 7. Log injection: a decoded newline in the path writes no line of its own.
curl -s -o /dev/null "$api/user/fetch_users%0AFORGED%20line"
sleep 0.2
check "forged log lines" 0 "$(grep -c '^FORGED' "$work/server.log" || true)"

# 8. GET reads its query.
check "GET fetch_org_transactions?user_id=…" 200 "$(curl -s -o "$work/body" -w '%{http_code}' -H "Authorization: Bearer $admin" "$api/transaction/fetch_org_transactions?user_id=auth0%7Cdevstack-mapper-1")"
# Complete lists (issue 15): the adjustment made above is there, naming its person; a mapper
# reads nothing of the organisation's.
check "… the organisation's adjustments name their person" "$mapper_id" "$(python3 -c "import json; print(json.load(open('$work/body'))['adjustments'][0]['user_id'])")"
check "a mapper reads the organisation's transactions" 403 "$(post "$mapper" transaction/fetch_org_transactions '{}')"

# 9. Issue 13 and 15 additions: what a request is made of, the admin's checklists and trainings.
check "the admin asks for a payout" 200 "$(post "$admin" transaction/submit_payment_request '{"notes":"own"}')"
admin_request=$(field request_id)
check "a mapper reads the admin's request details" 404 "$(post "$mapper" transaction/fetch_payment_request_details "{\"request_id\":$admin_request}")"
check "… told nothing but not_found" not_found "$(field error)"
check "the admin reads them" 200 "$(post "$admin" transaction/fetch_payment_request_details "{\"request_id\":$admin_request}")"
check "request details: an id that is text" 400 "$(post "$admin" transaction/fetch_payment_request_details '{"request_id":"1 OR 1=1"}')"
check "request details: a negative id" 404 "$(post "$admin" transaction/fetch_payment_request_details '{"request_id":-5}')"
checklists_before=$(sql "SELECT COUNT(*) FROM checklists")
check "create_checklist: checklistStatus that is not a boolean" 400 "$(post "$admin" checklist/create_checklist '{"checklistName":"X","completionRate":"1.00","validationRate":"0.10","checklistStatus":"yes","listItems":[{"number":1,"action":"a"}]}')"
check "create_checklist: a negative rate" 400 "$(post "$admin" checklist/create_checklist '{"checklistName":"X","completionRate":"-1.00","validationRate":"0.10","listItems":[{"number":1,"action":"a"}]}')"
check "create_checklist: a javascript: link" 400 "$(post "$admin" checklist/create_checklist '{"checklistName":"X","completionRate":"1.00","validationRate":"0.10","listItems":[{"number":1,"action":"a","link":"javascript:alert(1)"}]}')"
check "… no checklist was written" "$checklists_before" "$(sql "SELECT COUNT(*) FROM checklists")"
check "create_checklist, inactive" 200 "$(post "$admin" checklist/create_checklist '{"checklistName":"Quiet","completionRate":"1.00","validationRate":"0.10","checklistStatus":false,"dueDate":"2030-01-01","listItems":[{"number":1,"action":"a"}]}')"
quiet=$(field checklist_id)
check "… it is inactive" 0 "$(sql "SELECT active FROM checklists WHERE id = $quiet")"
check "a mapper takes its due date away" 403 "$(post "$mapper" checklist/update_checklist "{\"checklistSelected\":$quiet,\"dueDate\":null}")"
check "a due date that is no date" 400 "$(post "$admin" checklist/update_checklist "{\"checklistSelected\":$quiet,\"dueDate\":\"2030-13-45\"}")"
check "the admin takes it away" 200 "$(post "$admin" checklist/update_checklist "{\"checklistSelected\":$quiet,\"dueDate\":null}")"
check "… the due date is gone" None "$(sql "SELECT due_date FROM checklists WHERE id = $quiet")"
check "assigning an inactive checklist" 422 "$(post "$admin" checklist/assign_user_checklist "{\"checklist_id\":$quiet,\"user_id\":\"$mapper_id\"}")"
check "people of another organisation's checklist" 404 "$(post "$admin" checklist/fetch_checklist_users '{"checklist_id":987654}')"
items=$(python3 -c 'import json; print(json.dumps({"checklist_id": int(__import__("sys").argv[1]), "list_items": [{"number": i, "action": "a"} for i in range(1, 202)]}))' "$quiet")
check "201 items" 400 "$(post "$admin" checklist/update_list_items "$items")"
check "a mapper reads the answer key" 403 "$(post "$mapper" training/fetch_org_trainings '{}')"
check "a training whose material is a file" 400 "$(post "$admin" training/create_training '{"title":"T","training_url":"file:///etc/passwd","training_type":"Mapping","point_value":1,"difficulty":"Easy","questions":[{"question":"q","answers":[{"answer":"a","correct":true},{"answer":"b","correct":false}]}]}')"
check "a question with two correct answers" 400 "$(post "$admin" training/create_training '{"title":"T","training_url":"https://x.example","training_type":"Mapping","point_value":1,"difficulty":"Easy","questions":[{"question":"q","answers":[{"answer":"a","correct":true},{"answer":"b","correct":true}]}]}')"
check "another organisation's training" 404 "$(post "$admin" training/modify_training '{"training_id":987654,"title":"Taken"}')"
check "restore another organisation's training" 404 "$(post "$admin" training/restore_training '{"training_id":987654}')"
check "results of another organisation's training" 404 "$(post "$admin" training/fetch_training_results '{"training_id":987654}')"
check "results: a training id that is text" 400 "$(post "$admin" training/fetch_training_results '{"training_id":"1; DROP TABLE trainings"}')"
check "a mapper reads a training's results" 403 "$(post "$mapper" training/fetch_training_results '{"training_id":1}')"
check "a mapper restores a training" 403 "$(post "$mapper" training/restore_training '{"training_id":1}')"
check "restore a training that is not archived" 404 "$(post "$admin" training/restore_training "{\"training_id\":$(sql "SELECT COALESCE(MIN(id), 1) FROM trainings WHERE archived_at IS NULL")}")"

# 10. The Sync page's and the Users page's actions: another organisation's project, other roles,
# malformed input.
python3 - "$store" <<'EOF2'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.execute("INSERT OR IGNORE INTO orgs (id, name, currency, created_at) VALUES ('org_attack_other', "
           "'Other', 'USD', '2026-01-01T00:00:00.000Z')")
for pid, org in ((880001, 'org_devstack'), (880002, 'org_attack_other')):
    db.execute("INSERT INTO projects (id, org_id, name, url, mapping_rate_cents, "
               "validation_rate_cents, active, created_at) VALUES (?, ?, 'P', "
               "'https://tasks.example/projects/1', 100, 50, 1, '2026-01-01T00:00:00.000Z')",
               (pid, org))
db.commit()
EOF2
check "runs of another organisation's project" 404 "$(post "$admin" task/fetch_sync_runs '{"project_id":880002}')"
check "runs: a project id that is text" 400 "$(post "$admin" task/fetch_sync_runs '{"project_id":"880001; DROP TABLE sync_runs"}')"
check "runs: a limit of a million is capped" 200 "$(post "$admin" task/fetch_sync_runs '{"project_id":880001,"limit":1000000,"before_id":-5}')"
check "runs of a project the mapper is not on" 404 "$(post "$mapper" task/fetch_sync_runs '{"project_id":880001}')"
check "a mapper cancels a sync" 403 "$(post "$mapper" task/cancel_sync '{"project_id":880001}')"
check "cancel another organisation's sync" 404 "$(post "$admin" task/cancel_sync '{"project_id":880002}')"
check "cancel without a project" 400 "$(post "$admin" task/cancel_sync '{}')"
check "cancel when nothing runs" 200 "$(post "$admin" task/cancel_sync '{"project_id":880001}')"
check "… says nothing was cancelled" False "$(field cancelled)"
check "sync another organisation's project" 404 "$(post "$admin" task/sync_project '{"project_id":880002,"full":true}')"
check "a mapper asks for a full sync (their role syncs nothing)" 403 "$(post "$mapper" task/sync_project '{"project_id":880001,"full":true}')"
check "… no run of the other organisation's project" 0 "$(sql "SELECT COUNT(*) FROM sync_runs WHERE project_id = 880002")"
# A person's work (the Users page's detail tabs).
check "a mapper reads their own work" 403 "$(post "$mapper" user/fetch_person_work "{\"user_id\":\"$mapper_id\"}")"
check "the work of nobody" 404 "$(post "$admin" user/fetch_person_work '{"user_id":"auth0|nobody"}')"
check "the work without a person" 400 "$(post "$admin" user/fetch_person_work '{}')"
long_id=$(python3 -c 'print("x" * 300)')
check "a person id of 300 characters" 400 "$(post "$admin" user/fetch_person_work "{\"user_id\":\"$long_id\"}")"
check "the admin reads the mapper's work" 200 "$(post "$admin" user/fetch_person_work "{\"user_id\":\"$mapper_id\"}")"

check "nothing else was paid" "$((payable_before + 1))" "$(sql "SELECT COUNT(*) FROM payments")"

# What the guards cost: 300 adjustments one after the other on one keep-alive connection, without
# and with an Idempotency-Key (each with its own), alternating in blocks of 50 so that both see
# the same store; the ratio is with-key over without.
python3 - "$api_port" "$admin" "$mapper_id" <<'PY'
import http.client, json, sys, time, uuid
port, token, user = int(sys.argv[1]), sys.argv[2], sys.argv[3]
conn = http.client.HTTPConnection("127.0.0.1", port)
body = json.dumps({"user_id": user, "amount": "0.01", "reason": "timing"})
def one(key):
    headers = {"Authorization": "Bearer " + token, "Content-Type": "application/json"}
    if key:
        headers["Idempotency-Key"] = str(uuid.uuid4())
    conn.request("POST", "/api/transaction/create_adjustment", body, headers)
    r = conn.getresponse(); r.read()
    assert r.status == 200, r.status
spent = {False: 0.0, True: 0.0}
for block in range(6):
    for key in (False, True):
        t = time.perf_counter()
        for _ in range(50):
            one(key)
        spent[key] += time.perf_counter() - t
plain, keyed = spent[False] / 300 * 1000, spent[True] / 300 * 1000
print(f"timing: create_adjustment {plain:.2f} ms without a key, {keyed:.2f} ms with one "
      f"(ratio {keyed / plain:.2f}), SQLite store, 300 each")
PY
echo "attack: $failures failing check(s)"
[ "$failures" -eq 0 ]
