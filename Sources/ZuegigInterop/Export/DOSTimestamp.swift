// The MS-DOS date and time fields of a ZIP entry: two-second resolution, years 1980 to 2107.
import Foundation

struct DOSTimestamp: Sendable, Hashable {
    let date: UInt16
    let time: UInt16

    /// The moment in UTC; moments outside the DOS range are clamped to its ends.
    init(_ moment: Date) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: moment)
        let year = parts.year ?? 1980
        if year < 1980 {
            self.init(year: 1980, month: 1, day: 1, hour: 0, minute: 0, second: 0)
        } else if year > 2107 {
            self.init(year: 2107, month: 12, day: 31, hour: 23, minute: 59, second: 58)
        } else {
            self.init(year: year, month: parts.month ?? 1, day: parts.day ?? 1,
                      hour: parts.hour ?? 0, minute: parts.minute ?? 0, second: parts.second ?? 0)
        }
    }

    init(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) {
        date = UInt16(truncatingIfNeeded: (year - 1980) << 9 | month << 5 | day)
        time = UInt16(truncatingIfNeeded: hour << 11 | minute << 5 | second / 2)
    }
}
