// One piece of personal data in a text: its kind, where it is (UTF-16 offsets, as in NSString) and
// the rule that found it, so that a reviewer can see why it was masked.
public struct PersonalDataSpan: Codable, Sendable, Hashable {
    public var kind: PersonalDataKind
    public var start: Int
    public var end: Int
    public var rule: String

    public init(kind: PersonalDataKind, start: Int, end: Int, rule: String) {
        self.kind = kind
        self.start = start
        self.end = end
        self.rule = rule
    }

    public func overlaps(_ other: PersonalDataSpan) -> Bool { start < other.end && other.start < end }
    public var length: Int { end - start }
}
