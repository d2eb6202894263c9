// The routing rules as lines a case worker can edit in a text field: one rule per line, the
// department, a colon, then its keywords separated by commas ("Umweltamt: Lärm, Lärmschutz, laut").
// Errors name the line. Empty lines and lines starting with "#" are skipped.
import Foundation

extension RoutingRules {
    public static let maxDepartmentLength = 120
    public static let maxKeywordLength = 60

    /// The rules in the line format (the inverse of `parse(lines:)`).
    public var lines: String {
        rules.map { "\($0.department): \($0.keywords.joined(separator: ", "))" }.joined(separator: "\n")
    }

    /// Reads rules from the line format; the colon that separates is the last one on the line, so a
    /// department may contain one ("Amt 61: Stadtplanung: Höhe, Dichte").
    public static func parse(lines text: String) throws(CommentAnalysisError) -> RoutingRules {
        guard text.utf8.count <= 200_000 else { throw .invalid("Die Regeln sind zu lang (höchstens 200.000 Zeichen).") }
        var rules: [Rule] = []
        var departments: Set<String> = []
        for (offset, raw) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            let number = offset + 1
            guard let colon = line.lastIndex(of: ":") else {
                throw .invalid("Zeile \(number): Es fehlt der Doppelpunkt zwischen Stelle und Stichwörtern.")
            }
            let department = line[..<colon].trimmingCharacters(in: .whitespaces)
            let keywords = line[line.index(after: colon)...].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            guard !department.isEmpty else { throw .invalid("Zeile \(number): Vor dem Doppelpunkt fehlt die Stelle.") }
            guard department.count <= maxDepartmentLength else { throw .invalid("Zeile \(number): Die Stelle ist länger als \(maxDepartmentLength) Zeichen.") }
            guard !keywords.isEmpty else { throw .invalid("Zeile \(number): Nach dem Doppelpunkt fehlen die Stichwörter.") }
            guard keywords.count <= 200 else { throw .invalid("Zeile \(number): Höchstens 200 Stichwörter je Stelle.") }
            if let long = keywords.first(where: { $0.count > maxKeywordLength }) {
                throw .invalid("Zeile \(number): Das Stichwort „\(long.prefix(30))…“ ist länger als \(maxKeywordLength) Zeichen.")
            }
            if let empty = keywords.first(where: { TopicClusterer.terms($0).isEmpty }) {
                throw .invalid("Zeile \(number): „\(empty)“ ist kein Stichwort, das in Texten gefunden werden kann (zu kurz oder ein Füllwort).")
            }
            guard departments.insert(department.lowercased()).inserted else { throw .invalid("Zeile \(number): Die Stelle „\(department)“ steht schon in einer früheren Zeile.") }
            rules.append(Rule(department: department, keywords: keywords))
        }
        guard !rules.isEmpty else { throw .invalid("Es ist keine Regel angegeben. Zum Zurücksetzen auf die mitgelieferten Regeln gibt es eine eigene Schaltfläche.") }
        guard rules.count <= 200 else { throw .invalid("Höchstens 200 Regeln.") }
        return RoutingRules(rules: rules)
    }
}
