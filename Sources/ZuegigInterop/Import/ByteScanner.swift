// A cursor over the ASCII bytes of a short value, for the hand-written date parsers.

struct ByteScanner {
    let bytes: [UInt8]
    private(set) var index = 0

    init(_ text: String) { bytes = Array(text.utf8) }

    var atEnd: Bool { index >= bytes.count }

    mutating func skip(_ character: Unicode.Scalar) -> Bool {
        guard index < bytes.count, bytes[index] == UInt8(ascii: character) else { return false }
        index += 1
        return true
    }

    /// A decimal number of minDigits to maxDigits digits.
    mutating func number(_ minDigits: Int, _ maxDigits: Int) -> Int? {
        var value = 0, count = 0
        while index < bytes.count, count < maxDigits, (0x30...0x39).contains(bytes[index]) {
            value = value * 10 + Int(bytes[index] - 0x30)
            index += 1; count += 1
        }
        return count >= minDigits ? value : nil
    }

    /// Letters up to the next non-letter, e.g. a month or day name.
    mutating func word() -> String {
        let start = index
        while index < bytes.count, (0x41...0x5A).contains(bytes[index] & 0xDF) { index += 1 }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    /// "HH:MM", "HH:MM:SS" or "HH:MM:SS.fff".
    mutating func time() -> (hour: Int, minute: Int, second: Int, fraction: Double)? {
        guard let hour = number(1, 2), skip(":"), let minute = number(2, 2) else { return nil }
        guard skip(":") else { return (hour, minute, 0, 0) }
        guard let second = number(2, 2) else { return nil }
        guard skip(".") || skip(",") else { return (hour, minute, second, 0) }
        let start = index
        guard let digits = number(1, 9) else { return nil }
        let fraction = Double(digits) / (0..<(index - start)).reduce(1.0) { value, _ in value * 10 }
        while index < bytes.count, (0x30...0x39).contains(bytes[index]) { index += 1 }
        return (hour, minute, second, fraction)
    }

    /// An ISO 8601 zone: "Z", "+01:00", "+0100" or "+01". Outer nil: malformed; inner nil: no zone given.
    mutating func zoneOffset() -> Int?? {
        if atEnd { return .some(nil) }
        if skip("Z") || skip("z") { return .some(0) }
        let sign: Int
        if skip("+") { sign = 1 } else if skip("-") { sign = -1 } else { return nil }
        guard let hours = number(2, 2), hours <= 18 else { return nil }
        _ = skip(":")
        let minutes = atEnd ? 0 : number(2, 2)
        guard let minutes, minutes < 60 else { return nil }
        return .some(sign * (hours * 3600 + minutes * 60))
    }
}
