// Which terms a text contributes to the classifier: word stems, stem bigrams, character n-grams.
public struct TermOptions: Sendable, Codable, Hashable {
    public var bigrams: Bool
    /// Character n-gram lengths taken inside words (padded with spaces); empty for none.
    /// They make the classifier robust to OCR errors and to inflections the stemmer misses.
    public var characterGrams: [Int]

    public init(bigrams: Bool = true, characterGrams: [Int] = [4]) {
        self.bigrams = bigrams
        self.characterGrams = characterGrams
    }

    /// The terms of a text, in order, with repetitions.
    public func terms(of text: String) -> [String] {
        let words = GermanText.words(text).filter { !GermanText.stopWords.contains($0) }
        var terms: [String] = []
        terms.reserveCapacity(words.count * (2 + characterGrams.count * 4))
        var previous: String?
        for word in words {
            let stem = GermanStemmer.stem(word)
            terms.append(stem)
            if bigrams, let previous { terms.append(previous + " " + stem) }
            previous = stem
            if !characterGrams.isEmpty, word.count >= 4 {
                let padded = Array(" " + word + " ")
                for n in characterGrams where padded.count >= n {
                    for start in 0...(padded.count - n) {
                        terms.append("#" + String(padded[start..<(start + n)]))
                    }
                }
            }
        }
        return terms
    }

    /// Terms that are readable as an explanation (no character n-grams).
    public static func isReadable(_ term: String) -> Bool { !term.hasPrefix("#") }
}
