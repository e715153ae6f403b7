#!/usr/bin/env python3
"""Hostile traffic against a running mikro-server, for tests/bench/under-attack.sh.

For --seconds it keeps three attacks going at once, each from its own loopback address (Linux
routes all of 127.0.0.0/8 to the loopback), so the server's per-client connection limit sees
them as the separate clients they would be:
  malformed  --malformed requests of the catalogue below on fresh connections (8 threads),
             every one must get a 4xx answer or, for a truncated request, a close; never a 5xx,
             never a hang past the server's own timeouts;
  slowloris  --slowloris connections held open from 127.0.0.2 and 127.0.0.3 (half each), each
             sending one header byte every few seconds; when the server closes one (its header
             timeout), another is opened in its place;
  oversized  bodies of 50 MB, far past the server's limit (declared and chunked), 4 threads:
             each must be answered 413 long before the whole body is sent (what the client could
             send before the answer includes what the kernel's socket buffers took).
Meanwhile it samples the server's resident memory (VmRSS of --pid) every second. Prints one JSON
object with the tallies and the memory samples; exits 0 (the shell script judges the figures).
"""
import argparse
import json
import random
import socket
import threading
import time

MALFORMED_FROM = "127.0.0.4"
OVERSIZED_FROM = "127.0.0.5"
SLOWLORIS_FROM = ("127.0.0.2", "127.0.0.3")


def catalogue(token):
    """(name, bytes, answer expected) — the malformed requests, one per kind."""
    auth = f"Authorization: Bearer {token}\r\n".encode()
    post = b"POST /api/transaction/fetch_user_payable HTTP/1.1\r\nHost: x\r\n" + auth
    nested = b"[" * 100000 + b"]" * 100000
    return [
        ("garbage", None, True),  # random bytes, made per request
        ("no version", b"GET /api/health\r\n\r\n", True),
        ("bad version", b"GET /api/health HTTP/7.1\r\nHost: x\r\n\r\n", True),
        ("bare line", b"GET\r\n\r\n", True),
        ("header without colon", b"GET /api/health HTTP/1.1\r\nHost x\r\n\r\n", True),
        ("header 20 KB", b"GET /api/health HTTP/1.1\r\nX-Big: " + b"a" * 20000 + b"\r\n\r\n", True),
        ("two lengths", post + b"Content-Length: 2\r\nContent-Length: 3\r\n\r\n{}", True),
        ("length and chunked", post + b"Content-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n{}", True),
        ("bad chunk size", post + b"Transfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n", True),
        ("negative length", post + b"Content-Length: -5\r\n\r\n", True),
        ("huge length", post + b"Content-Length: 99999999999999999999\r\n\r\n", True),
        ("NUL in header", b"GET /api/health HTTP/1.1\r\nHost: a\x00b\r\n\r\n", True),
        ("invalid JSON", post + b"Content-Type: application/json\r\nContent-Length: 9\r\n\r\n{\"a\": [1,", True),
        ("nested JSON", post + b"Content-Type: application/json\r\nContent-Length: "
         + str(len(nested)).encode() + b"\r\n\r\n" + nested, True),
        ("bad token", b"GET /api/transaction/fetch_user_payable HTTP/1.1\r\nHost: x\r\n"
         b"Authorization: Bearer eyJhbGciOiJub25lIn0.e30.\r\n\r\n", True),
        ("two tokens", b"GET /api/transaction/fetch_user_payable HTTP/1.1\r\nHost: x\r\n" + auth + auth + b"\r\n", True),
        ("truncated body", post + b"Content-Length: 100\r\n\r\n{\"a\":", False),
    ]


def status_of(answer):
    if answer.startswith(b"HTTP/1.1 ") and len(answer) >= 12:
        return answer[9:12].decode(errors="replace")
    return "none"


def exchange(source, port, data, timeout, half_close):
    """Sends data on a fresh connection from source (then closes its sending side when
    half_close); returns the answer's status or 'none'."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout,
                                  source_address=(source, 0)) as s:
        try:
            s.sendall(data)
            if half_close:
                s.shutdown(socket.SHUT_WR)
        except OSError:
            pass  # the server may answer and close before reading everything
        answer = b""
        try:
            while len(answer) < 12:
                chunk = s.recv(4096)
                if not chunk:
                    break
                answer += chunk
        except ConnectionResetError:
            pass
        return status_of(answer)


class Tally:
    def __init__(self):
        self.lock = threading.Lock()
        self.counts = {}

    def add(self, key):
        with self.lock:
            self.counts[key] = self.counts.get(key, 0) + 1


def malformed_worker(args, kinds, stop, tally, slowest, budget):
    rng = random.Random()
    while not stop.is_set():
        with budget["lock"]:
            if budget["left"] == 0:
                return
            budget["left"] -= 1
        name, data, answers = rng.choice(kinds)
        if data is None:
            data = rng.randbytes(rng.randint(1, 2000)) + b"\r\n\r\n"
        started = time.monotonic()
        try:
            status = exchange(MALFORMED_FROM, args.port, data, 45, not answers)
        except OSError as e:
            status = "error:" + type(e).__name__
        took = time.monotonic() - started
        with budget["lock"]:
            slowest[0] = max(slowest[0], took)
        tally.add(f"{name} -> {status}" if not answers or status[0] != "4" else f"4xx")
        if answers and status[0] != "4":
            tally.add("unexpected")
        elif not answers and status not in ("none", "400", "408"):
            tally.add("unexpected")


def oversized_worker(args, stop, tally, slowest):
    chunk = b"x" * 65536
    head = (b"POST /api/transaction/fetch_user_payable HTTP/1.1\r\nHost: x\r\n"
            b"Authorization: Bearer " + args.token.encode() + b"\r\n")
    turn = 0
    while not stop.is_set():
        turn += 1
        chunked = turn % 2 == 0
        sent = 0
        status = "none"
        started = time.monotonic()
        try:
            with socket.create_connection(("127.0.0.1", args.port), timeout=30,
                                          source_address=(OVERSIZED_FROM, 0)) as s:
                if chunked:
                    s.sendall(head + b"Transfer-Encoding: chunked\r\n\r\n")
                else:
                    s.sendall(head + b"Content-Length: 52428800\r\n\r\n")
                s.settimeout(0.0)
                answer = b""
                while sent < 52428800 and not answer:
                    try:
                        s.sendall((b"10000\r\n" + chunk + b"\r\n") if chunked else chunk)
                        sent += len(chunk)
                    except (BlockingIOError, InterruptedError):
                        time.sleep(0.001)
                    except OSError:
                        break
                    try:
                        answer = s.recv(64)
                    except (BlockingIOError, InterruptedError):
                        pass
                    except OSError:
                        break
                s.settimeout(10)
                try:
                    while len(answer) < 12:
                        more = s.recv(64)
                        if not more:
                            break
                        answer += more
                except OSError:
                    pass
                status = status_of(answer)
                slowest[0] = max(slowest[0], time.monotonic() - started)
        except OSError as e:
            status = "error:" + type(e).__name__
        tally.add(("chunked " if chunked else "declared ") + status)
        tally.add(f"max_sent_mb {sent // 1048576}")


def slowloris(args, stop, tally, held_samples):
    """Keeps --slowloris connections open, one header byte every 5 s each; replaces closed ones."""
    conns = []
    opened = [0]

    def open_one(i):
        source = SLOWLORIS_FROM[i % len(SLOWLORIS_FROM)]
        try:
            s = socket.create_connection(("127.0.0.1", args.port), timeout=5,
                                         source_address=(source, 0))
            s.sendall(b"GET /api/health HTTP/1.1\r\nHost: x\r\nX-a: ")
            s.setblocking(False)
            opened[0] += 1
            return s
        except OSError:
            tally.add("open failed")
            return None

    for i in range(args.slowloris):
        conns.append(open_one(i))
    next_drip = time.monotonic()
    while not stop.is_set():
        time.sleep(0.2)
        drip = time.monotonic() >= next_drip
        if drip:
            next_drip += 5
        held = 0
        for i, s in enumerate(conns):
            if s is None:
                conns[i] = open_one(i)
                continue
            closed = False
            try:
                data = s.recv(4096)
                if data == b"":
                    closed = True
                else:
                    tally.add("answered " + status_of(data))
                    closed = True
            except (BlockingIOError, InterruptedError):
                pass
            except OSError:
                closed = True
            if not closed and drip:
                try:
                    s.send(b"a")
                except (BlockingIOError, InterruptedError):
                    pass
                except OSError:
                    closed = True
            if closed:
                tally.add("closed by the server")
                s.close()
                conns[i] = open_one(i)
            else:
                held += 1
        held_samples.append(held)
    for s in conns:
        if s is not None:
            s.close()
    tally.add(f"opened {opened[0]}")


def rss_kib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--pid", type=int, required=True)
    p.add_argument("--token", required=True)
    p.add_argument("--seconds", type=float, default=60)
    p.add_argument("--malformed", type=int, default=10000)
    p.add_argument("--slowloris", type=int, default=500)
    p.add_argument("--oversized", type=int, default=4, help="threads sending oversized bodies")
    args = p.parse_args()

    stop = threading.Event()
    malformed, oversized, loris = Tally(), Tally(), Tally()
    slowest = [0.0]
    slowest_oversized = [0.0]
    budget = {"left": args.malformed, "lock": threading.Lock()}
    held = []
    kinds = catalogue(args.token)
    threads = [threading.Thread(target=malformed_worker,
                                args=(args, kinds, stop, malformed, slowest, budget))
               for _ in range(8)]
    threads += [threading.Thread(target=oversized_worker, args=(args, stop, oversized, slowest_oversized))
                for _ in range(args.oversized)]
    threads.append(threading.Thread(target=slowloris, args=(args, stop, loris, held)))
    rss = []
    started = time.monotonic()
    for t in threads:
        t.start()
    while time.monotonic() - started < args.seconds:
        try:
            rss.append(rss_kib(args.pid))
        except OSError:
            rss.append(0)  # the server is gone: the shell script sees it
            break
        time.sleep(1)
    stop.set()
    for t in threads:
        t.join()
    sent = args.malformed - budget["left"]
    max_mb = max([int(k.split()[1]) for k in oversized.counts if k.startswith("max_sent_mb")] or [0])
    print(json.dumps({
        "malformed_sent": sent,
        "malformed": malformed.counts,
        "malformed_slowest_s": round(slowest[0], 3),
        "oversized": {k: v for k, v in oversized.counts.items() if not k.startswith("max_sent_mb")},
        "oversized_most_mb_sent": max_mb,
        "oversized_slowest_s": round(slowest_oversized[0], 3),
        "slowloris": loris.counts,
        "slowloris_held_min": min(held) if held else 0,
        "slowloris_held_max": max(held) if held else 0,
        "rss_kib": rss,
    }))


if __name__ == "__main__":
    main()
