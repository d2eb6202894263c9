// Case numbers (Aktenzeichen) per authority and year: PREFIX-YYYY-NNNNN.

public struct CaseNumber: Hashable, Sendable, CustomStringConvertible {
    public let prefix: String
    public let year: Int
    public let sequence: Int

    public init(prefix: String, year: Int, sequence: Int) {
        self.prefix = prefix
        self.year = year
        self.sequence = sequence
    }

    public var description: String {
        let digits = String(sequence)
        let padded = String(repeating: "0", count: max(0, 5 - digits.count)) + digits
        return "\(prefix)-\(year)-\(padded)"
    }

    /// Parses `BG-2026-00042`; returns nil for anything else.
    public init?(parsing text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3,
              (1...6).contains(parts[0].count), parts[0].allSatisfy({ $0.isASCII && $0.isUppercase }),
              parts[1].count == 4, let year = Int(parts[1]),
              parts[2].count >= 5, parts[2].allSatisfy(\.isASCII), let sequence = Int(parts[2]), sequence > 0
        else { return nil }
        self.init(prefix: String(parts[0]), year: year, sequence: sequence)
    }
}
