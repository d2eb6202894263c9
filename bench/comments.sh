#!/usr/bin/env bash
# Benchmark of the statement analysis (issue 6): a generated set of N statements (default 100,000),
# `zuegig comments analyze` against the Python peer (datasketch + scikit-learn) on the same data in
# the same run: wall time, peak memory (GNU time), and quality scored by the same script.
# Usage: bench/comments.sh [N]   (ZUEGIG_BIN to use a copied binary; PYTHON for the venv's python)
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-100000}"
BIN="${ZUEGIG_BIN:-.build/debug/zuegig}"
PYTHON="${PYTHON:-.build/bench-venv/bin/python}"
WORK="$(mktemp -d)"
"$BIN" comments generate --count "$N" --seed 1 > "$WORK/set.jsonl"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -m); statements: $N ($(du -h "$WORK/set.jsonl" | cut -f1))"
echo "python peer: $("$PYTHON" -c 'import sys, datasketch, sklearn; print(sys.version.split()[0], "datasketch", datasketch.__version__, "scikit-learn", sklearn.__version__)')"
# Each tool gets at most LIMIT seconds (default 1200); a tool stopped there is reported as not finished.
LIMIT="${LIMIT:-1200}"
measure() { # name, command...
  local name="$1"; shift
  local status=0
  /usr/bin/time -f "%e %M" -o "$WORK/$name.time" timeout "$LIMIT" "$@" > "$WORK/$name.out" || status=$?
  read -r seconds kb < <(tail -1 "$WORK/$name.time")
  if [ "$status" = 124 ]; then echo "$name: not finished after ${LIMIT} s (stopped), peak $((kb / 1024)) MB"; return 1; fi
  if [ "$status" != 0 ]; then echo "$name: failed with exit status $status"; return 1; fi
  echo "$name: ${seconds} s, peak $((kb / 1024)) MB"
}
if measure zuegig "$BIN" comments analyze "$WORK/set.jsonl" --clusters 10 --compact --timings; then
  echo "zuegig quality: $("$PYTHON" bench/comments_score.py "$WORK/set.jsonl" "$WORK/zuegig.out")"
fi
if measure python "$PYTHON" bench/comments_peer.py "$WORK/set.jsonl" 10 "$WORK/python.json"; then
  echo "python quality: $("$PYTHON" bench/comments_score.py "$WORK/set.jsonl" "$WORK/python.json")"
fi
rm -rf "$WORK"
