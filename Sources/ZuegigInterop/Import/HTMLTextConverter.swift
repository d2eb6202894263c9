// Turns the HTML body of an e-mail into plain text.
import Foundation

/// Tags are dropped, script and style content removed, common entities decoded, and <br>, </p>, </div>
/// (and similar block ends) turned into line breaks. Whitespace collapses as a browser would show it.
enum HTMLTextConverter {
    /// Elements whose content is not text for the reader.
    private static let hiddenElements: Set<String> = ["script", "style", "head", "title"]
    private static let lineBreakAfterClosing: Set<String> = ["div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "blockquote", "ul", "ol"]
    private static let namedEntities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ",
        "auml": "ä", "ouml": "ö", "uuml": "ü", "Auml": "Ä", "Ouml": "Ö", "Uuml": "Ü", "szlig": "ß",
        "euro": "€", "sect": "§", "ndash": "–", "mdash": "—", "hellip": "…", "shy": "",
        "bdquo": "„", "ldquo": "“", "rdquo": "”", "sbquo": "‚", "lsquo": "‘", "rsquo": "’", "laquo": "«", "raquo": "»",
    ]

    static func text(fromHTML html: String) -> String {
        let input = Array(html.utf8)
        var output: [UInt8] = [], pendingSpace = false, index = 0
        func lineBreak(_ count: Int = 1) {
            while output.last == 0x20 { output.removeLast() }
            output += Array(repeating: UInt8(ascii: "\n"), count: count)
            pendingSpace = false
        }
        func appendText(_ bytes: some Sequence<UInt8>) {
            if pendingSpace, let last = output.last, last != UInt8(ascii: "\n") { output.append(0x20) }
            pendingSpace = false
            output += bytes
        }
        while index < input.count {
            let byte = input[index]
            if byte == UInt8(ascii: "<"), let tag = parseTag(input, at: index) {
                index = tag.end
                if !tag.closing, hiddenElements.contains(tag.name), let after = endOfElement(tag.name, in: input, from: index) {
                    index = after
                } else if tag.name == "br" {
                    lineBreak()
                } else if tag.closing && tag.name == "p" {
                    lineBreak(2)
                } else if tag.closing && lineBreakAfterClosing.contains(tag.name) {
                    lineBreak()
                }
            } else if byte == UInt8(ascii: "&"), let (decoded, end) = entity(input, at: index) {
                appendText(decoded.utf8)
                index = end
            } else if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C {
                pendingSpace = true
                index += 1
            } else {
                appendText(CollectionOfOne(byte))
                index += 1
            }
        }
        return tidy(String(decoding: output, as: UTF8.self))
    }

    /// A tag or comment starting at `start`: its lower-cased name (empty for comments and declarations)
    /// and the index after its ">". nil when "<" does not open a tag (as in "a < b").
    private static func parseTag(_ input: [UInt8], at start: Int) -> (name: String, closing: Bool, end: Int)? {
        if input[start...].starts(with: Array("<!--".utf8)) {
            return ("", false, find(Array("-->".utf8), in: input, from: start + 4).map { $0 + 3 } ?? input.count)
        }
        var index = start + 1
        let closing = index < input.count && input[index] == UInt8(ascii: "/")
        if closing { index += 1 }
        guard index < input.count else { return nil }
        let first = input[index]
        let isLetter = (0x41...0x5A).contains(first & 0xDF)
        guard isLetter || (!closing && (first == UInt8(ascii: "!") || first == UInt8(ascii: "?"))) else { return nil }
        let nameStart = index
        while index < input.count, (0x41...0x5A).contains(input[index] & 0xDF) || (0x30...0x39).contains(input[index]) { index += 1 }
        let name = String(decoding: input[nameStart..<index], as: UTF8.self).lowercased()
        var quote: UInt8?
        while index < input.count {
            let byte = input[index]
            index += 1
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                return (name, closing, index)
            }
        }
        return (name, closing, input.count)
    }

    /// The index after the "</name ...>" that closes a hidden element, or nil when it is never closed
    /// (then only the opening tag is dropped, so a broken mail does not lose its whole text).
    private static func endOfElement(_ name: String, in input: [UInt8], from start: Int) -> Int? {
        let closing = Array("</\(name)".utf8)
        var index = start
        while let found = find(closing, in: input, from: index, caseInsensitive: true) {
            let after = found + closing.count
            if after >= input.count || !((0x41...0x5A).contains(input[after] & 0xDF)) {
                return find([UInt8(ascii: ">")], in: input, from: after).map { $0 + 1 } ?? input.count
            }
            index = after
        }
        return nil
    }

    private static func find(_ needle: [UInt8], in input: [UInt8], from start: Int, caseInsensitive: Bool = false) -> Int? {
        guard !needle.isEmpty, input.count >= needle.count, start <= input.count - needle.count else { return nil }
        func fold(_ byte: UInt8) -> UInt8 { caseInsensitive && (0x41...0x5A).contains(byte) ? byte | 0x20 : byte }
        for position in start...(input.count - needle.count) {
            if zip(needle.indices, needle).allSatisfy({ offset, byte in fold(input[position + offset]) == fold(byte) }) { return position }
        }
        return nil
    }

    /// "&name;", "&#NNN;" or "&#xHH;". Unknown names stay as written.
    private static func entity(_ input: [UInt8], at start: Int) -> (String, Int)? {
        let limit = min(input.count, start + 12)
        guard let semicolon = input[start..<limit].firstIndex(of: UInt8(ascii: ";")), semicolon > start + 1 else { return nil }
        let body = String(decoding: input[(start + 1)..<semicolon], as: UTF8.self)
        if body.hasPrefix("#") {
            let digits = body.dropFirst()
            let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            guard let value else { return nil }
            let scalar = value == 0 ? nil : Unicode.Scalar(value)
            return (String(Character(scalar ?? "\u{FFFD}")), semicolon + 1)
        }
        guard let decoded = namedEntities[body] else { return nil }
        return (decoded, semicolon + 1)
    }

    /// Spaces at line ends dropped, at most one empty line in a row, no empty lines at the start or end.
    private static func tidy(_ text: String) -> String {
        var lines: [Substring] = [], emptyRun = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var trimmed = line
            while let last = trimmed.last, last == " " || last == "\u{00A0}" { trimmed = trimmed.dropLast() }
            emptyRun = trimmed.isEmpty ? emptyRun + 1 : 0
            if emptyRun < 2 { lines.append(trimmed) }
        }
        return lines.joined(separator: "\n").trimmingCharacters(in: .newlines)
    }
}
