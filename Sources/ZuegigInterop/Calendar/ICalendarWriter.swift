// Writes appointments as an iCalendar file (RFC 5545): METHOD:REQUEST invitations with a VTIMEZONE
// for Europe/Berlin (EU daylight-saving rules), CRLF line ends, lines folded at 75 octets without
// splitting a UTF-8 character, and TEXT values escaped.
import Foundation

public enum ICalendarWriter {
    public static func calendar(_ events: [CalendarEvent], stamp: Date) -> String {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Zuegig//Vor-Ort-Termine//DE", "CALSCALE:GREGORIAN", "METHOD:REQUEST",
            "BEGIN:VTIMEZONE", "TZID:Europe/Berlin",
            "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST", "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
            "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
            "END:VTIMEZONE",
        ]
        let dtstamp = utcStamp(stamp)
        for event in events {
            lines += [
                "BEGIN:VEVENT",
                "UID:\(escape(event.uid))",
                "DTSTAMP:\(dtstamp)",
                "DTSTART;TZID=Europe/Berlin:\(local(event.date, event.start))",
                "DTEND;TZID=Europe/Berlin:\(local(event.date, event.end))",
                "SEQUENCE:\(event.sequence)",
                "STATUS:CONFIRMED",
                "SUMMARY:\(escape(event.summary))",
                "LOCATION:\(escape(event.location))",
                "DESCRIPTION:\(escape(event.description))",
            ]
            if let organizer = event.organizer {
                lines.append("ORGANIZER;CN=\(parameter(organizer.name)):mailto:\(organizer.email)")
            }
            for attendee in event.attendees {
                lines.append("ATTENDEE;CN=\(parameter(attendee.name));ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:\(attendee.email)")
            }
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    /// "2026-11-23" and "09:30" -> "20261123T093000".
    static func local(_ date: String, _ time: String) -> String {
        let parts = time.split(separator: ":")
        let seconds = parts.count > 2 ? String(parts[2]) : "00"
        return date.replacingOccurrences(of: "-", with: "") + "T" + String(parts[0]) + String(parts[1]) + seconds
    }

    static func utcStamp(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        return formatter.string(from: date)
    }

    /// TEXT escaping (RFC 5545 3.3.11).
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: ";", with: "\\;").replacingOccurrences(of: ",", with: "\\,")
            .replacingOccurrences(of: "\r\n", with: "\\n").replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\r", with: "\\n")
    }

    /// A parameter value: quoted, without the characters a quoted value may not hold.
    static func parameter(_ text: String) -> String {
        "\"" + text.filter { $0 != "\"" && !$0.isNewline } + "\""
    }

    /// Folds a content line into pieces of at most 75 octets (continuations start with a space).
    static func fold(_ line: String) -> String {
        var pieces: [String] = [], current = "", octets = 0
        for character in line {
            let size = String(character).utf8.count
            let limit = pieces.isEmpty ? 75 : 74
            if octets + size > limit {
                pieces.append(current)
                current = ""
                octets = 0
            }
            current.append(character)
            octets += size
        }
        pieces.append(current)
        return pieces.joined(separator: "\r\n ")
    }
}
