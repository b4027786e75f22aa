#!/usr/bin/env python3
"""Turns benchmark runs (bench/work/results/STAMP.{tsv,stages.tsv,startup.tsv,env,search.md,serve.md}) into markdown
tables, with the verdicts against the targets of issue 21 (and the older ones of issue 9).

usage: summarize.py bench/work/results/STAMP [bench/work/results/STAMP2 ...]
Several runs (e.g. corpora measured in separate invocations) are combined into one set of tables. Runs recorded
before the CPU columns (user_s, sys_s) and the start-up file existed are read too; what they lack is reported as
not measured.
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
    rows, stages, startup, env, search, serve = [], [], [], [], [], []
    for prefix in prefixes:
        rows += read_tsv(prefix + ".tsv")
        stages += read_tsv(prefix + ".stages.tsv")
        startup += read_tsv(prefix + ".startup.tsv")
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

    wall, rss, cpu, failed = defaultdict(list), defaultdict(list), defaultdict(list), defaultdict(list)
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
        # user + sys of the process and the children it waited for; absent in runs recorded before issue 21.
        if r.get("user_s") and r.get("sys_s"):
            cpu[key].append(float(r["user_s"]) + float(r["sys_s"]))

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

    def cell_cpu(key):
        return f"{med(cpu, key):.2f} s" if cpu.get(key) else "–"

    def ratio(a, b):
        return f"{a / b:.2f}×" if a is not None and b else "–"

    out = []
    w = out.append
    # Corpora the three plain tools built (a run of only the search pair has none).
    build_corpora = [c for c in corpora if any(wall.get((c, t)) or failed.get((c, t)) for t in TOOLS)]
    if build_corpora:
        w("## Build time and peak memory")
        w("")
        w("Medians of the timed runs (min–max in brackets); every build goes into the output folder "
          "of the previous build of the same tool. Ratios are StaticReader / peer: below 1 means "
          "StaticReader is faster or smaller.")
        w("")
        w("| corpus | pages | StaticReader | Hugo | Eleventy | SR/Hugo | SR/Eleventy "
          "| SR RSS | Hugo RSS | Eleventy RSS | SR/Hugo RSS |")
        w("|---|---|---|---|---|---|---|---|---|---|---|")
        for c in build_corpora:
            sr, hu, el = ((c, t) for t in TOOLS)
            w(f"| {c} | {PAGES.get(c, '?')} | {cell_time(sr)} | {cell_time(hu)} | {cell_time(el)} "
              f"| {ratio(med(wall, sr), med(wall, hu))} | {ratio(med(wall, sr), med(wall, el))} "
              f"| {cell_mb(sr)} | {cell_mb(hu)} | {cell_mb(el)} | {ratio(med(rss, sr), med(rss, hu))} |")
        w("")

    # CPU time, where the runs recorded it.
    cpu_corpora = [c for c in corpora if any(cpu.get((c, t)) for t in TOOLS)]
    if cpu_corpora:
        w("## CPU time (user + sys)")
        w("")
        w("Medians of the same timed runs: CPU time of each tool's process and the children it waited for, on all "
          "cores (so it can exceed the wall time). StaticReader's detached deletion of its previous output tree is "
          "not waited for and not counted.")
        w("")
        w("| corpus | StaticReader | Hugo | Eleventy | SR/Hugo | SR/Eleventy |")
        w("|---|---|---|---|---|---|")
        for c in cpu_corpora:
            sr, hu, el = ((c, t) for t in TOOLS)
            w(f"| {c} | {cell_cpu(sr)} | {cell_cpu(hu)} | {cell_cpu(el)} "
              f"| {ratio(med(cpu, sr), med(cpu, hu))} | {ratio(med(cpu, sr), med(cpu, el))} |")
        w("")

    # Search on: StaticReader's whole build with its index against Hugo followed by Pagefind (run.sh's tools
    # staticreader-search and hugo+pagefind; the row "pagefind" is Pagefind's share of the pair).
    pair_corpora = [c for c in corpora if wall.get((c, "staticreader-search")) or wall.get((c, "hugo+pagefind"))
                    or failed.get((c, "staticreader-search")) or failed.get((c, "hugo+pagefind"))]
    if pair_corpora:
        w("## Search on: StaticReader against Hugo then Pagefind")
        w("")
        w("StaticReader builds a copy of the corpus with `search: true` (theme/; its index is part of the build); the "
          "peer is what a Hugo user runs for search, Hugo and then Pagefind over Hugo's output, timed one after "
          "the other and summed (peak memory: the larger of the two). Medians, min–max in brackets.")
        w("")
        w("| corpus | StaticReader, search on | Hugo then Pagefind | of which Pagefind | SR/pair "
          "| SR CPU | pair CPU | SR/pair CPU | SR RSS | pair RSS |")
        w("|---|---|---|---|---|---|---|---|---|---|")
        for c in pair_corpora:
            sr, pr, pf = (c, "staticreader-search"), (c, "hugo+pagefind"), (c, "pagefind")
            w(f"| {c} | {cell_time(sr)} | {cell_time(pr)} | {cell_time(pf)} | {ratio(med(wall, sr), med(wall, pr))} "
              f"| {cell_cpu(sr)} | {cell_cpu(pr)} | {ratio(med(cpu, sr), med(cpu, pr))} "
              f"| {cell_mb(sr)} | {cell_mb(pr)} |")
        w("")

    # serve-latency.py: "Serve on CORPUS ..." then a table whose first row is file written -> reload event.
    latency = {c: float(ms) for c, ms in re.findall(r"Serve on (\S+) .*?\n\| file written[^|]*\| \d+ \| (\d+) ms", "\n".join(serve), re.S)}

    # Start-up of the packed tool: run 1 is the first start after the install, reported apart as cold.
    starts = [r for r in startup if r.get("exit") == "0"]
    cold = [float(r["wall_ms"]) for r in starts if r["run"] == "1"]
    warm = [float(r["wall_ms"]) for r in starts if r["run"] != "1"]
    start_failed = [r for r in startup if r.get("exit") != "0"]

    # Targets of issue 21, all six in one table: what StaticReader did, against what, the ratio and the verdict.
    t21 = []
    NOT_MEASURED = "not measured in this run"

    def target21(num, name, figure, peer="–", rat="–", ok=None):
        verdict = "–" if ok is None else ("met" if ok else "**not met**")
        t21.append(f"| {num} | {name} | {figure} | {peer} | {rat} | {verdict} |")

    def sr_failed(key):
        # A StaticReader build that failed on every run: the target is not met, whatever the peer did.
        return bool(failed[key]) and not wall[key]

    r4, h4 = ("reader-4000", "staticreader"), ("reader-4000", "hugo")
    name1 = "reader-4000, search off: StaticReader ≤ 0.5× Hugo, wall time"
    name1c = "reader-4000, search off: StaticReader ≤ 0.5× Hugo, CPU time (user + sys)"
    if sr_failed(r4):
        target21(1, name1, cell_time(r4), cell_time(h4), "–", False)
    elif med(wall, r4) and med(wall, h4):
        q = med(wall, r4) / med(wall, h4)
        target21(1, name1, f"{cell_time(r4)}; {cell_mb(r4)}", f"Hugo {cell_time(h4)}; {cell_mb(h4)}", f"{q:.2f}×", q <= 0.5)
    else:
        target21(1, name1, NOT_MEASURED)
    if med(cpu, r4) and med(cpu, h4):
        q = med(cpu, r4) / med(cpu, h4)
        target21(1, name1c, cell_cpu(r4), f"Hugo {cell_cpu(h4)}", f"{q:.2f}×", q <= 0.5)
    elif not sr_failed(r4):
        target21(1, name1c, NOT_MEASURED)

    rs, hp, pf = ("reader-4000", "staticreader-search"), ("reader-4000", "hugo+pagefind"), ("reader-4000", "pagefind")
    name2 = "reader-4000, search on: StaticReader ≤ 0.25× Hugo then Pagefind 1.6.0"
    if sr_failed(rs):
        target21(2, name2, cell_time(rs), cell_time(hp), "–", False)
    elif med(wall, rs) and med(wall, hp):
        q = med(wall, rs) / med(wall, hp)
        cpu_q = f" (CPU {med(cpu, rs) / med(cpu, hp):.2f}×)" if med(cpu, rs) and med(cpu, hp) else ""
        target21(2, name2, cell_time(rs), f"Hugo then Pagefind {cell_time(hp)}, of which Pagefind {cell_time(pf)}",
                 f"{q:.2f}×{cpu_q}", q <= 0.25)
    else:
        target21(2, name2, NOT_MEASURED)

    g4, hg = ("glossary-4000", "staticreader"), ("glossary-4000", "hugo")
    name3 = "glossary-4000 (theme/, autolinks, notes, backlinks, search): StaticReader ≤ 1.0× Hugo's plain reader-4000"
    if sr_failed(g4):
        target21(3, name3, cell_time(g4), f"Hugo reader-4000 {cell_time(h4)}", "–", False)
    elif med(wall, g4) and med(wall, h4):
        q = med(wall, g4) / med(wall, h4)
        same = f" (Hugo on glossary-4000 {cell_time(hg)})" if wall.get(hg) else ""
        target21(3, name3, cell_time(g4), f"Hugo reader-4000 {cell_time(h4)}{same}", f"{q:.2f}×", q <= 1.0)
    else:
        target21(3, name3, NOT_MEASURED)

    l4 = ("reader-40000", "staticreader")
    name4t = "reader-40000: StaticReader time ≤ 11× its reader-4000"
    name4m = "reader-40000: StaticReader peak memory < 2 GB"
    if sr_failed(l4):
        fw, fr, fe = failed[l4][0]
        target21(4, name4t, f"build failed (exit {fe} after {fw:.1f} s)", f"StaticReader reader-4000 {cell_time(r4)}", "–", False)
        target21(4, name4m, f"{fr:,.0f} MB when it failed", "2,048 MB", "–", False)
    elif med(wall, l4):
        if med(wall, r4):
            q = med(wall, l4) / med(wall, r4)
            target21(4, name4t, cell_time(l4), f"StaticReader reader-4000 {cell_time(r4)}", f"{q:.1f}×", q <= 11)
        else:
            target21(4, name4t, cell_time(l4), "reader-4000 " + NOT_MEASURED)
        lm = med(rss, l4)
        hl = ("reader-40000", "hugo")
        peer = "2,048 MB" + (f" (Hugo {cell_mb(hl)})" if rss.get(hl) else "")
        target21(4, name4m, f"{lm:,.0f} MB", peer, f"{lm / 2048:.2f}× the limit", lm < 2048)
    else:
        target21(4, name4t, NOT_MEASURED)
        target21(4, name4m, NOT_MEASURED)

    name5 = "start-up: the packed tool's `staticreader --version` < 100 ms (median; first run apart)"
    if warm:
        q = statistics.median(warm)
        first = f"; first run {cold[0]:.0f} ms" if cold else ""
        target21(5, name5, f"{q:.0f} ms ({min(warm):.0f}–{max(warm):.0f}, {len(warm)} runs){first}",
                 "100 ms", f"{q / 100:.2f}× the limit", q < 100)
    elif start_failed:
        target21(5, name5, f"**failed** (exit {start_failed[0]['exit']})", "100 ms", "–", False)
    elif cold:
        target21(5, name5, f"first run {cold[0]:.0f} ms, no further runs", "100 ms", "–", None)
    else:
        target21(5, name5, NOT_MEASURED)

    name6 = "serve on glossary-4000: one edited file to the reload event < 100 ms (median)"
    if "glossary-4000" in latency:
        q = latency["glossary-4000"]
        other = f" (reader-4000 {latency['reader-4000']:.0f} ms)" if "reader-4000" in latency else ""
        target21(6, name6, f"{q:.0f} ms{other}", "100 ms", f"{q / 100:.2f}× the limit", q < 100)
    else:
        target21(6, name6, NOT_MEASURED)

    w("## Targets (issue 21)")
    w("")
    w("| # | target | StaticReader | against | ratio | verdict |")
    w("|---|---|---|---|---|---|")
    out.extend(t21)
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
    # The search-on build of run.sh's staticreader-search is recorded as "CORPUS+search".
    per = defaultdict(list)
    names, labels = [], []
    for s in stages:
        if s["run"] == "0":
            continue
        per[(s["corpus"], s["stage"])].append(float(s["ms"]))
        if s["corpus"] not in labels:
            labels.append(s["corpus"])
        if s["stage"] not in names and s["stage"] != "background-delete":
            names.append(s["stage"])
    if per:
        names = [n for n in STAGE_ORDER if n in names] + [n for n in names if n not in STAGE_ORDER]
        w("## StaticReader stages (`--verbose`, median ms)")
        w("")
        w("| corpus | " + " | ".join(names) + " | sum | process wall | old tree deleted after exit |")
        w("|---|" + "---|" * (len(names) + 3))
        for c in labels:
            vals = [statistics.median(per[(c, n)]) if per.get((c, n)) else None for n in names]
            if not any(vals):
                continue
            total = sum(v for v in vals if v)
            wl = m(c[:-len("+search")], "staticreader-search") if c.endswith("+search") else m(c, "staticreader")
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
