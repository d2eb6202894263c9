// One extracted fact: its canonical value, the text as written, the page and the line it came from.
import Foundation

public struct ExtractedField: Sendable, Codable, Hashable {
    public let field: DocumentField
    /// Canonical value: numbers with a dot as decimal separator, uses as their category id.
    public let value: String
    public let number: Double?
    /// The value as written in the document.
    public let written: String
    /// 1-based page number.
    public let page: Int
    /// The line the value was read from (trimmed, at most 160 characters).
    public let evidence: String

    public init(field: DocumentField, value: String, number: Double?, written: String, page: Int, evidence: String) {
        self.field = field
        self.value = value
        self.number = number
        self.written = written
        self.page = page
        self.evidence = String(evidence.trimmingCharacters(in: .whitespaces).prefix(160))
    }

    /// The value for people: German number format with unit, or the use in German.
    public var germanValue: String {
        if field == .nutzung, let use = BuildingUse(rawValue: value) { return use.germanLabel }
        guard let number else { return value }
        let formatted = GermanNumber.format(number, decimals: field == .grz || field == .gfz ? 2 : (number == number.rounded() ? 0 : 2))
        return field.unit.map { "\(formatted) \($0)" } ?? formatted
    }
}
