// One MIME entity of an e-mail: headers and either a still transfer-encoded body or its parts.

struct MIMEEntity {
    var headers: MIMEHeaderFields
    var contentType: MIMEHeaderValue
    /// The raw body of a leaf part; empty for multipart entities.
    var body: ArraySlice<UInt8>
    var parts: [MIMEEntity]

    var isMultipart: Bool { contentType.value.hasPrefix("multipart/") }

    static func parse(_ bytes: ArraySlice<UInt8>, depth: Int, lineBudget: inout Int, source: String) throws(StatementImportError) -> MIMEEntity {
        guard depth <= StatementImportLimits.maxMIMEDepth else {
            throw StatementImportError(source: source, message: "Die E-Mail ist zu tief verschachtelt und wird nicht gelesen.")
        }
        let (headers, bodyStart) = try MIMEHeaderFields.parse(bytes, lineBudget: &lineBudget, source: source)
        let contentType = MIMEHeaderValue(headers["Content-Type"] ?? "text/plain; charset=us-ascii")
        var entity = MIMEEntity(headers: headers, contentType: contentType, body: bytes[bodyStart...], parts: [])
        guard entity.isMultipart, let boundary = contentType.parameters["boundary"], !boundary.isEmpty else { return entity }
        for range in partRanges(of: entity.body, boundary: Array(boundary.utf8)) {
            entity.parts.append(try parse(entity.body[range], depth: depth + 1, lineBudget: &lineBudget, source: source))
        }
        entity.body = []
        return entity
    }

    /// The byte ranges between "--boundary" lines, up to "--boundary--". The line break before a
    /// boundary line belongs to the boundary. A missing closing line ends the last part at the end
    /// of the body, as mail programs do.
    private static func partRanges(of body: ArraySlice<UInt8>, boundary: [UInt8]) -> [Range<Int>] {
        let marker = [UInt8(ascii: "-"), UInt8(ascii: "-")] + boundary
        var ranges: [Range<Int>] = [], partStart: Int?, index = body.startIndex
        while index < body.endIndex {
            let lineEnd = body[index...].firstIndex(of: UInt8(ascii: "\n")) ?? body.endIndex
            let next = lineEnd < body.endIndex ? lineEnd + 1 : lineEnd
            let line = body[index..<lineEnd]
            if line.starts(with: marker) {
                var rest = line.dropFirst(marker.count)
                let closing = rest.starts(with: [UInt8(ascii: "-"), UInt8(ascii: "-")])
                if closing { rest = rest.dropFirst(2) }
                if rest.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) {
                    if let start = partStart { ranges.append(start..<endBeforeLineBreak(body, start: start, end: index)) }
                    if closing { return ranges }
                    partStart = next
                }
            }
            index = next
        }
        if let start = partStart { ranges.append(start..<body.endIndex) }
        return ranges
    }

    private static func endBeforeLineBreak(_ body: ArraySlice<UInt8>, start: Int, end: Int) -> Int {
        var end = end
        if end > start, body[end - 1] == UInt8(ascii: "\n") { end -= 1 }
        if end > start, body[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return end
    }
}
