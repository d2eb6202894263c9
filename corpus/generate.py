#!/usr/bin/env python3
"""Generate the labelled Bauvorlagen corpus from our templates (see FORMAT.md).

Writes corpus/documents/<id>.txt (pages separated by form feeds, as pdftotext prints them),
corpus/scans/<id>-<page>.png for the documents marked as scanned (needs Pillow and DejaVu fonts),
corpus/labels.jsonl (kind, author, split, expected fields with page) and corpus/cases.jsonl
(which documents belong to one application, and which inconsistencies were planted).

Deterministic for a given seed. Run: python3 corpus/generate.py [--no-scans]
Try one template without writing anything: python3 corpus/generate.py --preview corpus/templates/<kind>/<author>.txt
"""
import json
import os
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
SEED = 4711
DOCS_PER_TEMPLATE = 4
# Authors held out from training per kind: the test split measures unseen writers.
HELD_OUT = {"a5", "a6"}
HELD_OUT_SONSTIGES = {"a7", "a8"}
# Authors written blind for development (c1, c2, d1, ...): neither trained on nor held out; their
# errors are looked at to improve the reader, so a wave measures unseen writers only until it is looked at.
DEVELOPMENT_WAVES = ("c", "d", "e")
NOISE_SHARE = 0.15
SCAN_SHARE = 0.10
PAGE_BREAK = "=== SEITE ==="

FIRST = ["Anna", "Jonas", "Leonie", "Mehmet", "Sabine", "Thomas", "Katharina", "Lukas", "Aylin",
         "Friedrich", "Marta", "Piotr", "Johanna", "Ralf", "Elif", "Henrik", "Ute", "Dragan",
         "Svenja", "Wolfgang", "Nadine", "Konstantin", "Gisela", "Tobias", "Irina", "Bernd"]
LAST = ["Berger", "Schulze", "Yilmaz", "Kowalski", "Hoffmann", "Krüger", "Neumann", "Wagner",
        "Özdemir", "Lehmann", "Braun", "Zimmermann", "Hartmann", "Schröder", "Petersen", "Vogel",
        "Kaiser", "Busch", "Nowak", "Lorenz", "Engel", "Fuchs", "Scholz", "Weiß", "Albrecht", "Roth"]
COMPANIES = ["Wohnbau {l} GmbH", "{l} Immobilien GmbH & Co. KG", "Baugenossenschaft {o} eG",
             "{l} & {l2} Projektentwicklung GmbH", "Stadtwerke {o} GmbH", "Evangelische Kirchengemeinde {o}"]
STREETS = ["Lindenweg", "Am Mühlbach", "Hauptstraße", "Birkenallee", "Gartenstraße", "Schulstraße",
           "Kiefernring", "An der Feldmark", "Rosenstraße", "Bahnhofstraße", "Ahornweg", "Am Sportplatz",
           "Kirchgasse", "Wiesengrund", "Ulmenstraße", "Potsdamer Chaussee", "Dorfstraße", "Im Winkel"]
PLACES = [("Musterstadt", "12345"), ("Beispielhausen", "54321"), ("Oberfeld", "34567"),
          ("Neudorf", "23456"), ("Talheim", "45678"), ("Bergen an der Aue", "56789")]
GEMARKUNGEN = ["Oberfeld", "Unterfeld", "Musterstadt", "Lichtenau", "Kleinwiesen", "Altdorf",
               "Seehausen", "Rotheide", "Birkenwerder-Nord", "Mühlenbeck"]
USES = {
    "wohnen": ["Wohngebäude", "Mehrfamilienhaus", "Einfamilienhaus", "Wohnhaus", "Doppelhaushälfte"],
    "buero": ["Bürogebäude", "Verwaltungsgebäude", "Büro- und Verwaltungsgebäude"],
    "einzelhandel": ["Einzelhandel", "Verbrauchermarkt", "Ladengeschäft"],
    "gewerbe": ["Gewerbehalle", "Werkstatt", "Produktionshalle", "Lagerhalle"],
    "gastronomie": ["Gaststätte", "Restaurant", "Schank- und Speisewirtschaft"],
    "beherbergung": ["Hotel", "Pension", "Beherbergungsbetrieb"],
    "sozial": ["Kindertagesstätte", "Pflegeeinrichtung", "Seniorenwohnheim"],
}
PROJECTS = {
    "wohnen": "Neubau eines Wohngebäudes ({u}) mit {we} Wohneinheiten",
    "buero": "Neubau eines Gebäudes – {u}",
    "einzelhandel": "Errichtung eines Gebäudes für {u}",
    "gewerbe": "Neubau: {u} mit Nebenanlagen",
    "gastronomie": "Umbau und Erweiterung: {u}",
    "beherbergung": "Neubau: {u} mit {we} Zimmern",
    "sozial": "Neubau: {u}",
}
ROOFS = ["Satteldach", "Flachdach", "Pultdach", "Walmdach", "Zeltdach"]
EXTRACTED = ["gemarkung", "flur", "flurstueck", "adresse", "bauherr", "architekt", "gebaeudeklasse",
             "nutzung", "vollgeschosse", "hoehe", "bgf", "grundstuecksflaeche", "grz", "gfz", "baukosten"]
NUMERIC = {"hoehe", "bgf", "grundstuecksflaeche", "grz", "gfz", "baukosten"}


def person(rng):
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def make_case(rng, number):
    place, plz = rng.choice(PLACES)
    use = rng.choice(list(USES))
    use_phrase = rng.choice(USES[use])
    site = round(rng.uniform(380, 4800), rng.choice([0, 2]))
    grz = round(rng.uniform(0.18, 0.6), 2)
    storeys = rng.randint(1, 3) if use in ("wohnen", "gastronomie", "gewerbe") else rng.randint(2, 6)
    gr = round(site * grz, 2)
    gf = round(gr * storeys * rng.uniform(0.85, 1.0), 2)
    gfz = round(gf / site, 2)
    bgf = round(gf * rng.uniform(1.05, 1.25), rng.choice([0, 2]))
    height = round(storeys * rng.uniform(2.9, 3.4) + rng.uniform(0.8, 4.5), 2)
    if height > 13:
        gk = 5
    elif height > 7:
        gk = 4
    else:
        gk = rng.choice([1, 2, 3])
    units = rng.randint(2, 24)
    if rng.random() < 0.5:
        builder = person(rng)
    else:
        builder = rng.choice(COMPANIES).format(l=rng.choice(LAST), l2=rng.choice(LAST), o=place)
    return {
        "case": f"C{number:03d}",
        "gemarkung": rng.choice(GEMARKUNGEN),
        "flur": str(rng.randint(1, 24)),
        "flurstueck": f"{rng.randint(12, 999)}/{rng.randint(1, 30)}" if rng.random() < 0.6 else str(rng.randint(5, 1999)),
        "adresse": f"{rng.choice(STREETS)} {rng.randint(1, 140)}{rng.choice(['', '', '', 'a', 'b'])}",
        "bauherr": builder,
        "architekt": person(rng),
        "gebaeudeklasse": gk,
        "nutzung": use,
        "nutzung_text": use_phrase,
        "vollgeschosse": storeys,
        "hoehe": height,
        "bgf": bgf,
        "grundstuecksflaeche": site,
        "grz": grz,
        "gfz": gfz,
        "baukosten": int(round(bgf * rng.uniform(1900, 3200), -3)),
        # filler
        "ort": place, "plz": plz,
        "datum": f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{rng.choice([2025, 2026])}",
        "vorhaben": PROJECTS[use].format(u=use_phrase, we=units),
        "bauherr_anschrift": f"{rng.choice(STREETS)} {rng.randint(1, 90)}, {rng.choice(PLACES)[1]} {rng.choice(PLACES)[0]}",
        "architekt_anschrift": f"{rng.choice(STREETS)} {rng.randint(1, 90)}, {rng.choice(PLACES)[1]} {rng.choice(PLACES)[0]}",
        "kammernummer": f"{rng.randint(10000, 99999)}",
        "ingenieur": person(rng),
        "ingenieur_anschrift": f"{rng.choice(STREETS)} {rng.randint(1, 90)}, {rng.choice(PLACES)[1]} {rng.choice(PLACES)[0]}",
        "firma": rng.choice(["Ingenieurbüro {l}", "{l} Bau GmbH", "Planungsgruppe {l} PartG mbB",
                             "{l} Haustechnik GmbH"]).format(l=rng.choice(LAST)),
        "aktenzeichen": f"{rng.randint(100, 999)}/{rng.choice([2025, 2026])}",
        "wohneinheiten": str(units),
        "stellplaetze": str(max(1, units // rng.choice([1, 2]))),
        "grundflaeche": gr, "geschossflaeche": gf,
        "bri": round(bgf * rng.uniform(2.9, 3.6), 0),
        "dachform": rng.choice(ROOFS),
        "nachbar": person(rng),
        "telefon": f"0{rng.randint(30, 9999)} {rng.randint(100000, 9999999)}",
        "email": f"{rng.choice(['info', 'post', 'buero', 'kontakt'])}@{rng.choice(LAST).lower().replace('ö', 'oe').replace('ü', 'ue').replace('ß', 'ss')}-planung.de",
        "nachbarflurstueck": f"{rng.randint(12, 999)}/{rng.randint(1, 30)}",
    }


def format_number(rng, value, name):
    """German number styles as they appear in real documents."""
    if name == "baukosten":
        v = int(value)
        style = rng.choice(["dots", "dots_cents", "plain", "space"])
        grouped = f"{v:,}".replace(",", ".")
        return {"dots": grouped, "dots_cents": grouped + ",00", "plain": str(v),
                "space": f"{v:,}".replace(",", " ")}[style]
    if name in ("grz", "gfz"):
        text = f"{value:.2f}"
        if rng.random() < 0.3 and text.endswith("0"):
            text = text[:-1]
        return text.replace(".", ",") if rng.random() < 0.9 else text
    decimals = 2 if (value != int(value) or rng.random() < 0.3) else 0
    text = f"{value:,.{decimals}f}"
    style = rng.choice(["de", "de", "plain", "space"])
    if style == "de":
        return text.replace(",", "_").replace(".", ",").replace("_", ".")
    if style == "space":
        return text.replace(",", " ").replace(".", ",")
    return text.replace(",", "").replace(".", ",")


ALT = re.compile(r"\[\[(\?)?(.*?)\]\]", re.S)
FIELD = re.compile(r"\{\{(\w+)\}\}")


def render(template, facts, rng):
    """Return (pages, fields, spans) for one document."""
    lines = [l for l in template.splitlines() if not l.startswith("#!")]
    text = "\n".join(lines)

    def choose(m):
        if m.group(1):
            return m.group(2) if rng.random() < 0.5 else ""
        return rng.choice(m.group(2).split("|"))
    text = ALT.sub(choose, text)
    pages = [p.strip("\n") for p in text.split(PAGE_BREAK)]
    fields = {}
    out_pages = []
    protected = []  # per page: list of (start, end) spans holding inserted values
    for index, page in enumerate(pages, start=1):
        spans = []
        parts = []
        cursor = 0
        length = 0
        for m in FIELD.finditer(page):
            parts.append(page[cursor:m.start()])
            length += m.start() - cursor
            name = m.group(1)
            if name not in facts and name != "nutzung":
                raise SystemExit(f"unknown placeholder {{{{{name}}}}}")
            if name == "nutzung":
                value_text = facts["nutzung_text"]
            elif name in NUMERIC or name in ("grundflaeche", "geschossflaeche", "bri"):
                value_text = format_number(rng, facts[name], name)
            else:
                value_text = str(facts[name])
            parts.append(value_text)
            spans.append((length, length + len(value_text)))
            length += len(value_text)
            cursor = m.end()
            if name in EXTRACTED and name not in fields:
                fields[name] = {"value": facts[name], "page": index}
            if name == "vorhaben" and "nutzung" not in fields:
                # The project description names the use; a reader (and the extractor) can take it from there.
                fields["nutzung"] = {"value": facts["nutzung"], "page": index, "implied": True}
        parts.append(page[cursor:])
        out_pages.append("".join(parts))
        protected.append(spans)
    return out_pages, fields, protected


OCR_SWAPS = [("ü", "u"), ("ä", "a"), ("ö", "o"), ("ß", "B"), ("e", "c"), ("l", "1"), ("i", "l"),
             ("rn", "m"), ("m", "rn"), ("h", "b"), ("n", "u"), ("t", "f"), ("S", "5"), ("O", "0")]


def ocr_noise(page, spans, rng, rate=0.035):
    """Simulated OCR errors outside the inserted values (the values stay as labelled)."""
    inside = [False] * len(page)
    for a, b in spans:
        for i in range(a, b):
            inside[i] = True
    out = []
    i = 0
    while i < len(page):
        if not inside[i] and page[i].isalpha() and rng.random() < rate:
            done = False
            for src, dst in rng.sample(OCR_SWAPS, len(OCR_SWAPS)):
                if page.startswith(src, i) and all(not inside[j] for j in range(i, min(len(page), i + len(src)))):
                    out.append(dst)
                    i += len(src)
                    done = True
                    break
            if not done:
                roll = rng.random()
                if roll < 0.3:
                    out.append(page[i] + " ")
                elif roll < 0.45:
                    pass
                else:
                    out.append(page[i])
                i += 1
            continue
        out.append(page[i])
        i += 1
    return "".join(out)


def render_scan(pages, doc_id, rng):
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    font_path = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
    font = ImageFont.truetype(font_path, 22)
    names = []
    for number, page in enumerate(pages, start=1):
        width, height = 1654, 2339  # A4 at 200 dpi
        image = Image.new("L", (width, height), 255)
        draw = ImageDraw.Draw(image)
        y = 120
        for line in page.splitlines():
            draw.text((110, y), line, font=font, fill=rng.randint(0, 60))
            y += 32
            if y > height - 100:
                break
        image = image.rotate(rng.uniform(-0.8, 0.8), fillcolor=255, resample=Image.BICUBIC)
        image = image.filter(ImageFilter.GaussianBlur(radius=rng.uniform(0.3, 0.7)))
        image = image.point(lambda v: 0 if v < 150 else 255).convert("1")
        name = f"{doc_id}-{number}.png"
        image.save(ROOT / "scans" / name, optimize=True)
        names.append(name)
    return names


def template_order(path):
    """First-wave authors (a1, a2, ...) keep their place; later waves (b1, ...) come after all of
    them, so adding authors never changes the documents generated before."""
    return (path.stem[0], path.parent.name, path.stem)


def preview(path):
    """Print two renderings of one template with their expected fields; writes nothing."""
    rng = random.Random(SEED)
    source = Path(path).read_text(encoding="utf-8")
    for number in (1, 2):
        pages, fields, _ = render(source, make_case(rng, number), rng)
        print("\n\f\n".join(pages))
        print("-- expected fields:", json.dumps(fields, ensure_ascii=False))
        print("=" * 100)


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--preview":
        preview(sys.argv[2])
        return
    unknown = [a for a in sys.argv[1:] if a != "--no-scans"]
    if unknown:
        raise SystemExit(f"unknown arguments {unknown}\n{__doc__}")
    scans = "--no-scans" not in sys.argv
    if scans:
        try:
            import PIL  # noqa: F401  (checked before anything is deleted)
        except ImportError:
            raise SystemExit("Pillow is needed for the scanned documents (pip install pillow), "
                             "or pass --no-scans")
    rng = random.Random(SEED)
    templates = sorted((ROOT / "templates").glob("*/*.txt"), key=template_order)
    if not templates:
        raise SystemExit("no templates under corpus/templates")
    (ROOT / "documents").mkdir(exist_ok=True)
    for old in (ROOT / "documents").glob("*.txt"):
        old.unlink()
    if scans:
        (ROOT / "scans").mkdir(exist_ok=True)
        for old in (ROOT / "scans").glob("*.png"):
            old.unlink()
    cases = [make_case(rng, n) for n in range(1, 61)]
    # Plant inconsistencies in a few applications: the Baubeschreibung declares another GRZ/BGF.
    planted = {}
    for case in rng.sample(cases, 12):
        planted[case["case"]] = rng.choice(["grz", "bgf", "grundstuecksflaeche"])
    members = {c["case"]: [] for c in cases}
    labels = []
    counter = 0
    for template in templates:
        kind = template.parent.name
        author = template.stem
        held = HELD_OUT_SONSTIGES if kind == "sonstiges" else HELD_OUT
        split = "test" if author in held else ("dev" if author.startswith(DEVELOPMENT_WAVES) else "train")
        source = template.read_text(encoding="utf-8")
        count = 3 if kind == "sonstiges" else DOCS_PER_TEMPLATE
        for _ in range(count):
            counter += 1
            doc_id = f"d{counter:04d}"
            case = dict(rng.choice(cases))
            planted_field = planted.get(case["case"])
            if planted_field and kind == "baubeschreibung":
                factor = rng.choice([0.8, 1.25])
                if planted_field == "grz":
                    case["grz"] = round(case["grz"] * factor, 2)
                else:
                    case[planted_field] = round(case[planted_field] * factor, 0)
            pages, fields, spans = render(source, case, rng)
            noisy = rng.random() < NOISE_SHARE
            if noisy:
                pages = [ocr_noise(p, s, rng) for p, s in zip(pages, spans)]
            scanned = scans and not noisy and rng.random() < SCAN_SHARE
            images = render_scan(pages, doc_id, rng) if scanned else []
            (ROOT / "documents" / f"{doc_id}.txt").write_text("\f".join(pages) + "\n", encoding="utf-8")
            members[case["case"]].append(doc_id)
            labels.append({"id": doc_id, "kind": kind, "author": f"{kind}/{author}", "split": split,
                           "case": case["case"], "noisy": noisy, "scanned": scanned, "scans": images,
                           "pages": len(pages), "fields": fields})
    with open(ROOT / "labels.jsonl", "w", encoding="utf-8") as out:
        for label in labels:
            out.write(json.dumps(label, ensure_ascii=False) + "\n")
    with open(ROOT / "cases.jsonl", "w", encoding="utf-8") as out:
        for case in cases:
            record = {"case": case["case"], "documents": members[case["case"]],
                      "buildingClass": case["gebaeudeklasse"],
                      "plantedInconsistency": planted.get(case["case"])}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    kinds = {}
    for label in labels:
        kinds.setdefault(label["kind"], {"train": 0, "dev": 0, "test": 0})[label["split"]] += 1
    print(f"{len(labels)} documents from {len(templates)} templates")
    for kind, counts in sorted(kinds.items()):
        print(f"  {kind:28} train {counts['train']:3}  dev {counts['dev']:3}  test {counts['test']:3}")


if __name__ == "__main__":
    main()
