// Reads an e-mail Date header (RFC 5322).
import Foundation

/// "Fri, 14 Mar 2025 09:30:00 +0100": day name and seconds optional, zone numeric or GMT/UT and the
/// obsolete US names; a comment such as "(CET)" is ignored.
enum RFC5322DateParser {
    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    private static let namedZones: [String: Int] = [
        "gmt": 0, "ut": 0, "utc": 0, "z": 0, "est": -5, "edt": -4, "cst": -6, "cdt": -5, "mst": -7, "mdt": -6, "pst": -8, "pdt": -7,
        // Not in RFC 5322, but written by some German mail programs.
        "cet": 1, "cest": 2, "mez": 1, "mesz": 2,
    ]

    static func parse(_ raw: String) -> Date? {
        var scanner = ByteScanner(withoutComments(raw).trimmingCharacters(in: .whitespaces))
        let first = scanner.word()
        if !first.isEmpty {
            // A day name; whether it is the right one for the date does not matter.
            _ = scanner.skip(",")
        }
        skipSpaces(&scanner)
        guard let day = scanner.number(1, 2) else { return nil }
        skipSpaces(&scanner)
        guard let month = months.firstIndex(of: String(scanner.word().lowercased().prefix(3))) else { return nil }
        skipSpaces(&scanner)
        guard let twoToFour = scanner.number(2, 4) else { return nil }
        // Obsolete two- and three-digit years (RFC 5322 section 4.3).
        let year = twoToFour < 50 ? twoToFour + 2000 : twoToFour < 1000 ? twoToFour + 1900 : twoToFour
        skipSpaces(&scanner)
        guard let time = scanner.time() else { return nil }
        skipSpaces(&scanner)
        let offset: Int?
        if scanner.atEnd {
            offset = nil
        } else if scanner.skip("+") || scanner.skip("-") {
            let negative = scanner.bytes[scanner.index - 1] == UInt8(ascii: "-")
            guard let hhmm = scanner.number(4, 4), hhmm % 100 < 60 else { return nil }
            offset = (negative ? -1 : 1) * (hhmm / 100 * 3600 + hhmm % 100 * 60)
        } else {
            guard let hours = namedZones[scanner.word().lowercased()] else { return nil }
            offset = hours * 3600
        }
        // A date without a zone breaks RFC 5322; from a German sender it is most likely local time.
        let zone = offset.flatMap { TimeZone(secondsFromGMT: $0) } ?? StatementDateParser.berlin
        return StatementDateParser.makeDate(year: year, month: month + 1, day: day, hour: time.hour, minute: time.minute,
                                            second: min(time.second, 59), zone: zone)
    }

    private static func skipSpaces(_ scanner: inout ByteScanner) {
        while scanner.skip(" ") || scanner.skip("\t") {}
    }

    private static func withoutComments(_ raw: String) -> String {
        var result = "", depth = 0
        for character in raw {
            if character == "(" { depth += 1 } else if character == ")" && depth > 0 { depth -= 1 } else if depth == 0 { result.append(character) }
        }
        return result
    }
}
