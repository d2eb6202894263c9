// A structured MIME header value (Content-Type, Content-Disposition) with its parameters decoded.
import Foundation

/// Such as `text/plain; charset="utf-8"` or `attachment; filename*=utf-8''Stellungnahme%20M%C3%BCller.pdf`.
struct MIMEHeaderValue {
    /// The part before the first ";", lower-cased ("text/plain", "attachment").
    var value: String
    /// Parameter names lower-cased; RFC 2231 continuations and charsets resolved, RFC 2047 words decoded.
    var parameters: [String: String]

    init(_ raw: String) {
        let pieces = Self.splitOutsideQuotes(raw)
        value = (pieces.first ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        var plain: [String: String] = [:]
        var extended: [String: [(index: Int, encoded: Bool, value: String)]] = [:]
        for piece in pieces.dropFirst() {
            guard let equals = piece.firstIndex(of: "=") else { continue }
            let name = piece[..<equals].trimmingCharacters(in: .whitespaces).lowercased()
            let value = Self.unquote(piece[piece.index(after: equals)...].trimmingCharacters(in: .whitespaces))
            guard let star = name.firstIndex(of: "*") else {
                if plain[name] == nil { plain[name] = value }
                continue
            }
            // name*=…, name*0=…, name*1*=…: the section number (0 when absent) and whether it is %-encoded.
            let base = String(name[..<star])
            let suffix = name[name.index(after: star)...]
            let encoded = suffix.isEmpty || suffix.hasSuffix("*")
            let number = Int(suffix.hasSuffix("*") ? suffix.dropLast() : suffix) ?? 0
            extended[base, default: []].append((number, encoded, value))
        }
        var parameters = plain.mapValues { $0.contains("=?") ? EncodedWordDecoder.decode($0) : $0 }
        for (name, sections) in extended { parameters[name] = Self.joinSections(sections.sorted { $0.index < $1.index }) }
        self.parameters = parameters
    }

    /// RFC 2231: the first encoded section starts with charset'language'; %XX are bytes in that charset.
    private static func joinSections(_ sections: [(index: Int, encoded: Bool, value: String)]) -> String {
        var bytes: [UInt8] = [], charset: String?
        for (position, section) in sections.enumerated() {
            guard section.encoded else { bytes += Array(section.value.utf8); continue }
            var value = Substring(section.value)
            if position == 0 {
                let parts = value.split(separator: "'", maxSplits: 2, omittingEmptySubsequences: false)
                if parts.count == 3 { charset = String(parts[0]); value = parts[2] }
            }
            bytes += percentDecoded(value)
        }
        return ImportTextDecoding.decode(bytes, charset: charset)
    }

    private static func percentDecoded(_ text: Substring) -> [UInt8] {
        let input = Array(text.utf8)
        var output: [UInt8] = [], index = 0
        while index < input.count {
            if input[index] == UInt8(ascii: "%"), index + 2 < input.count,
               let byte = ContentTransferDecoding.hexByte(input[index + 1], input[index + 2]) {
                output.append(byte); index += 3
            } else {
                output.append(input[index]); index += 1
            }
        }
        return output
    }

    private static func splitOutsideQuotes(_ raw: String) -> [Substring] {
        var pieces: [Substring] = [], start = raw.startIndex, inQuotes = false, escaped = false
        for index in raw.indices {
            let character = raw[index]
            if escaped { escaped = false; continue }
            if character == "\\" && inQuotes { escaped = true } else if character == "\"" { inQuotes.toggle() } else if character == ";" && !inQuotes {
                pieces.append(raw[start..<index]); start = raw.index(after: index)
            }
        }
        pieces.append(raw[start...])
        return pieces
    }

    private static func unquote(_ value: String) -> String {
        guard value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") else { return value }
        var result = "", escaped = false
        for character in value.dropFirst().dropLast() {
            if escaped || character != "\\" { result.append(character); escaped = false } else { escaped = true }
        }
        return result
    }
}
