#!/usr/bin/env python3
"""Turns benchmark runs (bench/work/results/STAMP.{tsv,stages.tsv,env,search.md}) into markdown tables.

usage: summarize.py bench/work/results/STAMP [bench/work/results/STAMP2 ...]
Several runs (e.g. corpora measured in separate invocations) are combined into one set of tables.
"""

import csv
import re
import statistics
import sys
from collections import defaultdict

TOOLS = ("staticreader", "hugo", "eleventy")
PAGES = {"stub-4000": "4,000", "reader-4000": "4,000", "glossary-4000": "4,000 + 200 terms",
         "reader-40000": "40,000"}
STAGE_ORDER = ("load", "index", "theme", "assets", "convert", "link", "pages", "generated", "feeds", "search",
               "publish")


def read_tsv(path):
    try:
        with open(path, newline="") as f:
            return list(csv.DictReader(f, delimiter="\t"))
    except FileNotFoundError:
        return []


def main():
    prefixes = sys.argv[1:]
    rows, stages, env, search, serve = [], [], [], [], []
    for prefix in prefixes:
        rows += read_tsv(prefix + ".tsv")
        stages += read_tsv(prefix + ".stages.tsv")
        try:
            if env:
                env.append("")
            env += open(prefix + ".env").read().splitlines()
        except FileNotFoundError:
            pass
        try:
            search.append(open(prefix + ".search.md").read().rstrip("\n"))
        except FileNotFoundError:
            pass
        try:
            serve.append(open(prefix + ".serve.md").read().rstrip("\n"))
        except FileNotFoundError:
            pass

    wall, rss, failed = defaultdict(list), defaultdict(list), defaultdict(list)
    corpora = []
    for r in rows:
        key = (r["corpus"], r["tool"])
        if r["corpus"] not in corpora:
            corpora.append(r["corpus"])
        if r["exit"] != "0":
            failed[key].append((float(r["wall_s"]), int(r["rss_kb"]) / 1024, r["exit"]))
            continue
        wall[key].append(float(r["wall_s"]))
        rss[key].append(int(r["rss_kb"]) / 1024)

    def med(d, key):
        return statistics.median(d[key]) if d.get(key) else None

    def cell_time(key):
        if failed[key] and not wall[key]:
            fw, fr, fe = failed[key][0]
            return f"**failed** (exit {fe} after {fw:.1f} s, {fr:,.0f} MB)"
        if not wall[key]:
            return "–"
        lo, hi = min(wall[key]), max(wall[key])
        return f"{med(wall, key):.2f} s ({lo:.2f}–{hi:.2f})"

    def cell_mb(key):
        return f"{med(rss, key):,.0f} MB" if rss.get(key) else "–"

    def ratio(a, b):
        return f"{a / b:.2f}×" if a is not None and b else "–"

    out = []
    w = out.append
    w("## Build time and peak memory")
    w("")
    w("Medians of the timed runs (min–max in brackets); every build goes into the output folder "
      "of the previous build of the same tool. Ratios are StaticReader / peer: below 1 means "
      "StaticReader is faster or smaller.")
    w("")
    w("| corpus | pages | StaticReader | Hugo | Eleventy | SR/Hugo | SR/Eleventy "
      "| SR RSS | Hugo RSS | Eleventy RSS | SR/Hugo RSS |")
    w("|---|---|---|---|---|---|---|---|---|---|---|")
    for c in corpora:
        sr, hu, el = ((c, t) for t in TOOLS)
        w(f"| {c} | {PAGES.get(c, '?')} | {cell_time(sr)} | {cell_time(hu)} | {cell_time(el)} "
          f"| {ratio(med(wall, sr), med(wall, hu))} | {ratio(med(wall, sr), med(wall, el))} "
          f"| {cell_mb(sr)} | {cell_mb(hu)} | {cell_mb(el)} | {ratio(med(rss, sr), med(rss, hu))} |")
    w("")

    # Targets from issue 9.
    def m(c, t, d=wall):
        return med(d, (c, t))

    targets = []

    def target(name, value, ok):
        verdict = "–" if ok is None else ("met" if ok else "**not met**")
        targets.append(f"| {name} | {value} | {verdict} |")

    sr_r, hu_r = m("reader-4000", "staticreader"), m("reader-4000", "hugo")
    if sr_r and hu_r:
        target("reader-4000 plain: SR ≤ 0.5 × Hugo", f"{sr_r / hu_r:.2f}×", sr_r / hu_r <= 0.5)
        sm, hm = m("reader-4000", "staticreader", rss), m("reader-4000", "hugo", rss)
        target("reader-4000 plain: SR peak memory ≤ Hugo's", f"{sm:,.0f} MB vs {hm:,.0f} MB", sm <= hm)
    sr_g = m("glossary-4000", "staticreader")
    if sr_g and hu_r:
        target("glossary-4000 (full theme, autolinks, notes, backlinks): SR ≤ 1.0 × Hugo reader-4000 plain",
               f"{sr_g / hu_r:.2f}×", sr_g / hu_r <= 1.0)
    sr_s, hu_s, el_s = m("stub-4000", "staticreader"), m("stub-4000", "hugo"), m("stub-4000", "eleventy")
    if sr_s and hu_s and el_s:
        target("stub-4000: SR faster than Hugo and Eleventy",
               f"{sr_s / hu_s:.2f}× Hugo, {sr_s / el_s:.2f}× Eleventy", sr_s < hu_s and sr_s < el_s)
    sr_l = m("reader-40000", "staticreader")
    if failed[("reader-40000", "staticreader")] and not sr_l:
        fw, fr, fe = failed[("reader-40000", "staticreader")][0]
        target("reader-40000: SR time ≤ 12 × reader-4000", f"build failed (exit {fe} after {fw:.1f} s)", False)
        target("reader-40000: SR peak memory < 2 GB", f"{fr:,.0f} MB when it failed", False)
    if sr_l and sr_r:
        target("reader-40000: SR time ≤ 12 × reader-4000", f"{sr_l / sr_r:.1f}×", sr_l / sr_r <= 12)
        lm = m("reader-40000", "staticreader", rss)
        target("reader-40000: SR peak memory < 2 GB", f"{lm:,.0f} MB", lm < 2048)
    # serve-latency.py: "Serve on CORPUS ..." then a table whose first row is file written -> reload event.
    latency = {c: float(ms) for c, ms in re.findall(r"Serve on (\S+) .*?\n\| file written[^|]*\| \d+ \| (\d+) ms", "\n".join(serve), re.S)}
    for c in ("reader-4000", "glossary-4000"):
        if c in latency:
            target(f"serve on {c}: one edited file to reload event < 100 ms", f"{latency[c]:.0f} ms (median)", latency[c] < 100)
    if not latency:
        target("serve: one-file rebuild < 100 ms", "not measured in this run", None)
    if targets:
        w("## Targets (issue 9)")
        w("")
        w("| target | figure | verdict |")
        w("|---|---|---|")
        out.extend(targets)
        w("")

    # StaticReader's own stage timings (from --verbose), medians over the timed runs.
    per = defaultdict(list)
    names = []
    for s in stages:
        if s["run"] == "0":
            continue
        per[(s["corpus"], s["stage"])].append(float(s["ms"]))
        if s["stage"] not in names and s["stage"] != "background-delete":
            names.append(s["stage"])
    if per:
        names = [n for n in STAGE_ORDER if n in names] + [n for n in names if n not in STAGE_ORDER]
        w("## StaticReader stages (`--verbose`, median ms)")
        w("")
        w("| corpus | " + " | ".join(names) + " | sum | process wall | old tree deleted after exit |")
        w("|---|" + "---|" * (len(names) + 3))
        for c in corpora:
            vals = [statistics.median(per[(c, n)]) if per.get((c, n)) else None for n in names]
            if not any(vals):
                continue
            total = sum(v for v in vals if v)
            wl = m(c, "staticreader")
            wall_ms = f"{wl * 1000:,.0f}" if wl else "–"
            bg = per.get((c, "background-delete"))
            bg_ms = f"{statistics.median(bg):,.0f}" if bg else "–"
            w(f"| {c} | " + " | ".join(f"{v:,.0f}" if v is not None else "–" for v in vals)
              + f" | {total:,.0f} | {wall_ms} | {bg_ms} |")
        w("")
        w("The gap between the sum of stages and the process wall time is start-up (runtime, JIT) "
          "and shutdown. The last column is how long the detached `rm -rf` of the previous output "
          "tree ran after StaticReader exited; the runner waits for it before starting the next "
          "tool, and it is not part of StaticReader's wall time.")
        w("")

    for section in search:
        out.append(section)
        w("")

    if serve:
        w("## Serve: one edited file")
        w("")
        for section in serve:
            out.append(section)
            w("")

    if env:
        w("## Run")
        w("")
        w("```")
        out.extend(env)
        w("```")
    print("\n".join(out))


if __name__ == "__main__":
    main()
