// Encodes text for the PDF standard fonts (WinAnsiEncoding, a superset of Latin-1 for German).

enum WinAnsi {
    /// Characters of Windows-1252 outside Latin-1's direct mapping.
    static let extra: [Character: UInt8] = [
        "€": 0x80, "‚": 0x82, "„": 0x84, "…": 0x85, "†": 0x86, "‡": 0x87, "‰": 0x89, "‹": 0x8B, "‘": 0x91, "’": 0x92,
        "“": 0x93, "”": 0x94, "•": 0x95, "–": 0x96, "—": 0x97, "™": 0x99, "›": 0x9B,
    ]

    static func encode(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        for character in text {
            if let mapped = extra[character] {
                bytes.append(mapped)
            } else if let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1,
                      scalar.value < 256, scalar.value >= 32 || scalar.value == 9 {
                bytes.append(UInt8(scalar.value))
            } else {
                bytes.append(UInt8(ascii: "?"))
            }
        }
        return bytes
    }

    /// A PDF literal string: parentheses and backslashes escaped.
    static func literal(_ text: String) -> [UInt8] {
        var out: [UInt8] = [UInt8(ascii: "(")]
        for byte in encode(text) {
            if byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")") || byte == UInt8(ascii: "\\") { out.append(UInt8(ascii: "\\")) }
            out.append(byte)
        }
        out.append(UInt8(ascii: ")"))
        return out
    }
}
