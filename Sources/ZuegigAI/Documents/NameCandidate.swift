// The names of persons and organisations in a document, each with what stands around it: the
// label or words before it on its line, the lines above and below, the column header above it, the
// last heading, its title ("Dipl.-Ing.", "Frau") and where on the page it stands. `NameTagger`
// learns from these which name is the Bauherr/in and which the Entwurfsverfasser/in.
import Foundation
import ZuegigDomain

public struct NameCandidate: Sendable, Hashable {
    public let name: String
    public let page: Int
    /// The line of the page (0-based) and its text, for the evidence shown to the case worker.
    public let line: Int
    public let evidence: String
    public let features: [String]

    /// Finds the candidates of a document. `kind` is the classifier's answer (nil when unclear).
    public static func all(pages: [String], kind: DocumentKind?) -> [NameCandidate] {
        all(lines: pages.map(DelimitedText.lines(of:)), kind: kind)
    }

    /// The same for pages already split into the lines the readers see (`DelimitedText.lines(of:)`).
    static func all(lines pageLines: [[String]], kind: DocumentKind?) -> [NameCandidate] {
        var found: [NameCandidate] = []
        let lastPage = pageLines.count
        var counts: [String: Int] = [:]
        var raw: [(name: String, page: Int, line: Int, text: String, before: String, after: String, title: String, start: Int, company: Bool)] = []
        // The names are found in each page's lines, and their context read from them.
        for (pageIndex, lines) in pageLines.enumerated() {
            for (index, line) in lines.enumerated() {
                var seen = Set<String>()
                for start in starts(in: line) {
                    let ns = line as NSString
                    let rest = ns.substring(from: start)
                    let cellEnd = rest.firstRange(of: #"\s{2,}"#).map { rest.distance(from: rest.startIndex, to: $0.lowerBound) } ?? rest.count
                    let cell = String(rest.prefix(cellEnd))
                    guard let name = FieldExtractor.personName(cell), !seen.contains(name) else { continue }
                    let company = isOrganisation(name)
                    let title = titleWords(ns.substring(to: start), cell: cell)
                    guard company || looksLikePerson(name, titled: !title.isEmpty) else { continue }
                    seen.insert(name)
                    let afterStart = min(ns.length, start + (cell as NSString).length)
                    raw.append((name, pageIndex + 1, index, line, ns.substring(to: start), ns.substring(from: afterStart), title, start, company))
                    counts[GermanText.comparisonKey(name), default: 0] += 1
                }
            }
        }
        // The same lines are context of several names: their words are worked out once.
        var cache: [String: [String]] = [:]
        for entry in raw {
            let lines = pageLines[entry.page - 1]
            var features: [String] = ["bias", "kind=\(kind?.rawValue ?? "none")"]
            func words(_ prefix: String, _ text: String, limit: Int, fromEnd: Bool = false) {
                let all: [String]
                if let known = cache[text] {
                    all = known
                } else {
                    all = contextWords(text)
                    cache[text] = all
                }
                for word in (fromEnd ? Array(all.suffix(limit)) : Array(all.prefix(limit))) { features.append("\(prefix)=\(word)") }
            }
            words("before", entry.before, limit: 4, fromEnd: true)
            words("after", entry.after, limit: 3)
            let above = neighbours(of: entry.line, in: lines, step: -1, count: 2)
            let below = neighbours(of: entry.line, in: lines, step: 1, count: 2)
            if let first = above.first { words("up1", first, limit: 8) }
            if above.count > 1 { words("up2", above[1], limit: 8) }
            if let first = below.first { words("down1", first, limit: 6) }
            if let header = columnHeader(above: entry.line, at: entry.start, in: lines) { words("column", header, limit: 4) }
            if let heading = heading(above: entry.line, in: lines) { words("heading", heading, limit: 5) }
            if !entry.title.isEmpty { features.append("title=\(entry.title)") }
            features.append(entry.company ? "shape=organisation" : "shape=person")
            if !entry.company {
                let first = String(entry.name.split(separator: " ").first ?? "")
                features.append(FirstNames.all.contains(first) ? "given=known" : "given=unknown")
            }
            let top = entry.page == 1 && entry.line < 6
            let bottom = entry.page == lastPage && entry.line >= max(0, lines.count - 10)
            let position = top ? "top" : (bottom ? "bottom" : "body")
            features.append("position=\(position)")
            features.append("kind×position=\(kind?.rawValue ?? "none")×\(position)")
            features.append("kind×title=\(kind?.rawValue ?? "none")×\(entry.title)")
            let repeats = counts[GermanText.comparisonKey(entry.name)] ?? 1
            features.append("repeats=\(min(repeats, 3))")
            if entry.before.trimmingCharacters(in: .whitespaces).isEmpty { features.append("starts-line") }
            found.append(NameCandidate(name: entry.name, page: entry.page, line: entry.line, evidence: entry.text, features: features))
        }
        return found
    }

    // MARK: - Where names may start

    static let startPattern = FieldExtractor.regex(#"(?<![\p{L}\-.])\p{Lu}"#, caseInsensitive: false)

    /// Offsets where a name may begin: a capitalised word that starts a cell, follows a colon or a
    /// title, or is a known given name (checked on the text before any pattern runs, for speed).
    static func starts(in line: String) -> [Int] {
        guard let startPattern, line.contains(where: \.isUppercase) else { return [] }
        let ns = line as NSString
        return startPattern.matches(in: line, range: NSRange(location: 0, length: ns.length)).map(\.range.location).filter { start in
            let before = ns.substring(to: start)
            if before.trimmingCharacters(in: .whitespaces).isEmpty || before.hasSuffix("  ") { return true }
            let previous = before.trimmingCharacters(in: .whitespaces)
            if previous.hasSuffix(":") || previous.hasSuffix(".") && previous.count >= 2 && titleEndings.contains(where: { previous.lowercased().hasSuffix($0) }) { return true }
            if let last = previous.split(separator: " ").last, titleWords.contains(last.lowercased()) { return true }
            let word = ns.substring(from: start).prefix { $0.isLetter || $0 == "-" }
            return FirstNames.all.contains(String(word))
        }
    }

    static let titleWords: Set<String> = [
        "herr", "herrn", "frau", "architekt", "architektin", "ingenieur", "ingenieurin", "bauingenieur", "bauingenieurin",
        "stadtplaner", "stadtplanerin", "firma", "gez.", "i.a.", "i.", "a.", "ppa.", "vertreten", "durch", "von",
    ]
    static let titleEndings = ["ing.", "dr.", "prof.", "arch.", "m.a.", "m.sc.", "b.a.", "b.sc.", "fa.", "gez.", "i. a."]

    static let organisationWords = FieldExtractor.regex(
        #"(?:\bGmbH\b|\bmbH\b|\bAG\b|\beG\b|\bKG\b|\bGbR\b|\bmbB\b|\bOHG\b|e\.\s?V\.|\bUG\b|gemeinde\b|genossenschaft\b|\bStadt\b|stadtwerke|landkreis|stiftung|gesellschaft\b|\bLand\b|bistum|\bVerein\b|\bWerk\b|kirche)"#
    )

    static func isOrganisation(_ name: String) -> Bool {
        organisationWords?.firstMatch(in: name, range: NSRange(location: 0, length: (name as NSString).length)) != nil
    }

    static let titlePattern = FieldExtractor.regex(
        #"(?:herrn?|frau|dipl\.?\s?-?\s?ing\.?(?:\s?\((?:fh|th|tu)\))?|dr\.?(?:\s?-?\s?ing\.)?|prof\.|architekt(?:in)?|m\.\s?(?:sc|a|eng)\.?|b\.\s?(?:sc|a|eng)\.?|ingenieur(?:in)?|bauingenieur(?:in)?|stadtplaner(?:in)?|gez\.)\s*$"#
    )

    /// The title right before the name or at the start of its cell, folded ("dipl ing", "frau").
    static func titleWords(_ before: String, cell: String) -> String {
        let ns = before as NSString
        if let match = titlePattern?.firstMatch(in: before, range: NSRange(location: 0, length: ns.length)) {
            return contextWords(ns.substring(with: match.range)).joined(separator: " ")
        }
        if let leading = cell.firstRange(of: FieldExtractor.titles), leading.lowerBound == cell.startIndex {
            return contextWords(String(cell[leading])).joined(separator: " ")
        }
        return ""
    }

    /// A person's name: two to four words, the first a known given name, or any capitalised words
    /// when a title or form of address stands before them.
    static func looksLikePerson(_ name: String, titled: Bool) -> Bool {
        let words = name.split(separator: " ")
        guard (2...4).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true || ["von", "van", "de", "zu"].contains(String($0)) }) else { return false }
        guard words.allSatisfy({ word in word.dropFirst().allSatisfy { $0.isLowercase || $0 == "-" || $0.isUppercase && word.contains("-") } }) else { return false }
        return titled || FirstNames.all.contains(String(words[0]))
    }

    // MARK: - Context

    /// Folded, lower-case words of a context (letters only, at least two), stemmed.
    static func contextWords(_ text: String) -> [String] {
        FieldLexicon.normalise(text).split(separator: " ").compactMap { word in
            guard word.count >= 2, word.allSatisfy(\.isLetter) else { return nil }
            return GermanStemmer.stem(String(word))
        }
    }

    static func neighbours(of index: Int, in lines: [String], step: Int, count: Int) -> [String] {
        var result: [String] = []
        var position = index + step
        while position >= 0, position < lines.count, result.count < count, abs(position - index) <= 4 {
            let text = lines[position].trimmingCharacters(in: .whitespaces)
            if !text.isEmpty, text.contains(where: \.isLetter) { result.append(lines[position]) }
            position += step
        }
        return result
    }

    /// The text above in the same column (a table header or a label above its value).
    static func columnHeader(above index: Int, at start: Int, in lines: [String]) -> String? {
        for line in neighbours(of: index, in: lines, step: -1, count: 2) {
            for cell in LabelValueReader.cells(line) where abs(cell.start - start) <= 4 {
                return cell.text
            }
        }
        return nil
    }

    /// The last short line above that reads like a heading ("3. Bauherrschaft", "Plankopf").
    static func heading(above index: Int, in lines: [String]) -> String? {
        var position = index - 1
        while position >= 0, position >= index - 12 {
            let text = lines[position].trimmingCharacters(in: .whitespaces)
            let words = text.split(separator: " ")
            if (1...5).contains(words.count), text.count <= 50, !text.contains(":"), text.first?.isLetter == true || text.first?.isNumber == true,
               text.filter(\.isNumber).count <= 3 {
                return text
            }
            position -= 1
        }
        return nil
    }
}
