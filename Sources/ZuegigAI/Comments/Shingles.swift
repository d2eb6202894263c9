// Word shingles of a statement for near-duplicate detection: overlapping runs of three folded,
// lower-cased words, each hashed to 64 bits (FNV-1a), as a sorted set. Greeting and closing formulas
// are dropped first, so that two letters are not similar just because both say "Sehr geehrte Damen
// und Herren". Also the statement's sentences, for showing shared text and individual additions.
import Foundation

public enum Shingles {
    public static let width = 3

    /// Formula words that open or close letters.
    static let formula: Set<String> = ["sehr", "geehrte", "geehrter", "damen", "herren", "hallo", "liebe", "lieber", "freundlichen",
                                       "grusen", "grussen", "gruse", "gruss", "grus", "hochachtungsvoll", "mfg", "viele", "beste", "herzliche"]

    public static func hashes(_ text: String) -> [UInt64] {
        let words = GermanText.words(text).filter { !formula.contains($0) }.map(hash)
        guard words.count >= width else { return words.isEmpty ? [] : [words.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ $1) &* 0x100_0000_01b3 }] }
        var result: [UInt64] = []
        result.reserveCapacity(words.count - width + 1)
        for start in 0...(words.count - width) {
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for k in 0..<width { h = (h ^ words[start + k]) &* 0x100_0000_01b3 }
            result.append(h)
        }
        result.sort()
        var unique: [UInt64] = []
        unique.reserveCapacity(result.count)
        for h in result where unique.last != h { unique.append(h) }
        return unique
    }

    @inline(__always)
    static func hash(_ word: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in word.utf8 { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return h
    }

    /// Size of the intersection of two sorted sets.
    public static func intersection(_ a: [UInt64], _ b: [UInt64]) -> Int {
        var i = 0, j = 0, count = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] { count += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return count
    }

    /// Sentences (split at . ! ? followed by a space, and at line breaks; "Nr. 47", "1." and common
    /// abbreviations do not end a sentence). Scans the UTF-8 bytes: every delimiter is ASCII.
    public static func sentences(_ text: String) -> [String] {
        var text = text
        return text.withUTF8 { bytes in
            var result: [String] = []
            var start = 0
            let count = bytes.count
            func flush(_ end: Int) {
                if let sentence = trimmed(bytes, start, end) { result.append(sentence) }
                start = end
            }
            var index = 0
            while index < count {
                let byte = bytes[index]
                defer { index += 1 }
                if byte == 10 { flush(index + 1); continue }
                guard byte == 46 || byte == 33 || byte == 63, index + 1 == count || bytes[index + 1] == 32 || bytes[index + 1] == 10 else { continue }
                if byte == 46 {
                    // The word before the point: a number or an abbreviation keeps the sentence going.
                    var wordStart = index
                    while wordStart > start, bytes[wordStart - 1] != 32, bytes[wordStart - 1] != 10 { wordStart -= 1 }
                    if (wordStart..<index).allSatisfy({ (48...57).contains(bytes[$0]) }) { continue }
                    if index - wordStart < 6, abbreviations.contains(String(decoding: UnsafeBufferPointer(rebasing: bytes[wordStart...index]), as: UTF8.self)) { continue }
                }
                flush(index + 1)
            }
            flush(count)
            return result
        }
    }

    /// The bytes start..<end as a string without surrounding white space (nil when nothing is left).
    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String? {
        var lower = start, upper = end
        while lower < upper, isASCIISpace(bytes[lower]) { lower += 1 }
        while upper > lower, isASCIISpace(bytes[upper - 1]) { upper -= 1 }
        guard lower < upper else { return nil }
        let string = String(decoding: UnsafeBufferPointer(rebasing: bytes[lower..<upper]), as: UTF8.self)
        // Non-ASCII white space (no-break space, thin space) at an edge: the general trim.
        if bytes[lower] >= 0x80 || bytes[upper - 1] >= 0x80 {
            let general = string.trimmingCharacters(in: .whitespacesAndNewlines)
            return general.isEmpty ? nil : general
        }
        return string
    }

    @inline(__always)
    static func isASCIISpace(_ byte: UInt8) -> Bool { byte == 32 || (9...13).contains(byte) }

    static let abbreviations: Set<String> = ["Nr.", "Abs.", "bzw.", "z.B.", "ca.", "Dr.", "Str.", "geb.", "u.a.", "d.h.", "Fam.", "vgl.", "S.", "Prof.", "gem.", "Tel.", "ggf.", "usw.", "etc.", "evtl."]
}
