#!/usr/bin/env bash
# Document intake benchmark: zuegig (Swift) and the same classifier in scikit-learn, same corpus
# split, same machine, same run. Writes the table to docs/benchmarks.md (section "Document intake").
# Needs: a built zuegig (swift build), poppler-utils, tesseract-ocr-deu, python3 venv with scikit-learn.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${ZUEGIG_BIN:-.build/debug/zuegig}
CONFIG=${ZUEGIG_BUILD_CONFIG:-debug}
VENV=.build/bench-venv
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q --disable-pip-version-check scikit-learn scipy
fi
swift_json=$(mktemp) sk_json=$(mktemp) eval_json=$(mktemp)
"$BIN" bench documents --repeats 5 > "$swift_json"
"$BIN" documents evaluate > "$eval_json"
"$VENV/bin/python" bench/documents_sklearn.py corpus > "$sk_json"
"$VENV/bin/python" - "$swift_json" "$sk_json" "$eval_json" "$CONFIG" <<'PY'
import json, platform, os, re, subprocess, sys, datetime
swift, sk, ev, config = json.load(open(sys.argv[1])), json.load(open(sys.argv[2])), json.load(open(sys.argv[3])), sys.argv[4]
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
mem = int(next(l.split()[1] for l in open("/proc/meminfo") if l.startswith("MemTotal"))) // 1024 // 1024
import sklearn
tess = subprocess.run(["tesseract", "--version"], capture_output=True, text=True).stdout.splitlines()[0]
section = f"""## Document intake (issue 4)

Run on {datetime.date.today().isoformat()}: {os.cpu_count()} cores ({cpu}), {mem} GiB RAM, {platform.platform()}.
zuegig built in **{config}** configuration; scikit-learn {sklearn.__version__}; {tess} (one OpenMP thread).
Inputs: the held-out split of `corpus/` ({swift['documents']} documents by authors not seen in training),
rendered to text PDFs with our PDF writer for the PDF rows; the {swift['ocr']['pages'] if isinstance(swift['ocr'], dict) else 0} scanned
pages in `corpus/scans/` for OCR. Command: `bench/documents.sh`.

| Measure | zuegig (Swift) | scikit-learn (same split, same features) |
|---|---|---|
| Held-out accuracy | {ev['classification']['accuracy']:.3f} | {sk['accuracy']:.3f} |
| Held-out macro-F1 | {ev['classification']['macroF1']:.3f} | {sk['macroF1']:.3f} |
| Classify only, documents/s (one at a time) | {swift['classifyDocumentsPerSecond']:.0f} | {sk['classifyDocumentsPerSecondOneByOne']:.0f} (batch: {sk['classifyDocumentsPerSecondBatch']:.0f}) |
| Classify + extract fields, documents/s (text in memory) | {swift['classifyExtractDocumentsPerSecond']:.0f} | – (no extractor) |
| Text PDFs: pdftotext + classify + extract, documents/s | {swift['textPDFs']['documentsPerSecond']:.1f} ({swift['textPDFs']['pages']} pages) | – |
| One {swift['twentyPagePDF']['pages']}-page text PDF: pdftotext + classify + extract (median of 5) | {swift['twentyPagePDF']['medianSeconds']:.3f} s | – |
| OCR (scanned PNG pages at 200 dpi, tesseract deu), pages/s | {('%.2f' % swift['ocr']['pagesPerSecond']) if isinstance(swift['ocr'], dict) else 'n/a'} | – |

Target of the issue: a 20-page text PDF classified and extracted in under 1 s (met:
{swift['twentyPagePDF']['medianSeconds']:.3f} s). Held-out accuracy target 95 %: see docs/quality.md.
"""
path = "docs/benchmarks.md"
text = open(path).read() if os.path.exists(path) else "# Benchmarks\n\nEach section is written by its script under `bench/`; numbers come from one run on the machine named.\n\n"
text = re.sub(r"## Document intake \(issue 4\).*?(?=\n## |\Z)", "", text, flags=re.S).rstrip() + "\n\n" + section
open(path, "w").write(text)
print(section)
PY
rm -f "$swift_json" "$sk_json" "$eval_json"
