// Decodes RFC 2047 encoded words in header text, e.g. "=?ISO-8859-1?Q?J=FCrgen_M=FCller?=".

enum EncodedWordDecoder {
    private struct Word {
        var charset: String
        var bytes: [UInt8]
        /// Index just after the closing "?=".
        var end: Int
    }

    /// Whitespace between two adjacent encoded words is dropped (RFC 2047 section 6.2). Adjacent words
    /// in the same charset are decoded together, because some senders split a UTF-8 character across
    /// two words. Words with an unknown charset or broken encoding stay as written.
    static func decode(_ text: String) -> String {
        let input = Array(text.utf8)
        guard input.count > 1 else { return text }
        var output = "", pending: Word?, literalStart = 0, index = 0
        func flush() {
            if let word = pending { output += ImportTextDecoding.decode(word.bytes, charset: word.charset) }
            pending = nil
        }
        while index + 1 < input.count {
            guard input[index] == UInt8(ascii: "="), input[index + 1] == UInt8(ascii: "?"), let word = parseWord(input, at: index) else {
                index += 1
                continue
            }
            let between = input[literalStart..<index]
            if var previous = pending, between.allSatisfy(isWhitespace) {
                if previous.charset == word.charset {
                    previous.bytes += word.bytes
                    pending = previous
                } else {
                    flush(); pending = word
                }
            } else {
                flush()
                output += String(decoding: between, as: UTF8.self)
                pending = word
            }
            index = word.end
            literalStart = index
        }
        flush()
        output += String(decoding: input[literalStart...], as: UTF8.self)
        return output
    }

    /// "=?charset[*language]?B|Q?encoded-text?=" starting at `start`.
    private static func parseWord(_ input: [UInt8], at start: Int) -> Word? {
        let question = UInt8(ascii: "?")
        var index = start + 2
        let charsetStart = index
        while index < input.count, input[index] != question, !isWhitespace(input[index]) { index += 1 }
        guard index + 2 < input.count, index > charsetStart, input[index] == question, input[index + 2] == question else { return nil }
        let label = String(decoding: input[charsetStart..<index], as: UTF8.self).split(separator: "*", maxSplits: 1).first.map(String.init)
        guard let charset = ImportTextDecoding.canonicalCharset(label) else { return nil }
        let encoding = input[index + 1] | 0x20
        index += 3
        let textStart = index
        while index + 1 < input.count, !(input[index] == question && input[index + 1] == UInt8(ascii: "=")) {
            guard !isWhitespace(input[index]) else { return nil }
            index += 1
        }
        guard index + 1 < input.count else { return nil }
        let encoded = input[textStart..<index]
        let bytes: [UInt8]?
        switch encoding {
        case UInt8(ascii: "b"): bytes = ContentTransferDecoding.base64(encoded)
        case UInt8(ascii: "q"): bytes = qDecoded(encoded)
        default: bytes = nil
        }
        guard let bytes else { return nil }
        return Word(charset: charset, bytes: bytes, end: index + 2)
    }

    /// Q encoding: "_" is a space and "=XX" a byte.
    private static func qDecoded(_ encoded: ArraySlice<UInt8>) -> [UInt8]? {
        var output: [UInt8] = [], index = encoded.startIndex
        while index < encoded.endIndex {
            switch encoded[index] {
            case UInt8(ascii: "_"):
                output.append(0x20); index += 1
            case UInt8(ascii: "="):
                guard index + 2 < encoded.endIndex, let byte = ContentTransferDecoding.hexByte(encoded[index + 1], encoded[index + 2]) else { return nil }
                output.append(byte); index += 3
            default:
                output.append(encoded[index]); index += 1
            }
        }
        return output
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A }
}
