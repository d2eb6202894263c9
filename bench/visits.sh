#!/usr/bin/env bash
# Site visit planning benchmark: all 56 Solomon 100-customer instances with zuegig, PyVRP and Google
# OR-Tools, each with the same time limit per instance, in the same run; and a realistic week
# (120 visits, 8 inspectors, 5 days, two-hour windows). Writes the section "Site visit planning"
# of docs/benchmarks.md. TIME_LIMIT (default 10) seconds per instance and solver;
# SOLOMON (default ../shared/data/solomon) holds the instances (*.txt) and best-known solutions (*.sol).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${ZUEGIG_BIN:-.build/debug/zuegig}
CONFIG=${ZUEGIG_BUILD_CONFIG:-debug (ZuegigAI compiled with -O)}
LIMIT=${TIME_LIMIT:-10}
SOLOMON=${SOLOMON:-../shared/data/solomon}
VENV=.build/bench-venv
"$VENV/bin/python" -c "import pyvrp, ortools" 2>/dev/null || "$VENV/bin/pip" install -q --disable-pip-version-check pyvrp ortools
work=$(mktemp -d)
for file in "$SOLOMON"/*.txt; do
  name=$(basename "$file" .txt)
  "$BIN" visits plan "$file" --time-limit "$LIMIT" --seed 1 > "$work/$name.zuegig.json"
  "$VENV/bin/python" bench/vrp_peers.py pyvrp "$file" "$LIMIT" > "$work/$name.pyvrp.json"
  "$VENV/bin/python" bench/vrp_peers.py ortools "$file" "$LIMIT" > "$work/$name.ortools.json"
  echo "$name done" >&2
done
"$BIN" visits generate --visits 120 --inspectors 8 --days 5 --seed 1 > "$work/week.json"
for t in 1 2 4 30; do
  /usr/bin/time -f "%e %M" -o "$work/week-$t.time" "$BIN" visits plan "$work/week.json" --time-limit "$t" --seed 1 > "$work/week-$t.json"
done
"$VENV/bin/python" - "$work" "$SOLOMON" "$LIMIT" "$CONFIG" <<'PY'
import datetime, glob, json, os, platform, re, sys
from importlib.metadata import version
work, solomon, limit, config = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
cpu = next((x.split(":", 1)[1].strip() for x in open("/proc/cpuinfo") if x.startswith("model name")), platform.processor())
mem = int(next(x.split()[1] for x in open("/proc/meminfo") if x.startswith("MemTotal"))) // 1024 // 1024
rows, gaps = [], {"zuegig": [], "pyvrp": [], "ortools": []}
classes = {}
for path in sorted(glob.glob(f"{solomon}/*.txt")):
    name = os.path.basename(path)[:-4]
    bks = float(re.search(r"Cost\s+([\d.]+)", open(f"{solomon}/{name}.sol").read()).group(1))
    ours = json.load(open(f"{work}/{name}.zuegig.json"))
    peers = {s: json.load(open(f"{work}/{name}.{s}.json")) for s in ("pyvrp", "ortools")}
    results = {"zuegig": (ours["distance"] if ours["feasible"] else None, ours["vehicles"])}
    for s, r in peers.items():
        results[s] = (r["distance"] if r["feasible"] else None, r["vehicles"])
    cells = []
    for s in ("zuegig", "pyvrp", "ortools"):
        d, v = results[s]
        if d is None:
            gaps[s].append(None); cells.append("infeasible"); continue
        gap = 100 * (d - bks) / bks
        gaps[s].append(gap)
        classes.setdefault(re.match(r"[A-Z]+\d", name).group(0), {}).setdefault(s, []).append(gap)
        cells.append(f"{d:.1f} ({v}) {gap:+.2f} %")
    rows.append(f"| {name} | {bks:.1f} | " + " | ".join(cells) + " |")
def mean(values):
    ok = [v for v in values if v is not None]
    return (sum(ok) / len(ok), len(values) - len(ok)) if ok else (float("nan"), len(values))
summary = []
for cls in sorted(classes):
    summary.append(f"| {cls} | " + " | ".join(f"{sum(classes[cls].get(s, [float('nan')])) / max(1, len(classes[cls].get(s, []))):+.2f} %" for s in ("zuegig", "pyvrp", "ortools")) + " |")
overall = {s: mean(gaps[s]) for s in gaps}
summary.append(f"| **all {len(rows)}** | " + " | ".join(f"**{overall[s][0]:+.2f} %**" + (f" ({overall[s][1]} infeasible)" if overall[s][1] else "") for s in ("zuegig", "pyvrp", "ortools")) + " |")
wins = sum(1 for a, b in zip(gaps["zuegig"], gaps["ortools"]) if a is not None and (b is None or a < b - 1e-9))
week = []
for t in (1, 2, 4, 30):
    plan = json.load(open(f"{work}/week-{t}.json"))
    wall, rss = open(f"{work}/week-{t}.time").read().split()
    week.append(f"| {t} s | {float(wall):.2f} s | {int(rss) // 1024} MB | {plan['totals']['assigned']} of {plan['totals']['visits']} | "
                f"{len(plan['routes'])} | {plan['totals']['travelMinutes']:.0f} min | {plan['totals']['distanceKm']:.1f} km | {plan['search']['iterations']} |")
section = f"""## Site visit planning (issue 7)

Run on {datetime.date.today().isoformat()}: {os.cpu_count()} cores ({cpu}), {mem} GiB RAM, {platform.platform()}.
zuegig built in **{config}**; PyVRP {version('pyvrp')} (hybrid genetic search), OR-Tools {version('ortools')}
(parallel cheapest insertion, then guided local search). Command: `bench/visits.sh` (TIME_LIMIT={limit}).
Every solver gets **{limit} s per instance**, one thread, seed 1, in the same run, one instance after the other.
Distances in the DIMACS convention (each Euclidean distance truncated to one decimal), minimising total distance
with at most the instance's fleet; gap = (distance − best known) / best known, best-known solutions from the
VRPLIB copy in `shared/data/solomon/`. Cells: distance (routes) gap.

| Class | zuegig | PyVRP | OR-Tools |
|---|---|---|---|
{chr(10).join(summary)}

zuegig is better than OR-Tools on {wins} of {len(rows)} instances.

<details><summary>All {len(rows)} instances</summary>

| Instance | Best known | zuegig | PyVRP | OR-Tools |
|---|---|---|---|---|
{chr(10).join(rows)}

</details>

Realistic week (`zuegig visits generate --visits 120 --inspectors 8 --days 5 --seed 1`: sites within 12 km, offices in
three districts, two or three offered two-hour windows per visit, 45 to 90 min inspections, a third of the inspectors
with fire-protection skill, one inspector absent one day, straight-line travel × 1.35 at 28 km/h), whole process
including start-up, by time limit:

| Time limit | Wall time | Peak memory | Assigned | Inspector-days used | Travel | Distance | Iterations |
|---|---|---|---|---|---|---|---|
{chr(10).join(week)}
"""
path = "docs/benchmarks.md"
text = open(path).read()
pattern = re.compile(r"## Site visit planning \(issue 7\).*?(?=\n## |\Z)", re.S)
text = pattern.sub(section.rstrip() + "\n", text) if pattern.search(text) else text.rstrip() + "\n\n" + section
open(path, "w").write(text)
print(section)
PY
