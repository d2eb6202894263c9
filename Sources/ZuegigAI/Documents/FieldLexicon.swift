// The words German Bauvorlagen use as labels for each fact (forms of different Länder, Baubeschreibung,
// Lageplan, Statik, Brandschutz, GEG, Stellplatz, Vollmacht, ALKIS, Statistik), matched after
// normalisation (case, umlauts, punctuation, numbering, qualifiers in brackets) and, for labels long
// enough to be unambiguous, with a small edit distance for OCR damage ("Grundstücksgrößc").
import Foundation

public enum FieldLexicon {
    /// One way of labelling a field. `weak` labels are ambiguous out of context (a bare "Höhe",
    /// "Geschosse", "Kosten") and give way to any stronger candidate.
    struct Entry {
        let field: DocumentField
        let label: String
        let weak: Bool
    }

    /// A label that matched: the field and whether the label was weak or read with OCR tolerance.
    public struct Match: Hashable, Sendable {
        public let field: DocumentField
        public let weak: Bool
        public let fuzzy: Bool
    }

    static let strong: [DocumentField: [String]] = [
        .gemarkung: ["gemarkung", "gemarkungsname", "name der gemarkung", "gmkg", "gemarkg", "gemark", "gmk", "gem"],
        // "Flurnummer" names the Flur in most Länder and the parcel in Bayern: see `parcelOrFlur`.
        .flur: ["flur", "flur nr", "flurnummer", "flur nummer", "fl", "flur bezeichnung"],
        .flurstueck: [
            "flurstuck", "flurstucke", "flurstucks nr", "flurstucksnummer", "flurstuck nr", "flurstucksnr", "flurstucksbezeichnung",
            "flurstuck nummer", "flst", "flst nr", "flstnr", "flurst", "fl st", "parzelle", "parz", "flurstucke nr", "flurstucknummer",
            "flurstk", "flstk", "flurstucke nummer",
            // Bayern has no Flur: "Fl.Nr." is the parcel's number.
            "fl nr", "flnr", "fl nummer", "flurnummer", "flur nr", "flur nummer",
        ],
        .adresse: [
            "bauort", "standort", "baustelle", "baugrundstuck", "lage des grundstucks", "lage des baugrundstucks", "lage des bauvorhabens",
            "lage des vorhabens", "anschrift des baugrundstucks", "anschrift des grundstucks", "anschrift der baustelle",
            "anschrift des vorhabens", "adresse des grundstucks", "adresse des baugrundstucks", "adresse des bauvorhabens",
            "grundstucksadresse", "objektanschrift", "objektadresse", "lagebezeichnung", "belegenheit", "ort der baumasnahme",
            "ort des bauvorhabens", "strase hausnummer", "strase und hausnummer", "strase hausnr", "strase nr", "lage",
        ],
        .bauherr: [
            "bauherr", "bauherrin", "bauherren", "bauherrschaft", "bauherr in", "bauherrn", "bauh", "bh", "antragsteller", "antragstellerin",
            "antragsteller in", "antragstellende", "antragstellender", "vorhabentrager", "vorhabentragerin", "vorhabentrager in",
            "auftraggeber", "auftraggeberin", "auftraggeber in", "bauwerber", "bauwerberin", "vollmachtgeber", "vollmachtgeberin",
            "vollmachtgeber in", "name des bauherrn", "antragstellende person", "bauherrschaft name", "bauherr schaft", "name der bauherrin", "name der bauherrschaft", "name des antragstellers",
            "eigentumer", "eigentumerin", "eigentumer in", "grundstuckseigentumer",
        ],
        .architekt: [
            "entwurfsverfasser", "entwurfsverfasserin", "entwurfsverfasser in", "entwurfsverf", "evf", "planverfasser", "planverfasserin",
            "planverfasser in", "architekt", "architektin", "architekt in", "bauvorlageberechtigter", "bauvorlageberechtigte",
            "bauvorlageberechtigte r", "objektplanung", "objektplaner", "objektplanerin", "objektplaner in", "gebaudeplanung",
            "entwurf und planung", "verfasser der bauvorlagen", "name des entwurfsverfassers", "name der entwurfsverfasserin",
            "entwurf", "planung",
        ],
        .gebaeudeklasse: ["gebaudeklasse", "gk", "geb klasse", "gebaudekl"],
        .nutzung: [
            "gebaudeart", "art des gebaudes", "nutzungsart", "hauptnutzung", "gebaudetyp", "art der nutzung", "nutzung des gebaudes",
            "art der hauptnutzung", "gebaudenutzung", "zweckbestimmung", "uberwiegende nutzung", "gebaudeart uberwiegende nutzung",
        ],
        .vollgeschosse: [
            "vollgeschosse", "anzahl der vollgeschosse", "zahl der vollgeschosse", "anzahl vollgeschosse", "vollgeschosszahl",
            "vollgeschossanzahl", "vg", "anzahl vg", "zahl der vg", "vollgeschosse geplant", "vollgeschosse oberirdisch",
        ],
        .hoehe: [
            "gebaudehohe", "gesamthohe", "hohe der baulichen anlage", "hohe baulicher anlage", "hohe des gebaudes", "bauwerkshohe",
            "hohe gebaude", "firsthohe", "hohe ok first", "hohe ok attika", "hohe ok first attika", "hohe first", "hohe attika",
            "ok first", "ok attika", "ok first attika", "attikahohe", "firsthohe attikahohe", "hohe uber gelande", "hohe ok",
            "hohe ok dach", "ok dach", "ok gebaude", "oberkante gebaude", "gebaudehohe gesamt", "max gebaudehohe", "hohe uber gok",
            "hohe uber gelandeoberflache", "hohe des baukorpers", "firsthohe uber gelande",
        ],
        .bgf: [
            "bgf", "brutto grundflache", "bruttogrundflache", "brutto geschossflache", "bruttogeschossflache", "bgf r", "summe bgf",
            "brutto grundflache bgf", "bgf gesamt", "bgf insgesamt",
        ],
        .grundstuecksflaeche: [
            "grundstucksflache", "grundstucksgrose", "flache des grundstucks", "flache des baugrundstucks", "grose des grundstucks",
            "grose des baugrundstucks", "buchflache", "amtliche flache", "flurstucksflache", "grdst flache", "grdst grose",
            "grundstucksflache gesamt", "flache des flurstucks", "flurstucksgrose", "katasterflache", "flache lt kataster",
            "flache laut kataster", "flache lt grundbuch", "flache laut grundbuch", "gesamtflache des grundstucks", "mas gebliche grundstucksflache", "masgebliche grundstucksflache", "anrechenbare grundstucksflache",
            "fgs", "gsf", "baugrundstuck", "grundstuck", "grdst", "grst", "grundst",
        ],
        .grz: ["grz", "grundflachenzahl", "grz i", "grz vorhanden", "grz geplant", "grz ist"],
        .gfz: ["gfz", "geschossflachenzahl", "gfz vorhanden", "gfz geplant", "gfz ist"],
        .baukosten: [
            "baukosten", "herstellungskosten", "gesamtkosten", "gesamtbaukosten", "veranschlagte kosten", "veranschlagte baukosten",
            "voraussichtliche kosten", "voraussichtliche baukosten", "geschatzte kosten", "geschatzte baukosten", "kosten des bauwerks",
            "veranschlagte kosten des bauwerks", "bauwerkskosten", "baukostensumme", "bausumme", "investitionskosten",
            "herstellungssumme", "kosten insgesamt", "rohbaukosten", "rohbau und ausbaukosten", "herstellungswert",
        ],
    ]

    static let weakLabels: [DocumentField: [String]] = [
        .adresse: ["grundstuck", "ort", "adresse", "objekt", "bauvorhaben in", "grdst", "grst", "grundst"],
        .vollgeschosse: [
            "geschosse", "anzahl der geschosse", "anzahl geschosse", "geschosszahl", "zahl der geschosse", "geschossanzahl",
            "oberirdische geschosse", "anzahl der oberirdischen geschosse", "z", "geschosse oberirdisch", "anzahl oberirdischer geschosse",
            "zahl der oberirdischen geschosse", "geschossigkeit",
        ],
        .hoehe: ["hohe", "h", "max hohe", "maximale hohe"],
        .baukosten: ["kosten", "kosten brutto"],
        .grundstuecksflaeche: ["grose", "flache", "flache amtlich", "amtl flache"],
    ]

    /// Labels of measures that are none of the extracted facts but stand beside them and look alike:
    /// the footprint and floor area of the Baunutzungsverordnung (GR, GF), volume, living and usable
    /// area, wall and eaves heights, setbacks. A number under such a label is not the BGF, site area or height.
    static let otherMeasures: Set<String> = [
        "grundflache", "gr", "grundflache gr", "zulassige grundflache", "uberbaute flache", "uberbaute grundflache", "bebaute flache",
        "geschossflache", "gf", "geschossflache gf", "zulassige geschossflache", "brutto rauminhalt", "bruttorauminhalt", "bri",
        "rauminhalt", "umbauter raum", "wohnflache", "nutzflache", "nettoraumflache", "nrf", "nuf", "nutzungsflache", "verkehrsflache",
        "technikflache", "konstruktionsgrundflache", "kgf", "wandhohe", "traufhohe", "abstandsflache", "tiefe der abstandsflache",
        "abstand", "grenzabstand", "versiegelte flache", "grunflache", "dachflache", "wohneinheiten", "stellplatze",
    ]

    /// Whether a label names one of `otherMeasures` (after normalisation and neutral words).
    public static func namesOtherMeasure(_ raw: String) -> Bool {
        var words = normalise(raw).split(separator: " ").map(String.init)
        while !words.isEmpty {
            if otherMeasures.contains(words.joined(separator: " ")) { return true }
            // Neutral words before, a qualifier or the label's own abbreviation after ("Geschossfläche GF").
            let last = words[words.count - 1]
            guard words.count > 1, neutralPrefixes.contains(words[0]) || qualifierStarts.contains(last) || otherMeasures.contains(last) else { return false }
            if neutralPrefixes.contains(words[0]) { words.removeFirst() } else { words.removeLast() }
        }
        return false
    }

    static let entries: [String: [Entry]] = {
        var result: [String: [Entry]] = [:]
        for (field, labels) in strong {
            for label in labels { result[normalise(label), default: []].append(Entry(field: field, label: normalise(label), weak: false)) }
        }
        for (field, labels) in weakLabels {
            for label in labels { result[normalise(label), default: []].append(Entry(field: field, label: normalise(label), weak: true)) }
        }
        return result
    }()

    /// Labels long enough to be matched with OCR tolerance, without spaces.
    /// Kept as UTF-8 bytes so the OCR-tolerant comparison does not walk grapheme clusters.
    static let fuzzyEntries: [(key: [UInt8], entry: Entry)] = entries.values.flatMap { $0 }
        .filter { $0.label.count >= 9 }
        .map { (Array($0.label.replacingOccurrences(of: " ", with: "").utf8), $0) }

    /// Labels that name the Flur or, in Bayern, the parcel ("Flurnummer 225", "Flur-Nr. 910/15").
    static let parcelOrFlur: Set<String> = ["flurnummer", "flur nr", "flur nummer"]

    /// Words that may stand before a label without changing what it names ("Anzahl der", "Angaben zum").
    static let neutralPrefixes: Set<String> = [
        "anzahl", "zahl", "der", "die", "das", "des", "den", "angaben", "zum", "zur", "name", "gesamte", "geplante", "geplant", "vorhandene",
        "tatsachliche", "maximale", "max", "summe", "nachrichtlich", "voraussichtliche", "veranschlagte", "amtliche", "angabe", "nr", "nummer", "anz",
    ]

    /// Words after which a label only qualifies itself ("Höhe nach § 2 Abs. 3 MBO", "Fläche lt. Kataster").
    static let qualifierStarts: Set<String> = [
        "nach", "gem", "gemas", "lt", "laut", "uber", "ab", "in", "max", "maximal", "ca", "rd", "gesamt", "insgesamt", "vorh", "vorhanden",
        "geplant", "ist", "m", "m2", "qm", "eur", "euro", "din", "i", "s", "summe", "aller", "alle", "zum", "ub",
    ]

    /// Normalised label text: folded, lower case, letters and digits only, leading numbering
    /// ("A.07", "EF40", "3.2", "b)") and bracketed qualifiers removed.
    public static func normalise(_ raw: String) -> String {
        var text = GermanText.foldPreservingOffsets(raw).lowercased()
        text = text.replacing(pattern: #"\([^)]*\)|\[[^\]]*\]"#, with: " ")
        text = text.replacingOccurrences(of: "ß", with: "s")
        // Umlauts typed as "ue", "ae", "oe" ("Flurstueck", "Gebaeudehoehe").
        text = text.replacingOccurrences(of: "ue", with: "u").replacingOccurrences(of: "ae", with: "a").replacingOccurrences(of: "oe", with: "o")
        text = String(text.unicodeScalars.map { scalar -> Character in
            (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)) ? Character(scalar) : " "
        })
        var words = text.split(separator: " ").map(String.init)
        // Leading numbering: digits, one letter before digits, form field codes like "ef40".
        // A form's field code in two words ("EF 15", "Nr 7", "Pos 3").
        if words.count > 2, (1...3).contains(words[0].count), words[0].allSatisfy(\.isLetter), words[1].allSatisfy(\.isNumber) {
            words.removeFirst(2)
        }
        while let first = words.first, words.count > 1,
              first.allSatisfy(\.isNumber) || (first.count == 1 && words[1].allSatisfy(\.isNumber))
              || first.firstRange(of: #"^[a-z]{1,3}\d{1,3}[a-z]?$"#) != nil {
            words.removeFirst()
        }
        return words.joined(separator: " ")
    }

    /// The fields a label names. Exact after normalisation, else the label's qualifier cut off, else
    /// a known label after neutral words ("Anzahl der ..."), else within OCR distance.
    public static func fields(forLabel raw: String) -> [Match] {
        let label = normalise(raw)
        guard !label.isEmpty, label.count <= 60 else { return [] }
        var words = label.split(separator: " ").map(String.init)
        if let found = exact(words) { return found }
        // A label followed by its own abbreviation ("Grundflächenzahl GRZ", "Brutto-Grundfläche BGF").
        if words.count >= 2, let short = exact([words[words.count - 1]]), let long = exact(Array(words.dropLast())),
           case let same = long.filter({ match in short.contains { $0.field == match.field } }), !same.isEmpty {
            return same
        }
        var uncut = words
        while uncut.count > 1, neutralPrefixes.contains(uncut[0]) {
            uncut.removeFirst()
            if let found = exact(uncut) { return found }
        }
        // "Gebäudehöhe max. über GOK" -> "gebaudehohe"
        if let cut = words.indices.dropFirst().first(where: { qualifierStarts.contains(words[$0]) }) {
            words = Array(words[..<cut])
            if let found = exact(words) { return found }
        }
        var prefix = words
        while prefix.count > 1, neutralPrefixes.contains(prefix[0]) {
            prefix.removeFirst()
            if let found = exact(prefix) { return found }
        }
        let joined = Array(words.joined().utf8)
        guard joined.count >= 9 else { return [] }
        var best: (Int, [Entry])?
        for (key, entry) in fuzzyEntries where abs(key.count - joined.count) <= 2 {
            let allowed = key.count >= 14 ? 2 : 1
            let distance = editDistance(joined, key, limit: allowed)
            guard distance <= allowed else { continue }
            if best == nil || distance < best!.0 { best = (distance, [entry]) } else if distance == best!.0 { best!.1.append(entry) }
        }
        return best.map { found in found.1.map { Match(field: $0.field, weak: $0.weak, fuzzy: found.0 > 0) } } ?? []
    }

    static func exact(_ words: [String]) -> [Match]? {
        guard let found = entries[words.joined(separator: " ")] else { return nil }
        return found.map { Match(field: $0.field, weak: $0.weak, fuzzy: false) }
    }

    /// Levenshtein distance, giving up (returning limit + 1) once it exceeds `limit`.
    static func editDistance(_ x: [UInt8], _ y: [UInt8], limit: Int) -> Int {
        if abs(x.count - y.count) > limit { return limit + 1 }
        var previous = Array(0...y.count)
        var current = Array(repeating: 0, count: y.count + 1)
        for i in 1...max(1, x.count) where !x.isEmpty {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...max(1, y.count) where !y.isEmpty {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return previous[y.count]
    }
}
