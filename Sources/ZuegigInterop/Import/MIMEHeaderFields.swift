// The header fields of an e-mail or of one MIME part, unfolded, in their original order.

struct MIMEHeaderFields {
    private(set) var fields: [(name: String, value: String)] = []

    /// The first field of that name (names are case-insensitive), unfolded but not yet decoded.
    subscript(name: String) -> String? {
        let wanted = name.lowercased()
        return fields.first { $0.name.lowercased() == wanted }?.value
    }

    var isEmpty: Bool { fields.isEmpty }

    /// Reads header lines from the start of `bytes` up to the first empty line. Returns the fields and
    /// where the body starts. A line that is neither a field nor a continuation ends the header, so a
    /// part without headers (or a file that is no e-mail) yields no fields. Every physical line counts
    /// against `lineBudget`.
    static func parse(_ bytes: ArraySlice<UInt8>, lineBudget: inout Int, source: String)
        throws(StatementImportError) -> (headers: MIMEHeaderFields, bodyStart: Int) {
        var headers = MIMEHeaderFields(), index = bytes.startIndex
        while index < bytes.endIndex {
            let lineEnd = bytes[index...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
            let next = lineEnd < bytes.endIndex ? lineEnd + 1 : lineEnd
            var contentEnd = lineEnd
            if contentEnd > index, bytes[contentEnd - 1] == UInt8(ascii: "\r") { contentEnd -= 1 }
            let line = bytes[index..<contentEnd]
            if line.isEmpty { return (headers, next) }
            lineBudget -= 1
            guard lineBudget >= 0 else {
                throw StatementImportError(source: source, message:
                    "Die E-Mail hat mehr als \(StatementImportLimits.maxHeaderLines) Kopfzeilen und wird nicht gelesen.")
            }
            if let first = line.first, first == 0x20 || first == 0x09, !headers.fields.isEmpty {
                headers.fields[headers.fields.count - 1].value += text(line)
            } else if let colon = line.firstIndex(of: UInt8(ascii: ":")), colon > line.startIndex,
                      line[..<colon].allSatisfy({ (0x21...0x7E).contains($0) }) {
                let value = text(line[(colon + 1)...]).trimmingCharacters(in: .whitespaces)
                headers.fields.append((name: text(line[..<colon]), value: value))
            } else {
                return (headers, index)
            }
            index = next
        }
        return (headers, bytes.endIndex)
    }

    /// Header bytes should be ASCII, but raw UTF-8 (RFC 6532) and raw Windows-1252 both occur.
    private static func text(_ bytes: ArraySlice<UInt8>) -> String {
        ImportTextDecoding.decode(Array(bytes), charset: nil)
    }
}
