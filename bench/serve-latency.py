#!/usr/bin/env python3
"""Serve-mode rebuild latency: how long after a writer saves one file the open page is told to reload.

    python3 bench/serve-latency.py --dll bench/work/staticreader/StaticReader.dll [--corpus reader-4000] [--edits 20]

Starts `staticreader serve` on a copy of a bench corpus (the corpus itself is never edited), listens
to the live-reload event stream as a browser does, then edits one text file at a time (a sentence
appended to its last paragraph) and measures, per edit, the time from the file's write to the
`reload` event for the edited page arriving on the stream (serve reloads the edited page first, then
the term pages whose backlinks it feeds). That figure includes the file watcher's 40 ms quiet period,
which lets an editor's several writes of one save settle into one rebuild. It also collects the
server's own figure from its log line "reload sent after N ms" (change seen to reload sent).
Prints a markdown table of medians and min-max; exits non-zero when serve fails.
"""
import argparse
import http.client
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import threading
import time
import re

BENCH = os.path.dirname(os.path.abspath(__file__))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(predicate, timeout, what):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.05)
    raise SystemExit(f"serve-latency: timed out waiting for {what}")


class EventStream(threading.Thread):
    """Reads the server-sent events and records when each 'reload' arrives (monotonic clock) and for which
    URLs (None: every page)."""

    def __init__(self, port):
        super().__init__(daemon=True)
        self.port = port
        self.reloads = []
        self.connected = threading.Event()

    def run(self):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=600)
        conn.request("GET", "/__staticreader/events")
        response = conn.getresponse()
        self.connected.set()
        event, data = None, []
        while True:
            line = response.fp.readline()
            if not line:
                return
            line = line.rstrip(b"\n")
            if line.startswith(b"event: "):
                event = line[7:].decode()
                arrived = time.monotonic()
            elif line.startswith(b"data: "):
                data.append(line[6:].decode())
            elif not line:
                if event == "reload":
                    text = "\n".join(data)
                    self.reloads.append((arrived, json.loads(text) if text else None))
                event, data = None, []


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dll", required=True, help="StaticReader.dll to run with 'dotnet'")
    parser.add_argument("--corpus", default="reader-4000")
    parser.add_argument("--theme", default=os.path.join(BENCH, "themes", "minimal"))
    parser.add_argument("--edits", type=int, default=20)
    parser.add_argument("--work", default=os.path.join(BENCH, "work", "serve"))
    args = parser.parse_args()

    source = os.path.join(BENCH, "corpora", args.corpus, "staticreader")
    if not os.path.isdir(source):
        raise SystemExit(f"serve-latency: no corpus at {source} (run bench/generate-corpus.py {args.corpus})")
    site = os.path.join(args.work, "input")
    output = os.path.join(args.work, "output")
    shutil.rmtree(args.work, ignore_errors=True)
    shutil.copytree(source, site)

    port = free_port()
    log_path = os.path.join(args.work, "serve.log")
    log = open(log_path, "w")
    server = subprocess.Popen(
        ["dotnet", args.dll, "serve", "--input", site, "--output", output, "--theme", args.theme, "--port", str(port)],
        stdout=log, stderr=subprocess.STDOUT)
    try:
        read_log = lambda: open(log_path).read()
        started = time.monotonic()
        wait_for(lambda: "Serving " in read_log() or server.poll() is not None, 600, "the first build")
        if server.poll() is not None:
            raise SystemExit("serve-latency: serve exited:\n" + read_log())
        first_build = time.monotonic() - started

        stream = EventStream(port)
        stream.start()
        if not stream.connected.wait(30):
            raise SystemExit("serve-latency: could not open the event stream")
        time.sleep(0.5)

        texts = sorted(f for f in os.listdir(os.path.join(site, "texts")) if f.endswith(".md"))
        step = max(1, len(texts) // max(1, args.edits))
        end_to_end = []
        for n in range(args.edits):
            path = os.path.join(site, "texts", texts[(n * step) % len(texts)])
            with open(path, encoding="utf-8") as f:
                body = f.read()
            url = "/texts/" + os.path.splitext(os.path.basename(path))[0] + "/"
            seen = len(stream.reloads)
            written = time.monotonic()
            with open(path, "w", encoding="utf-8") as f:
                f.write(body.rstrip("\n") + f" An edit made by the latency benchmark, number {n}.\n")

            # The reload that tells the edited page (or every page) to reload; a later one may follow for the
            # pages the edit feeds (term pages), which the writer is not looking at.
            def mine():
                return [t for t, urls in stream.reloads[seen:] if urls is None or url in urls]
            wait_for(lambda: mine() or server.poll() is not None, 60, f"the reload after edit {n}")
            end_to_end.append((mine()[0] - written) * 1000)
            time.sleep(0.3)  # let the background search refresh and the old files settle before the next edit

        server_side = [float(m) for m in re.findall(r"file\(s\) rewritten, reload sent after (\d+) ms", read_log())]
        all_done = [float(m) for m in re.findall(r"all done after (\d+) ms", read_log())]
    finally:
        server.terminate()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()

    def row(name, values):
        return f"| {name} | {len(values)} | {statistics.median(values):.0f} ms | {min(values):.0f}–{max(values):.0f} ms |"

    print(f"Serve on {args.corpus} ({len(texts)} texts): first build and start {first_build:.1f} s; "
          f"{args.edits} edits of one text file each.\n")
    print("| measure | edits | median | min–max |")
    print("|---|---|---|---|")
    print(row("file written → reload event at the browser (includes the 40 ms watcher quiet period)", end_to_end))
    if server_side:
        print(row("server: change seen → reload of the edited page sent (its own log)", server_side))
    if all_done:
        print(row("server: change seen → every affected page written (its own log)", all_done))
    if not server_side:
        print("| server: change seen → reload sent | 0 | no incremental rebuild was logged (every edit was a full build) | |")


if __name__ == "__main__":
    sys.exit(main())
