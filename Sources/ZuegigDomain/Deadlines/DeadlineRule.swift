// How a statutory period is defined: its length, how its start is counted, what happens at its end.

public struct DeadlineLength: Hashable, Sendable, Codable, CustomStringConvertible {
    public enum Unit: String, Sendable, Codable {
        case days, weeks, months
    }

    public let value: Int
    public let unit: Unit

    public init(_ value: Int, _ unit: Unit) {
        self.value = value
        self.unit = unit
    }

    public var description: String {
        switch unit {
        case .days: value == 1 ? "1 Tag" : "\(value) Tage"
        case .weeks: value == 1 ? "1 Woche" : "\(value) Wochen"
        case .months: value == 1 ? "1 Monat" : "\(value) Monate"
        }
    }
}

/// § 187 BGB: whether the day of the starting event counts.
public enum DeadlineCounting: String, Sendable, Codable {
    /// § 187 Abs. 1 BGB: the period starts with an event during a day; that day is not counted.
    case fromEvent
    /// § 187 Abs. 2 BGB: the period starts at the beginning of a day; that day is counted.
    case fromStartOfDay
}

/// § 193 BGB / § 31 Abs. 3 VwVfG: what happens when the last day is not a working day.
public enum WorkingDayRule: String, Sendable, Codable {
    /// The period ends on the next working day (Saturdays, Sundays and public holidays skipped).
    case nextWorkingDay
    /// The period ends on the computed day, whatever day it is.
    case none
}
