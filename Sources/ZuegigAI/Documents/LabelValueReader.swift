// Reads label/value pairs the way a person scans a form, whatever the wording: a label known to
// `FieldLexicon`, then its value after a colon, a dotted leader or a tab stop on the same line,
// inline after an abbreviation ("Gmk. Oberfeld, Fl. 3, Flst. 117/2"), on the next line when the
// label ends its line, or in the column under a table header. Compound labels ("Flur / Flurstück")
// share out a compound value ("3 / 117/2").
import Foundation

public struct LabelValueReader: Sendable {
    /// A value found for a field: its text (not yet parsed), the line it stands on and how sure the
    /// label is (weak or OCR-damaged labels count less).
    public struct Found: Sendable, Hashable {
        public let field: DocumentField
        public let value: String
        public let line: Int
        public let weak: Bool
        /// The label was read with OCR tolerance.
        public var fuzzy = false
        /// The label as written (it may carry the unit: "Höhe [m]").
        public var label = ""
        /// Where the value came from: "line", "inline", "next", "column".
        public let source: String
    }

    struct Cell {
        let start: Int
        let text: String
    }

    public init() {}

    static let cellBreak = FieldExtractor.regex(#"\s{2,}|\t|\s+[|·;]\s+|\s+[│┃]\s*|\s*[│┃]\s+"#, caseInsensitive: false)
    static let separator = FieldExtractor.regex(#"\s*(?::|=|\.{2,}|…+|_{2,}|\s\.\s)\s*"#, caseInsensitive: false)
    /// Acronyms that are labels on their own; other labels of three letters or less need a dot or colon.
    static let acronyms: Set<String> = ["grz", "gfz", "bgf", "gk"]

    /// All label/value pairs of the lines (one page's lines in order; empty strings are blank lines).
    public func read(_ lines: [String]) -> [Found] {
        var found: [Found] = []
        let cellsByLine = lines.map(Self.cells)
        for (index, cells) in cellsByLine.enumerated() {
            var labelOnly: [(Cell, [FieldLexicon.Match])] = []
            var hasValue = false
            var position = 0
            while position < cells.count {
                let cell = cells[position]
                if let (label, value) = Self.split(cell.text) {
                    let matches = Self.matches(label, strict: false)
                    if !matches.isEmpty {
                        let rest = value.trimmingCharacters(in: .whitespaces)
                        if !rest.isEmpty {
                            found += Self.share(matches: matches, label: label, value: rest, line: index, source: "line")
                            hasValue = true
                        } else if position + 1 < cells.count, Self.labelMatches(cells[position + 1].text).isEmpty {
                            found += Self.share(matches: matches, label: label, value: cells[position + 1].text, line: index, source: "line")
                            hasValue = true
                            position += 1
                        } else if cells.count >= 2 {
                            // "Bauherr:        Entwurfsverfasser:": a header row; the values stand in the columns below.
                            labelOnly.append((cell, matches))
                        } else if position + 1 == cells.count, let next = Self.nextValue(after: index, in: cellsByLine) {
                            found += Self.share(matches: matches, label: label, value: next.text, line: next.line, source: "next")
                        } else if position + 1 == cells.count, let last = Self.lastCellBelow(index, in: cellsByLine) {
                            found += Self.share(matches: matches, label: label, value: last.text, line: last.line, source: "next")
                        }
                        position += 1
                        continue
                    }
                }
                let whole = Self.matches(cell.text, strict: true)
                if !whole.isEmpty {
                    // The next cell is this label's value only if it reads as one; else it is the
                    // label of another column ("4.3 Vollgeschosse   4.4 Gebäudeart / Nutzung").
                    // A remark may stand between label and value ("Grundstück   lt. Kataster   3107,24").
                    if let value = Self.valueCell(after: position, in: cells, for: whole, unit: Self.unit(inLabel: cell.text)) {
                        found += Self.share(matches: whole, label: cell.text, value: cells[value].text, line: index, source: "line")
                        hasValue = true
                        position = value + 1
                        continue
                    }
                    labelOnly.append((cell, whole))
                    position += 1
                    continue
                }
                let inline = Self.inline(cell.text, line: index)
                if inline.contains(where: { FieldValue.parse($0.field, $0.value) != nil }) { hasValue = true }
                found += inline
                position += 1
            }
            // A header row of labels (form fields side by side): values in the columns of the next
            // line, or, where the columns are staggered, of the first line below that has a value there.
            if !labelOnly.isEmpty, labelOnly.count >= 2 || cells.count >= 2, !hasValue, let next = Self.nextLine(after: index, in: cellsByLine) {
                if Self.labelMatches(cellsByLine[next].first?.text ?? "").isEmpty {
                    for (cell, matches) in labelOnly {
                        guard let (value, line) = Self.valueBelow(cell, header: cells, from: next, in: cellsByLine, for: matches) else { continue }
                        found += Self.share(matches: matches, label: cell.text, value: value.text, line: line, source: "column")
                    }
                }
            } else if labelOnly.count == 1, cells.count == 1 {
                // A label alone on its line: the value stands below it, at the start or, after an
                // explanation, at the end of the line ("(Kostengruppen 300 und 400) in EUR   1.250.000").
                if let next = Self.nextValue(after: index, in: cellsByLine) {
                    found += Self.share(matches: labelOnly[0].1, label: labelOnly[0].0.text, value: next.text, line: next.line, source: "next")
                }
                if let last = Self.lastCellBelow(index, in: cellsByLine) {
                    found += Self.share(matches: labelOnly[0].1.filter { $0.field.isNumeric }, label: labelOnly[0].0.text, value: last.text, line: last.line, source: "next")
                }
            }
        }
        return found
    }

    /// The first of the next two cells that reads as a value of the label's fields, with no other label before it.
    static func valueCell(after position: Int, in cells: [Cell], for matches: [FieldLexicon.Match], unit: String?) -> Int? {
        var next = position + 1
        while next < cells.count, next <= position + 2 {
            guard labelMatches(cells[next].text).isEmpty else { return nil }
            if matches.contains(where: { FieldValue.parse($0.field, cells[next].text, unitInLabel: unit) != nil }) { return next }
            next += 1
        }
        return nil
    }

    /// The unit a label names for its value ("Höhe [m]", "Fläche (m²)", "Kosten in EUR").
    public static func unit(inLabel label: String) -> String? {
        let folded = GermanText.foldPreservingOffsets(label).lowercased()
        guard let match = folded.firstRange(of: #"[\[(]\s*(m|m2|m²|qm|eur|€)\s*[\])]|\bin\s+(m|m2|m²|qm|eur|€)\s*$"#) else { return nil }
        let unit = folded[match].filter { $0.isLetter || $0 == "€" || $0 == "2" || $0 == "²" }
        return unit.hasPrefix("in") ? String(unit.dropFirst(2)) : String(unit)
    }

    /// The value cell in a header cell's column: starting between the header cell's start and the
    /// next header cell's start, else the nearest start close enough.
    static func cell(under header: Cell, header row: [Cell], values: [Cell]) -> Cell? {
        let end = row.first(where: { $0.start > header.start })?.start ?? Int.max
        if let inside = values.first(where: { $0.start >= header.start - 3 && $0.start < end - 1 }) { return inside }
        guard let nearest = values.min(by: { abs($0.start - header.start) < abs($1.start - header.start) }),
              abs(nearest.start - header.start) <= max(6, header.text.count) else { return nil }
        return nearest
    }

    /// The first cell in a header cell's column, within four lines from `first`, that reads as a
    /// value of the label's fields; another label in the column ends the search.
    static func valueBelow(_ header: Cell, header row: [Cell], from first: Int, in cells: [[Cell]], for matches: [FieldLexicon.Match]) -> (Cell, Int)? {
        var line = first
        while line < cells.count, line <= first + 4 {
            // A blank line ends the column's block.
            if line > first, cells[line].isEmpty { return nil }
            // A row marked as replaced ("A  17.11.2024  Vorentwurf  3  10,85  überholt") is skipped for the one in force.
            if cells[line].contains(where: { superseded?.firstMatch(in: $0.text, range: NSRange(location: 0, length: ($0.text as NSString).length)) != nil }) {
                line += 1
                continue
            }
            if let value = cell(under: header, header: row, values: cells[line]) {
                // The first line under the header is the value, unless it is an office's name above
                // the Entwurfsverfasser/in ("ELBTAL PLAN GMBH" / address / "Dipl.-Ing. Leonie Hartmann").
                let architectOnly = matches.map(\.field) == [.architekt]
                let office = architectOnly && FieldValue.parse(.architekt, value.text).map { FieldExtractor.isOffice($0.value) } == true
                if line == first, !office { return (value, line) }
                guard labelMatches(value.text).isEmpty else { return nil }
                let address = architectOnly && FieldValue.parse(.adresse, value.text) != nil
                if !office, !address, matches.contains(where: { FieldValue.parse($0.field, value.text, unitInLabel: unit(inLabel: header.text)) != nil }) { return (value, line) }
            }
            line += 1
        }
        return nil
    }

    static let superseded = FieldExtractor.regex(#"^(?:überholt|uberholt|ueberholt|verworfen|ungültig|ungultig|entfällt|entfallt|ersetzt|alt|bisher)$"#)
    static let fieldNumber = FieldExtractor.regex(#"^(?:\d{1,2}(?:\.\d{1,2}){0,2}\.?|[A-Z]{1,3}\s?\d{1,3}[a-z]?|Nr\.\s?\d{1,3}|\(\d{1,3}\)|\[\d{1,3}\])$"#, caseInsensitive: false)

    /// Runs of text separated by tab stops (two or more spaces) or vertical bars; a form's field
    /// number stays with the label after it ("5   Gemarkung"), so the column starts at the number.
    static func cells(_ line: String) -> [Cell] {
        let raw = rawCells(line)
        var cells: [Cell] = []
        var index = 0
        while index < raw.count {
            let cell = raw[index]
            // ... unless a label with a colon before it waits for this number as its value ("Flur:  4   Flurstück: 117/2").
            let awaited = index > 0 && raw[index - 1].text.hasSuffix(":") && !labelMatches(raw[index - 1].text).isEmpty
            if index + 1 < raw.count, !awaited, fieldNumber?.firstMatch(in: cell.text, range: NSRange(location: 0, length: (cell.text as NSString).length)) != nil,
               !labelMatches(raw[index + 1].text).isEmpty {
                cells.append(Cell(start: cell.start, text: cell.text + " " + raw[index + 1].text))
                index += 2
                continue
            }
            cells.append(cell)
            index += 1
        }
        return cells
    }

    static func rawCells(_ line: String) -> [Cell] {
        let ns = line as NSString
        var cells: [Cell] = []
        var start = 0
        for match in cellBreak?.matches(in: line, range: NSRange(location: 0, length: ns.length)) ?? [] {
            if match.range.location > start {
                let text = ns.substring(with: NSRange(location: start, length: match.range.location - start)).trimmingCharacters(in: .whitespaces)
                if !text.isEmpty { cells.append(Cell(start: start, text: text)) }
            }
            start = match.range.location + match.range.length
        }
        if start < ns.length {
            let text = ns.substring(from: start).trimmingCharacters(in: .whitespaces)
            if !text.isEmpty { cells.append(Cell(start: start, text: text)) }
        }
        return cells
    }

    /// Label and value of a cell written "label: value" or "label ..... value".
    static func split(_ text: String) -> (String, String)? {
        let ns = text as NSString
        // A separator inside brackets explains the label ("GRZ (Feld 11 : Feld 10)"); it does not end it.
        guard let match = separator?.matches(in: text, range: NSRange(location: 0, length: ns.length)).first(where: { match in
            let before = ns.substring(to: match.range.location)
            return before.filter { $0 == "(" }.count <= before.filter { $0 == ")" }.count
        }), match.range.location > 0 else { return nil }
        let label = ns.substring(to: match.range.location)
        // A colon inside a value ("1:500") is not a separator.
        if label.last?.isNumber == true, ns.substring(with: match.range).contains(":") { return nil }
        return (label + (ns.substring(with: match.range).contains(".") ? "." : ":"), ns.substring(from: match.range.location + match.range.length))
    }

    /// The fields a written label names. Short abbreviations count only when written with a dot or
    /// colon ("Fl.", "VG:", "H:"); `strict` (a cell without separator) also wants that.
    static func matches(_ label: String, strict: Bool) -> [FieldLexicon.Match] {
        let trimmed = label.trimmingCharacters(in: .whitespaces)
        let normal = FieldLexicon.normalise(trimmed)
        guard !normal.isEmpty else { return [] }
        if normal.count <= 3, !acronyms.contains(normal), !(trimmed.hasSuffix(".") || trimmed.hasSuffix(":")) {
            // "Ort  Lindenweg 12": a short label is enough where the value must be a street with number.
            let found = FieldLexicon.fields(forLabel: trimmed)
            return found.allSatisfy { $0.field == .adresse } ? found : []
        }
        // A compound label: every part must be a label ("Gemarkung / Flur / Flst.").
        let parts = trimmed.components(separatedBy: "/").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " :.")) }
        if parts.count >= 2, parts.allSatisfy({ !$0.isEmpty }) {
            let each = parts.map { FieldLexicon.fields(forLabel: $0).first }
            if each.allSatisfy({ $0 != nil }), Set(each.map { $0!.field }).count == parts.count { return each.map { $0! } }
            // "Name des Bauherrn / der Bauherrin": variants of one label.
            let variants = parts.map { FieldLexicon.fields(forLabel: $0).first ?? FieldLexicon.fields(forLabel: "name " + $0).first }
            if variants.allSatisfy({ $0 != nil }), Set(variants.map { $0!.field }).count == 1 { return [variants[0]!] }
        }
        return FieldLexicon.fields(forLabel: trimmed)
    }

    static func labelMatches(_ text: String) -> [FieldLexicon.Match] {
        if let (label, _) = split(text) { return matches(label, strict: false) }
        return matches(text, strict: true)
    }

    /// Values for the matches of one label; a compound label takes the parts of a compound value.
    static func share(matches: [FieldLexicon.Match], label: String, value: String, line: Int, source: String) -> [Found] {
        var matches = matches
        if FieldLexicon.parcelOrFlur.contains(FieldLexicon.normalise(label)) {
            // A Flur has a number of one or two digits; a longer number or one with a stroke is the parcel.
            let parcel = value.firstRange(of: #"^\s*(?:\d{3,}|\d+\s?/\s?\d)"#) != nil
            matches.removeAll { $0.field == (parcel ? .flur : .flurstueck) }
        }
        let fields = Set(matches.map(\.field))
        if matches.count >= 2, fields.count == matches.count, label.contains("/") {
            let values = value.components(separatedBy: " / ").map { $0.trimmingCharacters(in: .whitespaces) }
            guard values.count == matches.count else { return [] }
            return zip(matches, values).map { Found(field: $0.field, value: $1, line: line, weak: $0.weak, fuzzy: $0.fuzzy, label: label, source: source) }
        }
        return matches.map { Found(field: $0.field, value: value, line: line, weak: $0.weak, fuzzy: $0.fuzzy, label: label, source: source) }
    }

    /// "Gmk. Oberfeld, Fl. 3, Flst. 117/2": a label at the start of each comma-separated part.
    static func inline(_ text: String, line: Int) -> [Found] {
        var found: [Found] = []
        for part in text.components(separatedBy: ", ") {
            let words = part.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            guard words.count >= 2 else { continue }
            for length in stride(from: min(4, words.count - 1), through: 1, by: -1) {
                let label = words[..<length].joined(separator: " ")
                let matches = Self.matches(label, strict: true).filter { !$0.weak || label.hasSuffix(".") }
                guard !matches.isEmpty else { continue }
                var value = words[length...].joined(separator: " ")
                if value.hasPrefix(":") { value.removeFirst() }
                found += share(matches: matches, label: label, value: value, line: line, source: "inline")
                break
            }
        }
        return found
    }

    static func nextLine(after index: Int, in cells: [[Cell]]) -> Int? {
        var position = index + 1
        while position < cells.count, position <= index + 3 {
            // Explanations in brackets under a label ("(§ 19 Abs. 2 BauNVO)") are read past.
            if !cells[position].isEmpty, !cells[position].allSatisfy({ $0.text.hasPrefix("(") && $0.text.hasSuffix(")") }) { return position }
            position += 1
        }
        return nil
    }

    /// The last cell of the next line when that line has two or more cells and no label of its own.
    static func lastCellBelow(_ index: Int, in cells: [[Cell]]) -> (text: String, line: Int)? {
        guard let next = nextLine(after: index, in: cells), cells[next].count >= 2, let last = cells[next].last else { return nil }
        guard cells[next].allSatisfy({ labelMatches($0.text).isEmpty }) else { return nil }
        return (last.text, next)
    }

    /// The next line's first cell, when it is a value and not a label of its own.
    static func nextValue(after index: Int, in cells: [[Cell]]) -> (text: String, line: Int)? {
        guard let next = nextLine(after: index, in: cells), let first = cells[next].first else { return nil }
        guard labelMatches(first.text).isEmpty, split(first.text) == nil else { return nil }
        // A numbered entry ("Eigentümer" / "1   Ute Wagner"): the entry, not its number.
        if cells[next].count >= 2, first.text.firstRange(of: #"^\d{1,2}[.)]?$"#) != nil, cells[next][1].text.first?.isLetter == true {
            return (cells[next][1].text, next)
        }
        return (first.text, next)
    }
}
