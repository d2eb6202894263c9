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
measure() { # name, command...
  local name="$1"; shift
  /usr/bin/time -f "%e %M" -o "$WORK/$name.time" "$@" > "$WORK/$name.out"
  read -r seconds kb < "$WORK/$name.time"
  echo "$name: ${seconds} s, peak $((kb / 1024)) MB"
}
measure zuegig "$BIN" comments analyze "$WORK/set.jsonl" --clusters 10 --compact --timings
measure python "$PYTHON" bench/comments_peer.py "$WORK/set.jsonl" 10 "$WORK/python.json"
echo "zuegig quality: $("$PYTHON" bench/comments_score.py "$WORK/set.jsonl" "$WORK/zuegig.out")"
echo "python quality: $("$PYTHON" bench/comments_score.py "$WORK/set.jsonl" "$WORK/python.json")"
rm -rf "$WORK"
