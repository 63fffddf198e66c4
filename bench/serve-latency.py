#!/usr/bin/env python3
"""Save-to-reload latency of `resurface serve` (a benchmark, not a test).

Starts serve on SITE, listens on its live-reload event stream like a browser tab, then N times:
appends a line to PAGE (a content file) and times from the write to the "reload" event; then the
same for TEMPLATE. Prints the median and range of each. The files are restored afterwards.

usage: bench/serve-latency.py SITE PAGE TEMPLATE [N]     (PAGE, TEMPLATE relative to SITE)
"""
import http.client
import os
import re
import statistics
import subprocess
import sys
import time

here = os.path.dirname(os.path.abspath(__file__))
site, page, template = sys.argv[1], sys.argv[2], sys.argv[3]
runs = int(sys.argv[4]) if len(sys.argv) > 4 else 7

proc = subprocess.Popen([os.path.join(here, "..", "resurface"), "serve", "--site", site, "--port", "0"],
                        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
port = None
t_start = time.time()
for line in proc.stdout:
    m = re.search(r"at http://127\.0\.0\.1:(\d+)/", line)
    if m:
        port = int(m.group(1))
        break
if port is None:
    sys.exit("serve did not start")
print(f"serve up after {time.time() - t_start:.1f} s (first build included)")

conn = http.client.HTTPConnection("127.0.0.1", port, timeout=300)
conn.request("GET", "/__resurface/events")
stream = conn.getresponse()


def wait_for(event):
    while True:
        line = stream.readline().decode()
        if not line:
            sys.exit("event stream closed")
        if line.strip() == "event: " + event:
            return
        if line.strip() == "event: errors":
            sys.exit("the build failed: " + stream.readline().decode())


def measure(rel, comment):
    path = os.path.join(site, rel)
    with open(path, encoding="utf-8") as f:
        original = f.read()
    times = []
    try:
        for i in range(runs + 2):  # two warm-up edits
            with open(path, "w", encoding="utf-8") as f:
                f.write(original + "\n" + comment(i) + "\n")
            t0 = time.perf_counter()
            wait_for("reload")
            if i >= 2:
                times.append((time.perf_counter() - t0) * 1000)
            time.sleep(0.3)
    finally:
        with open(path, "w", encoding="utf-8") as f:
            f.write(original)
        wait_for("reload")
    return times


for name, rel, comment in (("one-page edit", page, lambda i: f"Edit number {i}."),
                           ("template edit", template, lambda i: f"<#-- edit {i} -->")):
    t = measure(rel, comment)
    print(f"{name}: median {statistics.median(t):.0f} ms (min {min(t):.0f}, max {max(t):.0f}, n={len(t)})")

proc.terminate()
proc.wait(timeout=30)
