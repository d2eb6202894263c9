// Reads the display name and address of the first mailbox in a From header.

/// Accepts `"Müller, Jürgen" <j.mueller@example.org>`, `=?utf-8?Q?J=C3=BCrgen?= <j@example.org>`,
/// `j@example.org (Jürgen Müller)` and a bare address.
enum MailboxParser {
    static func parse(_ header: String) -> (name: String?, address: String?) {
        let mailbox = firstMailbox(header)
        var phrase = "", comment = "", address: String?
        var inQuotes = false, escaped = false, commentDepth = 0, angle: String?
        for character in mailbox {
            if let collected = angle {
                if character == ">" { address = collected; angle = nil } else { angle = collected + String(character) }
            } else if escaped {
                if commentDepth > 0 { comment.append(character) } else { phrase.append(character) }
                escaped = false
            } else if character == "\\" && (inQuotes || commentDepth > 0) {
                escaped = true
            } else if inQuotes {
                if character == "\"" { inQuotes = false } else { phrase.append(character) }
            } else if commentDepth > 0 {
                if character == "(" { commentDepth += 1 } else if character == ")" { commentDepth -= 1 }
                if commentDepth > 0 { comment.append(character) }
            } else if character == "\"" {
                inQuotes = true
            } else if character == "(" {
                commentDepth = 1
            } else if character == "<" {
                angle = ""
            } else {
                phrase.append(character)
            }
        }
        if let unclosed = angle { address = unclosed }
        if address == nil {
            // No angle brackets: the phrase is the address itself and a comment may hold the name.
            address = phrase.trimmingCharacters(in: .whitespaces)
            phrase = comment
        }
        let name = collapse(EncodedWordDecoder.decode(phrase))
        let cleanAddress = address?.trimmingCharacters(in: .whitespaces)
        return (name.isEmpty ? nil : name, cleanAddress.flatMap { $0.contains("@") ? $0 : nil })
    }

    /// The text up to the first comma that is outside quotes, comments and angle brackets.
    private static func firstMailbox(_ header: String) -> Substring {
        var inQuotes = false, escaped = false, depth = 0, inAngle = false
        for index in header.indices {
            let character = header[index]
            if escaped { escaped = false; continue }
            switch character {
            case "\\": escaped = inQuotes || depth > 0
            case "\"" where depth == 0 && !inAngle: inQuotes.toggle()
            case "(" where !inQuotes: depth += 1
            case ")" where !inQuotes && depth > 0: depth -= 1
            case "<" where !inQuotes && depth == 0: inAngle = true
            case ">" where !inQuotes && depth == 0: inAngle = false
            case "," where !inQuotes && depth == 0 && !inAngle: return header[..<index]
            default: break
            }
        }
        return header[...]
    }

    private static func collapse(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
