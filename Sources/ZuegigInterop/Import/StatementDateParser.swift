// Reads the received-date of a CSV or JSONL statement: ISO 8601 or German "TT.MM.JJJJ [HH:MM]".
import Foundation

/// A date without a zone is wall-clock time in Europe/Berlin, where the authorities are.
enum StatementDateParser {
    static let berlin = TimeZone(identifier: "Europe/Berlin") ?? .gmt

    /// nil when the text is not one of the accepted forms or names a day that does not exist.
    static func parse(_ raw: String) -> Date? {
        var scanner = ByteScanner(raw.trimmedForImport)
        let isISO = scanner.bytes.count > 4 && scanner.bytes[4] == UInt8(ascii: "-")
        let year: Int, month: Int, day: Int
        if isISO {
            guard let y = scanner.number(4, 4), scanner.skip("-"), let m = scanner.number(2, 2), scanner.skip("-"),
                  let d = scanner.number(2, 2) else { return nil }
            (year, month, day) = (y, m, d)
        } else {
            guard let d = scanner.number(1, 2), scanner.skip("."), let m = scanner.number(1, 2), scanner.skip("."),
                  let y = scanner.number(4, 4) else { return nil }
            (year, month, day) = (y, m, d)
        }
        var time = (hour: 0, minute: 0, second: 0, fraction: 0.0)
        var zone: TimeZone?
        if !scanner.atEnd {
            let separated = isISO ? (scanner.skip("T") || scanner.skip("t") || scanner.skip(" ")) : (scanner.skip(",") || scanner.skip(" "))
            guard separated else { return nil }
            while scanner.skip(" ") {}
            guard let parsed = scanner.time() else { return nil }
            time = parsed
            if isISO {
                guard let offset = scanner.zoneOffset() else { return nil }
                zone = offset.flatMap { TimeZone(secondsFromGMT: $0) }
            } else {
                while scanner.skip(" ") {}
                if scanner.skip("U") { guard scanner.skip("h"), scanner.skip("r") else { return nil } }
            }
            guard scanner.atEnd else { return nil }
        }
        return makeDate(year: year, month: month, day: day, hour: time.hour, minute: time.minute, second: time.second,
                        zone: zone ?? berlin).map { $0.addingTimeInterval(time.fraction) }
    }

    /// Builds the instant, rejecting days and times that do not exist (31 April, 25:00).
    static func makeDate(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, zone: TimeZone) -> Date? {
        guard (1...9999).contains(year), (1...12).contains(month), (0...23).contains(hour), (0...59).contains(minute),
              (0...59).contains(second) else { return nil }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let daysInMonth = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        guard (1...daysInMonth).contains(day) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar.date(from: DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second))
    }
}
