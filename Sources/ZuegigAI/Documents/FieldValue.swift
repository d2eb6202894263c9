// Reads the value text that stands after a label as the field's value: a parcel number, a street
// with number, a person's or company's name, a count of storeys, a height in metres, an area, a
// ratio or an amount of money. Nil when the text is not such a value (better none than a wrong one).
import Foundation

enum FieldValue {
    struct Parsed {
        let value: String
        let number: Double?
        let written: String
    }

    static let flur = FieldExtractor.regex(#"^(?:flur\s*|nr\.?\s*)?(\d{1,3})(?![\d.,/]|\s*(?:m\b|m²|m2|qm|%))"#)
    static let parcel = FieldExtractor.regex(#"^(?:flst\.?\s*|flurstück\s*|nr\.?\s*)?(\d{1,5}(?:\s?/\s?\d{1,4})?)(?![\d.,]|\s*(?:m\b|m²|m2|qm|%))"#)
    static let storeys = FieldExtractor.regex(#"^(\d{1,2}|[IVX]{1,4}|ein|zwei|drei|vier|fünf|funf|sechs|sieben|acht)\b(?!\s*(?:m\b|m²|,\d|\.\d))"#)
    static let buildingClass = FieldExtractor.regex(#"^(?:GK\s*)?([1-5]|I{1,3}|IV|V)\b(?!\s*(?:m\b|,\d|\.\d))"#, caseInsensitive: false)
    static let leadingNumber = FieldExtractor.regex(#"^(?:\+|~|≈|ca\.|rd\.|\s)*(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?: \d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)\s*(m²|m2|qm|m\^2|m³|m3|m|€|eur|euro|%|tsd)?"#)
    static let gemarkung = FieldExtractor.regex(#"^([A-ZÄÖÜ][A-Za-zÄÖÜäöüß\-]+(?:[ \-](?:an der|am|im|bei|ob der|[A-ZÄÖÜ(][A-Za-zÄÖÜäöüß\-)]+)){0,3})"#, caseInsensitive: false)
    static let notGemarkung: Set<String> = ["din", "baunvo", "mbo", "lbo", "bauo", "geg", "enev", "anlage", "abs", "flur", "flurstuck", "nr", "gemeinde", "siehe",
                                               "blatt", "seite", "plan", "projekt", "auftrags-nr", "auftrag", "index", "stand", "massstab", "datum"]

    /// The value of `field` at the start of `text`; nil if it is not one.
    static func parse(_ field: DocumentField, _ raw: String, unitInLabel: String? = nil) -> Parsed? {
        let text = raw.trimmingCharacters(in: CharacterSet(charactersIn: " .:=_…\t")).replacing(pattern: #"^(?:(?:ist|sind|beträgt|betragen|von|ca\.|rd\.)\s+|[a-z]{1,2}\s*=\s*(?=\d))"#, with: "", caseInsensitive: true)
        guard !text.isEmpty else { return nil }
        let ns = text as NSString
        let range = NSRange(location: 0, length: ns.length)
        func group(_ expression: NSRegularExpression?) -> String? {
            guard let match = expression?.firstMatch(in: text, range: range) else { return nil }
            return ns.substring(with: match.range(at: 1))
        }
        switch field {
        case .gemarkung:
            guard var name = group(gemarkung) else { return nil }
            name = name.replacing(pattern: #"\s+(?:Flur|Flurst\w*|Flst|Fl|Nr|Gemeinde|Kreis|Blatt)\b.*$"#, with: "")
            let folded = GermanText.foldPreservingOffsets(name).lowercased()
            guard name.count >= 3, !notGemarkung.contains(folded), FieldLexicon.fields(forLabel: name).isEmpty else { return nil }
            return Parsed(value: name, number: nil, written: name)
        case .flur:
            guard let written = group(flur), let value = Int(written), value > 0 else { return nil }
            return Parsed(value: String(value), number: Double(value), written: written)
        case .flurstueck:
            guard let written = group(parcel) else { return nil }
            return Parsed(value: written.replacingOccurrences(of: " ", with: ""), number: nil, written: written)
        case .adresse:
            let line = FieldExtractor.Line(page: 0, text: text, folded: GermanText.foldPreservingOffsets(text))
            guard let match = FieldExtractor.firstMatch(FieldExtractor.streetRule, in: line), match.range.location <= 1 else { return nil }
            let value = FieldExtractor.clean(address: FieldExtractor.original(line, match.range(at: 1)))
            return Parsed(value: value, number: nil, written: value)
        case .bauherr, .architekt:
            guard let name = FieldExtractor.personName(text) else { return nil }
            return Parsed(value: name, number: nil, written: name)
        case .gebaeudeklasse:
            guard let written = group(buildingClass), let value = Int(written) ?? FieldExtractor.roman(written), (1...5).contains(value) else { return nil }
            return Parsed(value: String(value), number: Double(value), written: written)
        case .vollgeschosse:
            // "§ 20 Abs. 3": a paragraph, not a count.
            guard !text.trimmingCharacters(in: .whitespaces).hasPrefix("§"), let written = group(storeys) else { return nil }
            // "16 Geschossfläche GF": the number of the next form field, not a count of storeys.
            let after = ns.substring(from: min(ns.length, (written as NSString).length))
            if after.firstRange(of: #"^ \p{Lu}\p{L}{2,}"#) != nil, after.firstRange(of: #"^ (?:Vollgescho|Geschosse?n?\b|VG\b|OG\b)"#) == nil { return nil }
            let folded = GermanText.foldPreservingOffsets(written).lowercased()
            guard let value = Int(written) ?? FieldExtractor.roman(written.uppercased()) ?? FieldExtractor.storeyWords[folded], (1...40).contains(value) else { return nil }
            return Parsed(value: String(value), number: Double(value), written: written)
        case .nutzung:
            guard let use = BuildingUse.named(in: text) else { return nil }
            return Parsed(value: use.rawValue, number: nil, written: text)
        case .hoehe, .bgf, .grundstuecksflaeche, .grz, .gfz, .baukosten:
            return measure(field, text, unitInLabel: unitInLabel)
        }
    }

    /// A number at the start of the text with a unit that fits the field (or none).
    static func measure(_ field: DocumentField, _ text: String, unitInLabel: String? = nil) -> Parsed? {
        let ns = text as NSString
        guard let match = leadingNumber?.firstMatch(in: text, range: NSRange(location: 0, length: ns.length)) else { return nil }
        let written = ns.substring(with: match.range(at: 1))
        let unit = match.range(at: 2).location == NSNotFound ? "" : ns.substring(with: match.range(at: 2)).lowercased()
        // A second number in the cell ("0,4 / 0,35", "zulässig 0,6 geplant 0,41") is a comparison: leave it to the rules.
        let rest = ns.substring(from: match.range.location + match.range.length)
        // Another unit than the field's ("h = 22 cm", "12 kN").
        if unit.isEmpty, rest.firstRange(of: #"^\s*(?:cm|mm|dm|km|kn|kg|t\b|°|grad|stk|st\.|l\b|kw|ps)"#, caseInsensitive: true) != nil { return nil }
        // "20 Brutto-Rauminhalt nach DIN 277": the number of the next form field and its label.
        if unit.isEmpty, rest.firstRange(of: #"^\s*\p{Lu}\p{Ll}{2,}"#) != nil,
           rest.firstRange(of: #"^\s*(?:Quadratmeter|Meter|Euro|Mio|Millionen|Tsd)"#) == nil { return nil }
        switch field {
        case .hoehe:
            // The unit after the number or in the label ("Gebäudehöhe [m]   7,44").
            guard unit == "m" || (unit.isEmpty && unitInLabel == "m"), let value = GermanNumber.parse(written, groupedThousands: false), value > 2, value < 250 else { return nil }
            if unit.isEmpty, rest.firstRange(of: #"^\s*(?:ü|u)\.?\s*(?:nhn|nn)"#, caseInsensitive: true) != nil { return nil }
            return Parsed(value: FieldExtractor.format(value), number: value, written: written)
        case .bgf, .grundstuecksflaeche:
            guard ["", "m²", "m2", "qm", "m^2"].contains(unit), let value = GermanNumber.parse(written, groupedThousands: true), value >= (field == .bgf ? 10 : 20) else { return nil }
            return Parsed(value: FieldExtractor.format(value), number: value, written: written)
        case .grz, .gfz:
            guard unit.isEmpty, let value = GermanNumber.parse(written, groupedThousands: false), value > 0, value <= (field == .grz ? 1 : 10) else { return nil }
            if rest.firstRange(of: #"\d"#) != nil { return nil }
            return Parsed(value: FieldExtractor.format(value), number: value, written: written)
        case .baukosten:
            guard ["", "€", "eur", "euro", "tsd"].contains(unit), var value = GermanNumber.parse(written, groupedThousands: true) else { return nil }
            if unit == "tsd" || rest.firstRange(of: #"^\s*(?:tsd|t€|teur)"#, caseInsensitive: true) != nil { value *= 1000 }
            guard value >= 1000 else { return nil }
            return Parsed(value: FieldExtractor.format(value), number: value, written: written)
        default:
            return nil
        }
    }
}
