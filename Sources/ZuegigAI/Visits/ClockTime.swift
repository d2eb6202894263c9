// Wall-clock times of the visit plan: "HH:MM" to seconds of the day and back, and the German
// weekday key of a day (dates themselves are ZuegigDomain's Day).
import Foundation
import ZuegigDomain

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

    public static let weekdayKeys = ["mo", "di", "mi", "do", "fr", "sa", "so"]

    /// "mo" … "so" for a day.
    public static func weekdayKey(_ day: Day) -> String {
        weekdayKeys[day.isoWeekday - 1]
    }
}
