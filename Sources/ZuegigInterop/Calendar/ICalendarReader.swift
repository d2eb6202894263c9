// Reads the events back from an iCalendar file (unfolding, unescaping): used to check what we
// send, and to accept appointments from other calendars later.
public enum ICalendarReader {
    public struct Event: Sendable, Equatable {
        public var properties: [String: String]
        public var parameters: [String: String]
    }

    public enum ReadError: Error, Equatable { case malformed(String) }

    public static func events(_ text: String) throws(ReadError) -> [Event] {
        guard text.hasPrefix("BEGIN:VCALENDAR\r\n") else { throw .malformed("no BEGIN:VCALENDAR with CRLF") }
        var lines: [String] = []
        for raw in text.components(separatedBy: "\r\n") {
            if raw.hasPrefix(" ") || raw.hasPrefix("\t") {
                guard !lines.isEmpty else { throw .malformed("continuation without a line") }
                lines[lines.count - 1] += raw.dropFirst()
            } else if !raw.isEmpty {
                lines.append(raw)
            }
        }
        guard lines.last == "END:VCALENDAR" else { throw .malformed("no END:VCALENDAR") }
        var events: [Event] = [], current: Event?, depth: [String] = []
        for line in lines {
            guard let colon = Self.valueColon(in: line) else { throw .malformed("line without a colon: \(line)") }
            let head = String(line[..<colon]), value = String(line[line.index(after: colon)...])
            let name = String(head.split(separator: ";", maxSplits: 1)[0])
            switch name {
            case "BEGIN":
                depth.append(value)
                if value == "VEVENT" { current = Event(properties: [:], parameters: [:]) }
            case "END":
                guard depth.popLast() == value else { throw .malformed("END:\(value) does not close its BEGIN") }
                if value == "VEVENT", let event = current { events.append(event); current = nil }
            default:
                if current != nil {
                    let key = current!.properties[name] == nil ? name : name + "#" + String(current!.properties.keys.filter { $0.hasPrefix(name) }.count)
                    current!.properties[key] = unescape(value)
                    if head.count > name.count { current!.parameters[key] = String(head.dropFirst(name.count + 1)) }
                }
            }
        }
        guard depth.isEmpty else { throw .malformed("unclosed \(depth.joined(separator: ", "))") }
        return events
    }

    /// The colon that ends the property name and parameters (colons inside quoted parameters do not count).
    static func valueColon(in line: String) -> String.Index? {
        var quoted = false
        var index = line.startIndex
        while index < line.endIndex {
            let c = line[index]
            if c == "\"" { quoted.toggle() } else if c == ":" && !quoted { return index }
            index = line.index(after: index)
        }
        return nil
    }

    static func unescape(_ value: String) -> String {
        var result = "", escaped = false
        for c in value {
            if escaped {
                result.append(c == "n" || c == "N" ? "\n" : c)
                escaped = false
            } else if c == "\\" {
                escaped = true
            } else {
                result.append(c)
            }
        }
        return result
    }
}
