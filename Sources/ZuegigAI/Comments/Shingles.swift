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
    /// abbreviations do not end a sentence).
    public static func sentences(_ text: String) -> [String] {
        var result: [String] = []
        let scalars = Array(text.unicodeScalars)
        var start = 0
        func flush(_ end: Int) {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[start..<end])
            let trimmed = String(view).trimmingCharacters(in: .whitespacesAndNewlines)
            if !trimmed.isEmpty { result.append(trimmed) }
            start = end
        }
        for index in scalars.indices {
            let scalar = scalars[index]
            if scalar == "\n" { flush(index + 1); continue }
            guard scalar == "." || scalar == "!" || scalar == "?", index + 1 == scalars.count || scalars[index + 1] == " " || scalars[index + 1] == "\n" else { continue }
            if scalar == "." {
                // The word before the point: a number or an abbreviation keeps the sentence going.
                var wordStart = index
                while wordStart > start, scalars[wordStart - 1] != " ", scalars[wordStart - 1] != "\n" { wordStart -= 1 }
                var word = String.UnicodeScalarView()
                word.append(contentsOf: scalars[wordStart...index])
                let last = String(word)
                if last.dropLast().allSatisfy(\.isNumber) || abbreviations.contains(last) { continue }
            }
            flush(index + 1)
        }
        flush(scalars.count)
        return result
    }

    static let abbreviations: Set<String> = ["Nr.", "Abs.", "bzw.", "z.B.", "ca.", "Dr.", "Str.", "geb.", "u.a.", "d.h.", "Fam.", "vgl.", "S.", "Prof.", "gem.", "Tel.", "ggf.", "usw.", "etc.", "evtl."]
}
