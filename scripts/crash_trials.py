"""The crash harness's trials (scripts/crash-harness.sh runs it on a started stack)."""
import argparse
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
import urllib.request

VALIDATOR = "auth0|devstack-validator"


def post(api, token, path, body):
    request = urllib.request.Request(
        f"{api}/{path}", data=json.dumps(body).encode(), method="POST",
        headers={"Authorization": "Bearer " + token, "Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=20) as answer:
        return json.load(answer)


def finished_checklist(api, tokens, trial):
    """An admin's three-item checklist, started and finished by the mapper: its id."""
    made = post(api, tokens["admin"], "checklist/create_checklist", {
        "checklistName": f"Crash trial {trial}", "checklistDescription": "Harness",
        "checklistDifficulty": "Easy", "completionRate": "1.00", "validationRate": "0.10",
        "dueDate": "2027-12-31", "listItems": [
            {"number": n, "action": f"Step {n}"} for n in (1, 2, 3)]})
    started = post(api, tokens["mapper-1"], "checklist/start_checklist",
                   {"checklist_id": made["checklist_id"]})
    instance = started["user_checklist_id"]
    for n in (1, 2, 3):
        post(api, tokens["mapper-1"], "checklist/complete_list_item",
             {"checklist_id": instance, "item_number": n})
    return instance


def change(kind, instance, **fields):
    out = {"kind": kind, "template_id": 0, "checklist_id": instance, "item_number": 0,
           "done": False, "text": "", "comment_id": 0, "checklist_name": "Crash trial",
           "owner_name": "Mia Mapper"}
    out.update(fields)
    return out


def run_replayer(args, offline, token_file, kill_at):
    """Runs `send`; kills it with SIGKILL at `kill_at` (moment, nth) or lets it finish."""
    command = [args.replayer, "send", offline, args.api.removesuffix("/api"), token_file]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    if kill_at is None:
        out, _ = process.communicate(timeout=120)
        return process.returncode, out
    moment, nth = kill_at
    if moment == "before-send":
        time.sleep(nth / 1000.0)  # a few milliseconds: often before its first send
        process.send_signal(signal.SIGKILL)
        process.wait()
        return -9, ""
    seen = 0
    wanted = "sending" if moment == "in-flight" else "answered"
    for line in process.stdout:
        if line.startswith(wanted):
            seen += 1
            if seen == nth:
                process.send_signal(signal.SIGKILL)
                break
    process.wait()
    return process.returncode, ""


def main():
    parser = argparse.ArgumentParser()
    for name in ("api", "store", "work", "replayer"):
        parser.add_argument("--" + name, required=True)
    parser.add_argument("--trials", type=int, default=50)
    parser.add_argument("--seed", type=int, required=True)
    args = parser.parse_args()
    tokens = {who: open(os.path.join(args.work, f"token-{who}")).read().strip()
              for who in ("admin", "mapper-1", "validator")}
    for who in tokens:
        post(args.api, tokens[who], "login", {})
    rng = random.Random(args.seed)
    db = sqlite3.connect(args.store, timeout=30)
    print(f"crash harness: {args.trials} trials, seed {args.seed}")
    print(f"{'trial':>5}  {'kill moment':<13} {'changes':>7} {'lost':>5} {'duplicated':>10}  exit")
    total_lost = total_dup = 0
    for trial in range(1, args.trials + 1):
        instance = finished_checklist(args.api, tokens, trial)
        comments = [f"trial {trial} note {n} {rng.randrange(10**9)}"
                    for n in range(rng.randint(1, 6))]
        confirms = rng.sample([1, 2, 3], rng.randint(0, 3))
        changes = [change("add_comment", instance, text=t) for t in comments]
        changes += [change("confirm", instance, item_number=n) for n in confirms]
        rng.shuffle(changes)
        offline = os.path.join(args.work, f"trial-{trial}.sqlite")
        batch = os.path.join(args.work, f"trial-{trial}.jsonl")
        with open(batch, "w") as f:
            f.writelines(json.dumps(c) + "\n" for c in changes)
        subprocess.run([args.replayer, "queue", offline, batch], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        moment = rng.choice(["before-send", "in-flight", "after-commit"])
        nth = rng.randint(0, 15) if moment == "before-send" else rng.randint(1, len(changes))
        run_replayer(args, offline, os.path.join(args.work, "token-validator"), (moment, nth))
        code, _ = run_replayer(args, offline, os.path.join(args.work, "token-validator"), None)
        lost = dup = 0
        for text in comments:
            n = db.execute("SELECT COUNT(*) FROM checklist_comments WHERE body = ?",
                           (text,)).fetchone()[0]
            lost += n == 0
            dup += max(0, n - 1)
        for item in confirms:
            n = db.execute(
                "SELECT COUNT(*) FROM user_checklist_items WHERE user_checklist_id = ? "
                "AND position = ? AND confirmed_by = ?", (instance, item - 1, VALIDATOR)).fetchone()[0]
            lost += n == 0
        # All three confirmed: the owner and the validator are credited, once each.
        credits = db.execute(
            "SELECT COUNT(*) FROM ledger_entries WHERE source_key IN (?, ?)",
            (f"checklist:{instance}:completion", f"checklist:{instance}:validation")).fetchone()[0]
        expected = 2 if len(confirms) == 3 else 0
        lost += max(0, expected - credits)
        dup += max(0, credits - expected)
        total_lost += lost
        total_dup += dup
        print(f"{trial:>5}  {moment:<13} {len(changes):>7} {lost:>5} {dup:>10}  {code}")
    print(f"total: lost {total_lost}, duplicated {total_dup} (seed {args.seed})")
    sys.exit(0 if total_lost == 0 and total_dup == 0 else 1)


if __name__ == "__main__":
    main()
