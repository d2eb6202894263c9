// Wall-clock times and dates of the visit plan: "HH:MM" to seconds of the day and back, and
// ISO dates to their German weekday key.
import Foundation

public enum ClockTime {
    /// Seconds since midnight for "HH:MM" or "HH:MM:SS", or nil.
    public static func seconds(_ text: String) -> Int? {
        let parts = text.split(separator: ":").map { Int($0) }
        guard (2...3).contains(parts.count), parts.allSatisfy({ $0 != nil }) else { return nil }
        let h = parts[0]!, m = parts[1]!, s = parts.count == 3 ? parts[2]! : 0
        guard (0...24).contains(h), (0..<60).contains(m), (0..<60).contains(s), h * 3600 + m * 60 + s <= 86_400 else { return nil }
        return h * 3600 + m * 60 + s
    }

    /// "HH:MM" (seconds rounded down).
    public static func text(_ seconds: Int) -> String {
        let s = ((seconds % 86_400) + 86_400) % 86_400
        return String(format: "%02d:%02d", s / 3600, (s % 3600) / 60)
    }

    /// "HH:MM:SS".
    public static func fullText(_ seconds: Int) -> String {
        let s = ((seconds % 86_400) + 86_400) % 86_400
        return String(format: "%02d:%02d:%02d", s / 3600, (s % 3600) / 60, s % 60)
    }

    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    /// The date of "YYYY-MM-DD", or nil when it is not a real date.
    public static func date(_ text: String) -> Date? {
        let parts = text.split(separator: "-").map { Int($0) }
        guard parts.count == 3, let y = parts[0], let m = parts[1], let d = parts[2], text.count == 10 else { return nil }
        let components = DateComponents(year: y, month: m, day: d)
        guard let date = calendar.date(from: components), calendar.component(.day, from: date) == d, calendar.component(.month, from: date) == m else { return nil }
        return date
    }

    public static let weekdayKeys = ["so", "mo", "di", "mi", "do", "fr", "sa"]

    /// "mo" … "so" for a date.
    public static func weekdayKey(_ date: Date) -> String {
        weekdayKeys[calendar.component(.weekday, from: date) - 1]
    }
}
