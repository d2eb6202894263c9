// Undoes a MIME Content-Transfer-Encoding (base64, quoted-printable; 7bit, 8bit and binary are as is).
import Foundation

enum ContentTransferDecoding {
    /// nil when base64 data is cut off in the middle of a byte.
    static func decode(_ body: ArraySlice<UInt8>, encoding: String?) -> [UInt8]? {
        switch encoding?.trimmingCharacters(in: .whitespaces).lowercased() {
        case "base64": base64(body)
        case "quoted-printable": quotedPrintable(body)
        default: Array(body)
        }
    }

    /// Line breaks and any other characters outside the alphabet are skipped, and padding is optional,
    /// as senders wrap and pad inconsistently.
    static func base64(_ input: some Collection<UInt8>) -> [UInt8]? {
        var output: [UInt8] = [], buffer: UInt32 = 0, count = 0
        output.reserveCapacity(input.count / 4 * 3)
        for byte in input {
            guard let sextet = base64Value(byte) else { continue }
            buffer = buffer << 6 | UInt32(sextet)
            count += 1
            if count == 4 {
                output += [UInt8(truncatingIfNeeded: buffer >> 16), UInt8(truncatingIfNeeded: buffer >> 8), UInt8(truncatingIfNeeded: buffer)]
                buffer = 0; count = 0
            }
        }
        switch count {
        case 0: break
        case 2: output.append(UInt8(truncatingIfNeeded: buffer >> 4))
        case 3: output += [UInt8(truncatingIfNeeded: buffer >> 10), UInt8(truncatingIfNeeded: buffer >> 2)]
        default: return nil
        }
        return output
    }

    /// "=XX" is a byte, "=" at the end of a line joins it to the next (a soft line break), and trailing
    /// spaces on a line were added in transport and are dropped. A malformed "=" is kept as written.
    static func quotedPrintable(_ input: ArraySlice<UInt8>) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(input.count)
        let lines = input.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        for (number, rawLine) in lines.enumerated() {
            var line = rawLine
            while let last = line.last, last == 0x20 || last == 0x09 || last == 0x0D { line = line.dropLast() }
            var softBreak = false
            var index = line.startIndex
            while index < line.endIndex {
                let byte = line[index]
                if byte == UInt8(ascii: "=") {
                    if index + 1 == line.endIndex { softBreak = true; break }
                    if index + 2 < line.endIndex, let value = hexByte(line[index + 1], line[index + 2]) {
                        output.append(value); index += 3; continue
                    }
                }
                output.append(byte); index += 1
            }
            if !softBreak, number < lines.count - 1 { output += [0x0D, 0x0A] }
        }
        return output
    }

    /// The byte written as two hexadecimal digits (either case), or nil.
    static func hexByte(_ high: UInt8, _ low: UInt8) -> UInt8? {
        guard let high = hexValue(high), let low = hexValue(low) else { return nil }
        return high << 4 | low
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: byte - 0x30
        case 0x41...0x46: byte - 0x41 + 10
        case 0x61...0x66: byte - 0x61 + 10
        default: nil
        }
    }

    private static func base64Value(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x41...0x5A: byte - 0x41
        case 0x61...0x7A: byte - 0x61 + 26
        case 0x30...0x39: byte - 0x30 + 52
        case UInt8(ascii: "+"): 62
        case UInt8(ascii: "/"): 63
        default: nil
        }
    }
}
