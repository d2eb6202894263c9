#!/usr/bin/env bash
# Quality of the document classifier and field extractor on the held-out authors of corpus/,
# scanned documents read through tesseract. Writes docs/quality.md (section "Document intake").
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${ZUEGIG_BIN:-.build/debug/zuegig}
test_json=$(mktemp) train_json=$(mktemp)
"$BIN" documents evaluate --ocr > "$test_json"
"$BIN" documents evaluate --split train > "$train_json"
python3 - "$test_json" "$train_json" <<'PY'
import json, os, re, sys, datetime
ev, tr = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
c = ev["classification"]
kinds = [k["kind"] for k in c["perKind"]]
short = {"lageplan": "LP", "bauzeichnung": "BZ", "baubeschreibung": "BB", "berechnungMassDerNutzung": "MN", "standsicherheitsnachweis": "SN",
         "brandschutznachweis": "BS", "waermeschutznachweis": "WS", "entwaesserungsplan": "EP", "stellplatznachweis": "SP", "vollmacht": "VM",
         "liegenschaftskataster": "LK", "statistik": "ST", "sonstiges": "SO"}
lines = [f"## Document intake (issue 4)", "",
 f"Measured on {datetime.date.today().isoformat()} with `bench/quality_documents.sh` (`zuegig documents evaluate --ocr`).",
 "",
 "**Data.** `corpus/` is our own labelled corpus: 80 templates written for this project, one per *author* (office,",
 "form version, software export), 6 per kind (8 for Sonstiges), filled with generated application facts by",
 "`corpus/generate.py` (fixed seed): 312 documents. 15 % carry simulated OCR noise in the running text (the labelled",
 "values themselves are kept intact), 10 % are rendered as page images (`corpus/scans/`) and read back with",
 "tesseract in this evaluation. **The split is by author**: the test split holds two whole authors per kind that",
 f"training never saw ({c['documents']} documents). Field labels are the values the generator inserted, with their page.",
 "",
 "### Classification (held-out authors)", "",
 f"| Accuracy | Macro-F1 | Answered \"unklar\" (confidence < 0.4) | Accuracy of confident answers |",
 "|---|---|---|---|",
 f"| {c['accuracy']:.3f} | {c['macroF1']:.3f} | {c['unclearShare']:.1%} | {c['confidentAccuracy']:.3f} |",
 "",
 "By subset: " + ", ".join(f"{k} {v['accuracy']:.3f} ({v['documents']} docs)" for k, v in ev["classificationBySubset"].items() if v),
 "",
 "| Kind | Support | Precision | Recall | F1 |", "|---|---|---|---|---|"]
for k in c["perKind"]:
    lines.append(f"| {k['kind']} | {k['support']} | {k['precision']:.2f} | {k['recall']:.2f} | {k['f1']:.2f} |")
lines += ["", "Confusion matrix (rows: true kind, columns: best guess): " + ", ".join(f"{v} = {k}" for k, v in short.items()), "",
          "| | " + " | ".join(short[k] for k in kinds) + " |", "|---|" + "---|" * len(kinds)]
for k, row in zip(kinds, c["confusion"]):
    lines.append(f"| {short[k]} | " + " | ".join(str(v) if v else "·" for v in row) + " |")
m = ev["fieldsMicro"]
lines += ["", "### Field extraction (held-out authors)", "",
          f"Micro-averaged over all fields: precision {m['precision']:.3f}, recall {m['recall']:.3f}, F1 {m['f1']:.3f}. "
          f"On the training authors (the rules were developed against these): F1 {tr['fieldsMicro']['f1']:.3f}.",
          "A value counts as correct when it equals the label (numbers exactly, text after case/umlaut folding);",
          "\"page right\" counts correct values found on the labelled page.", "",
          "By subset: " + ", ".join(f"{k} F1 {v['f1']:.3f}" for k, v in ev["fieldsBySubset"].items()), "",
          "| Field | Expected | Extracted | Correct | Page right | Precision | Recall | F1 |", "|---|---|---|---|---|---|---|---|"]
for f in ev["fields"]:
    lines.append(f"| {f['field']} | {f['expected']} | {f['extracted']} | {f['correct']} | {f['correctPage']} | {f['precision']:.2f} | {f['recall']:.2f} | {f['f1']:.2f} |")
lines += ["", "### Against the issue's targets", "",
          f"- Held-out accuracy ≥ 95 %: **{'met' if c['accuracy'] >= 0.95 else 'not met'}** ({c['accuracy']:.1%}).",
          f"- Field F1 ≥ 0.95: **{'met' if m['f1'] >= 0.95 else 'not met'}** ({m['f1']:.3f}). Precision is high; recall is the gap: labels",
          "  the rules do not know (unseen wording, OCR-damaged labels such as \"Grundstücksgrößc\"), names without a role label,",
          "  and facts spread over two lines.", ""]
section = "\n".join(lines)
path = "docs/quality.md"
text = open(path).read() if os.path.exists(path) else "# Quality of the AI modules\n\nEvery number here comes from labelled data we wrote ourselves; each section names its script.\n\n"
text = re.sub(r"## Document intake \(issue 4\).*?(?=\n## |\Z)", "", text, flags=re.S).rstrip() + "\n\n" + section
open(path, "w").write(text)
print(section)
PY
rm -f "$test_json" "$train_json"
