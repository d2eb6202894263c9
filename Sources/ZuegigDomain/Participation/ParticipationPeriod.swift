// The days of one participation: publication from the first day, statements until the end of the
// last day (Europe/Berlin). The public form is open only inside.

public struct ParticipationPeriod: Sendable, Hashable, Codable {
    public enum State: String, Sendable, Hashable, Codable {
        case upcoming, open, closed
    }

    public let firstDay: Day
    /// The last day the documents are published.
    public let publicationLastDay: Day
    /// The last day statements are accepted (after § 31 Abs. 3 VwVfG moved it off a weekend or holiday).
    public let lastDay: Day
    /// Why the last day moved, in German (e.g. "Sonntag"); empty when it did not.
    public let movedBecause: [String]

    public init(firstDay: Day, publicationLastDay: Day, lastDay: Day, movedBecause: [String] = []) {
        self.firstDay = firstDay
        self.publicationLastDay = max(firstDay, publicationLastDay)
        self.lastDay = max(firstDay, lastDay)
        self.movedBecause = movedBecause
    }

    public func state(on day: Day) -> State {
        if day < firstDay { return .upcoming }
        if day > lastDay { return .closed }
        return .open
    }

    /// "vom 02.11.2026 bis zum 01.12.2026".
    public var german: String { "vom \(firstDay.german) bis zum \(lastDay.german)" }
}
