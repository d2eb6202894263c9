// The numbers of a document, each with what stands around it: its unit, its size, the words before
// and after it on its line, the label cell it stands in or after, the column header above it, the
// line above and the last heading. `MeasureTagger` learns from these which number is the building's
// height, gross floor area, site area, declared GRZ/GFZ or construction cost, wherever and however
// the document states it ("Die Brutto-Grundfläche beläuft sich auf 921,53 m²").
import Foundation
import ZuegigDomain

public struct NumberCandidate: Sendable, Hashable {
    /// The number read with a dot before three digits grouping thousands ("1.394" = 1394) and read
    /// with it as decimal point ("7.440" = 7.44); they differ only for such numbers.
    public let grouped: Double
    public let decimal: Double
    public let written: String
    public let page: Int
    public let line: Int
    public let evidence: String
    public let features: [String]
    /// The number's label or row names a measure that is none of the facts (GR, GF, BRI, Wandhöhe)
    /// and no fact: it is never the answer, whatever else stands around it.
    public var namesOtherMeasure: Bool {
        let named = features.filter { $0.hasPrefix("label-lex=") || $0.hasPrefix("row-lex=") }
        return named.contains { $0.hasSuffix("=other") } && named.allSatisfy { $0.hasSuffix("=other") }
    }

    /// The value as the field reads it: areas and money group thousands, heights and ratios do not.
    public func value(for field: DocumentField) -> Double {
        [.bgf, .grundstuecksflaeche, .baukosten].contains(field) ? grouped : decimal
    }

    static let pattern = FieldExtractor.regex(
        #"(?<![\d.,/\p{L}])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?: \d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)(?![\d]|[.,]\d)(?:\s?(m²|m2|qm|m\^2|m³|m3|cm|mm|km|m|€|eur|euro|%|tsd\.?|t€|teur|mio\.?|millionen)(?![\p{L}\d]))?"#
    )

    /// A page holds at most this many numbers for the tagger (tables of figures are not endless).
    static let limitPerPage = 400

    /// Finds the candidates of a document. `kind` is the classifier's answer (nil when unclear).
    public static func all(pages: [String], kind: DocumentKind?) -> [NumberCandidate] {
        all(lines: pages.map(DelimitedText.lines(of:)), kind: kind)
    }

    /// The same for pages already split into the lines the readers see (`DelimitedText.lines(of:)`).
    static func all(lines pageLines: [[String]], kind: DocumentKind?) -> [NumberCandidate] {
        guard let pattern else { return [] }
        var found: [NumberCandidate] = []
        var cache: [String: [String]] = [:]
        func words(_ text: String) -> [String] {
            if let known = cache[text] { return known }
            let all = NameCandidate.contextWords(text)
            cache[text] = all
            return all
        }
        // What the lexicon knows of a label: the fields it names, or another measure (GR, GF, BRI);
        // the same in every author's wording, so it carries over to writers not trained on.
        var known: [String: [String]] = [:]
        func lexicon(_ label: String) -> [String] {
            if let found = known[label] { return found }
            var names = FieldLexicon.fields(forLabel: label).map { $0.field.rawValue + ($0.weak ? "-weak" : "") }
            if FieldLexicon.namesOtherMeasure(label) { names.append("other") }
            known[label] = names
            return names
        }
        let kindName = kind?.rawValue ?? "none"
        for (pageIndex, lines) in pageLines.enumerated() {
            var onPage = 0
            for (index, text) in lines.enumerated() where text.contains(where: \.isNumber) {
                let folded = GermanText.foldPreservingOffsets(text).lowercased()
                let ns = folded as NSString
                let matches = pattern.matches(in: folded, range: NSRange(location: 0, length: ns.length))
                guard !matches.isEmpty else { continue }
                let cells = LabelValueReader.rawCells(text)
                for (position, match) in matches.enumerated() {
                    guard onPage < limitPerPage else { break }
                    let written = ns.substring(with: match.range(at: 1))
                    let unitText = match.range(at: 2).location == NSNotFound ? "" : ns.substring(with: match.range(at: 2))
                    guard var grouped = GermanNumber.parse(written, groupedThousands: true),
                          var decimal = GermanNumber.parse(written, groupedThousands: false) else { continue }
                    let unit = unitName(unitText)
                    let factor: Double = unit == "mio" ? 1_000_000 : (unit == "tsd" ? 1000 : 1)
                    grouped *= factor
                    decimal *= factor
                    onPage += 1
                    let start = match.range.location
                    let before = ns.substring(to: start)
                    let after = ns.substring(from: match.range.location + match.range.length)
                    var features = ["bias", "kind=\(kindName)", "unit=\(unit)", "kind×unit=\(kindName)×\(unit)"]
                    features.append("size=\(sizeBucket(grouped))")
                    features.append("unit×size=\(unit)×\(sizeBucket(grouped))")
                    features.append("decimals=\(min(3, written.split(whereSeparator: { $0 == "," || $0 == "." }).dropFirst().last?.count ?? 0))")
                    let beforeWords = words(before)
                    for word in beforeWords.suffix(6) { features.append("before=\(word)") }
                    if let last = beforeWords.last { features.append("before1=\(last)") }
                    for word in words(after).prefix(3) { features.append("after=\(word)") }
                    let previous = before.trimmingCharacters(in: .whitespaces).last.map(String.init) ?? "start"
                    features.append("prev=\(previous.first?.isLetter == true ? "letter" : previous)")
                    let following = after.trimmingCharacters(in: .whitespaces).first.map(String.init) ?? "end"
                    features.append("next=\(following.first?.isLetter == true ? "letter" : following)")
                    features.append("nth=\(min(position, 3))")
                    features.append("numbers=\(min(matches.count, 4))")
                    // The label of its cell: the text before it in the same cell, else the cell before.
                    if let cellIndex = cells.lastIndex(where: { $0.start <= start }) {
                        let cell = cells[cellIndex]
                        let inCell = start - cell.start > 0
                        let label = inCell ? String(cell.text.prefix(max(0, start - cell.start))) : (cellIndex > 0 ? cells[cellIndex - 1].text : "")
                        for word in words(label).suffix(4) { features.append("label=\(word)") }
                        features.append(contentsOf: lexicon(label).map { "label-lex=\($0)" })
                        if !inCell { features.append(cellIndex == 0 ? "starts-line" : "starts-cell") }
                        // A table row: its first cell names what every number in the row is
                        // ("Grundfläche (GR) | - | 2392,89 m²").
                        if cellIndex > 0, let row = cells.first, row.text != label, row.text.contains(where: \.isLetter) {
                            for word in words(row.text).suffix(4) { features.append("row=\(word)") }
                            features.append(contentsOf: lexicon(row.text).map { "row-lex=\($0)" })
                        }
                    }
                    if let header = NameCandidate.columnHeader(above: index, at: start, in: lines) {
                        for word in words(header).prefix(4) { features.append("column=\(word)") }
                        features.append(contentsOf: lexicon(header).map { "column-lex=\($0)" })
                    }
                    if let above = NameCandidate.neighbours(of: index, in: lines, step: -1, count: 1).first {
                        for word in words(above).suffix(5) { features.append("up1=\(word)") }
                    }
                    // Running prose: the words of the sentence before the number, back over up to
                    // three lines ("Die Höhe des Gebäudes, gemessen ..., beträgt 12,96 m").
                    for word in words(sentence(before: before, line: index, in: lines)).suffix(8) { features.append("sentence=\(word)") }
                    if let heading = NameCandidate.heading(above: index, in: lines) {
                        for word in words(heading).prefix(4) { features.append("heading=\(word)") }
                    }
                    found.append(NumberCandidate(
                        grouped: grouped, decimal: decimal, written: written, page: pageIndex + 1, line: index, evidence: text, features: features
                    ))
                }
            }
        }
        return found
    }

    /// The text of the sentence up to `before`, reaching back over at most three lines that do not
    /// end a sentence; empty when the number is not in prose.
    static func sentence(before: String, line index: Int, in lines: [String]) -> String {
        func cut(_ text: String) -> (String, Bool) {
            guard let end = text.firstRange(of: #"[.!?;:]\s+(?=\S)(?!.*[.!?;:]\s+\S)"#) else { return (text, false) }
            return (String(text[end.upperBound...]), true)
        }
        var (text, ended) = cut(before)
        var position = index - 1
        while !ended, position >= 0, position >= index - 3 {
            let previous = lines[position].trimmingCharacters(in: .whitespaces)
            if previous.isEmpty || previous.hasSuffix(".") || previous.hasSuffix(":") || previous.contains("  ") { break }
            let (part, stop) = cut(previous)
            text = part + " " + text
            ended = stop
            position -= 1
        }
        return text
    }

    static func unitName(_ text: String) -> String {
        switch text.trimmingCharacters(in: CharacterSet(charactersIn: ". ")) {
        case "": "none"
        case "m²", "m2", "qm", "m^2": "m2"
        case "m³", "m3": "m3"
        case "m": "m"
        case "€", "eur", "euro": "eur"
        case "%": "pct"
        case "tsd", "t€", "teur": "tsd"
        case "mio", "millionen": "mio"
        default: "other"
        }
    }

    /// The order of magnitude, with the small ratios apart ("0.x", "1-10", "10-100", ...).
    static func sizeBucket(_ value: Double) -> String {
        if value < 1 { return "<1" }
        return "e\(min(7, Int(log10(value))))"
    }
}
