// A light German stemmer after the Snowball German algorithm (R1/R2 regions, three suffix steps),
// working on folded, lower-cased words (umlauts already folded by GermanText).
public enum GermanStemmer {
    private static let vowels: Set<UInt8> = Set("aeiouy".utf8)

    public static func stem(_ word: String) -> String {
        var chars = Array(word.utf8)
        guard chars.count > 3, chars.allSatisfy({ $0 < 0x80 }) else { return word }
        let (r1, r2) = regions(chars)

        func hasSuffix(_ suffix: String) -> Bool {
            let s = Array(suffix.utf8)
            return chars.count >= s.count && Array(chars[(chars.count - s.count)...]) == s
        }
        func inRegion(_ suffix: String, _ region: Int) -> Bool {
            chars.count - suffix.utf8.count >= region
        }
        func drop(_ count: Int) { chars.removeLast(count) }

        // Step 1
        var done = false
        for suffix in ["ern", "em", "er"] where hasSuffix(suffix) {
            if inRegion(suffix, r1) { drop(suffix.utf8.count) }
            done = true
            break
        }
        if !done {
            for suffix in ["en", "es", "e"] where hasSuffix(suffix) {
                if inRegion(suffix, r1) {
                    drop(suffix.utf8.count)
                    if hasSuffix("niss") { drop(1) }
                }
                done = true
                break
            }
        }
        if !done, hasSuffix("s"), inRegion("s", r1), chars.count >= 2,
           Set("bdfghklmnrt".utf8).contains(chars[chars.count - 2]) {
            drop(1)
        }
        // Step 2
        done = false
        for suffix in ["en", "er", "est"] where hasSuffix(suffix) {
            if inRegion(suffix, r1) { drop(suffix.utf8.count) }
            done = true
            break
        }
        if !done, hasSuffix("st"), inRegion("st", r1), chars.count >= 6,
           Set("bdfghklmnt".utf8).contains(chars[chars.count - 3]) {
            drop(2)
        }
        // Step 3 (derivational suffixes in R2)
        for suffix in ["ung", "end", "heit", "keit", "lich", "isch", "ig", "ik"] where hasSuffix(suffix) {
            if inRegion(suffix, r2) { drop(suffix.utf8.count) }
            break
        }
        return String(decoding: chars, as: UTF8.self)
    }

    /// R1 starts after the first non-vowel following a vowel (at least at 3); R2 likewise in R1.
    private static func regions(_ chars: [UInt8]) -> (Int, Int) {
        func next(from start: Int) -> Int {
            var index = start
            while index + 1 < chars.count {
                if vowels.contains(chars[index]) && !vowels.contains(chars[index + 1]) { return index + 2 }
                index += 1
            }
            return chars.count
        }
        let r1 = max(3, next(from: 0))
        let r2 = r1 >= chars.count ? chars.count : next(from: r1)
        return (r1, r2)
    }
}
