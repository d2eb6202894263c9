// Splits CSV text into records (RFC 4180), with line numbers for error messages.

/// Quoted fields may hold delimiters, doubled quotes and line breaks; records end with CRLF, LF or CR.
/// Works on UTF-8 bytes, where these ASCII marks never occur inside a multi-byte character.
struct CSVRecordParser {
    struct Record {
        /// The 1-based physical line the record starts on.
        var line: Int
        var fields: [String]
        /// The last field opened a quote that the file never closes.
        var unterminatedQuote: Bool

        var isBlank: Bool { fields.allSatisfy { $0.allSatisfy(\.isWhitespace) } }
    }

    private static let quote = UInt8(ascii: "\""), lineFeed = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")

    private let bytes: [UInt8]
    /// nil when the header has no delimiter: the file has one column and every line is one field.
    private let delimiter: UInt8?
    private var index = 0
    private var line = 1

    init(text: String) {
        bytes = Array(text.utf8)
        delimiter = Self.detectDelimiter(in: bytes)
    }

    /// The delimiter found most often outside quotes in the first non-empty line. On a tie the semicolon
    /// wins, as German Excel writes it, then the tab.
    static func detectDelimiter(in bytes: [UInt8]) -> UInt8? {
        var counts: [UInt8: Int] = [:], inQuotes = false, started = false
        for byte in bytes {
            if byte == quote { inQuotes.toggle() }
            if !inQuotes, byte == lineFeed || byte == carriageReturn {
                if started { break } else { continue }
            }
            started = true
            if !inQuotes, byte == UInt8(ascii: ";") || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\t") { counts[byte, default: 0] += 1 }
        }
        let preference = [UInt8(ascii: ";"), UInt8(ascii: "\t"), UInt8(ascii: ",")]
        guard let best = counts.values.max() else { return nil }
        return preference.first { counts[$0] == best }
    }

    mutating func next() -> Record? {
        guard index < bytes.count else { return nil }
        let startLine = line
        var fields: [String] = [], field: [UInt8] = []
        var inQuotes = false, fieldHasContent = false
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if inQuotes {
                if byte == Self.quote {
                    if index < bytes.count, bytes[index] == Self.quote { field.append(byte); index += 1 } else { inQuotes = false }
                } else {
                    countLineBreak(byte)
                    field.append(byte)
                }
                continue
            }
            if byte == Self.quote, !fieldHasContent {
                inQuotes = true; fieldHasContent = true
            } else if byte == delimiter {
                fields.append(String(decoding: field, as: UTF8.self))
                field.removeAll(keepingCapacity: true); fieldHasContent = false
            } else if byte == Self.lineFeed || byte == Self.carriageReturn {
                line += 1
                if byte == Self.carriageReturn, index < bytes.count, bytes[index] == Self.lineFeed { index += 1 }
                fields.append(String(decoding: field, as: UTF8.self))
                return Record(line: startLine, fields: fields, unterminatedQuote: false)
            } else {
                // A quote inside an unquoted field, or text after a closing quote, is kept as written:
                // spreadsheet exports are not always strict.
                field.append(byte); fieldHasContent = true
            }
        }
        fields.append(String(decoding: field, as: UTF8.self))
        return Record(line: startLine, fields: fields, unterminatedQuote: inQuotes)
    }

    /// Inside quotes CRLF counts once: the CR is counted only when no LF follows.
    private mutating func countLineBreak(_ byte: UInt8) {
        if byte == Self.lineFeed || (byte == Self.carriageReturn && (index >= bytes.count || bytes[index] != Self.lineFeed)) { line += 1 }
    }
}
