// One pass over a statement's UTF-16 code units that finds where each personal-data pattern can
// start: the literal beginning of the pattern ("Herr ", "Mein Name ist", "Mit freundlichen Grüßen",
// "+49", a house number after a capitalised word) is checked here, so the detector calls its
// regular expressions only at those few places instead of scanning every position. Every list is a
// superset of the real starts: the patterns still decide.
public struct CandidateScan: Sendable {
    public private(set) var hasAt = false
    public private(set) var hasDigits = false
    /// "DE12…": two capitals and two digits at a word start.
    public private(set) var ibanStarts: [Int] = []
    /// "geb.", "geboren", "Geburtsdatum", "Jahrgang", "*".
    public private(set) var birthdateStarts: [Int] = []
    /// "+49…", "(030)…", "030…" (not inside a number or a word).
    public private(set) var phoneStarts: [Int] = []
    /// Digits after white space that follows a capitalised word: where a house number can stand.
    public private(set) var houseNumbers: [Int] = []
    /// "Herr", "Frau", "Familie", "Eheleute", … followed by white space.
    public private(set) var honorificStarts: [Int] = []
    /// "Mein Name ist", "Ich,", "Name:", "Absender", "Unterzeichner", "gez.", "Einwender", "Verfasser", "vertreten durch".
    public private(set) var namePhraseStarts: [Int] = []
    /// Closing formulas, any case ("Mit freundlichen Grüßen", "Viele Grüße", "MfG", "LG", …).
    public private(set) var closingStarts: [Int] = []

    static let honorifics = literals(["Herr", "Herrn", "Frau", "Familie", "Eheleute", "Ehepaar"])
    static let namePhrases = literals(["Mein Name ist", "mein Name ist", "Ich,", "ich,", "Name:", "Absender", "Unterzeichner", "gez.", "Einwender", "Verfasser", "vertreten durch"])
    static let birthdates = literals(["geb.", "geboren", "Geburtsdatum", "Jahrgang"])
    static let closings = literals(["mit freundlichen grüßen", "mit freundlichem gruß", "mit freundlichen grüssen", "mit besten grüßen", "mit grüßen", "viele grüße",
                                    "vielen dank", "beste grüße", "liebe grüße", "freundliche grüße", "herzliche grüße", "hochachtungsvoll", "grüße", "gruß",
                                    "mfg", "lg", "vg", "danke"])

    /// Literals grouped by their first code unit.
    static func literals(_ words: [String]) -> [UInt16: [[UInt16]]] {
        Dictionary(grouping: words.map { Array($0.utf16) }, by: { $0[0] })
    }

    public init(_ units: [UInt16]) {
        let count = units.count
        var previousIsWord = false
        /// Whether one of `literals` starts at `index` (compared in lower case when `folded`).
        func startsWithLiteral(_ literals: [UInt16: [[UInt16]]], at index: Int, folded: Bool = false) -> [UInt16]? {
            guard let candidates = literals[folded ? Self.lower(units[index]) : units[index]] else { return nil }
            return candidates.first { literal in
                guard index + literal.count <= count else { return false }
                for offset in 1..<literal.count where (folded ? Self.lower(units[index + offset]) : units[index + offset]) != literal[offset] { return false }
                return true
            }
        }
        for index in 0..<count {
            let unit = units[index]
            let isWord = PersonalDataDetector.isWordUnit(unit)
            if isWord, !previousIsWord {
                if let literal = startsWithLiteral(Self.honorifics, at: index), index + literal.count < count, Self.isSpace(units[index + literal.count]) {
                    honorificStarts.append(index)
                } else if unit == 70, index + 3 < count, units[index + 1] == 97, units[index + 2] == 109, units[index + 3] == 46 { // "Fam."
                    honorificStarts.append(index)
                }
                if startsWithLiteral(Self.namePhrases, at: index) != nil { namePhraseStarts.append(index) }
                if startsWithLiteral(Self.birthdates, at: index) != nil { birthdateStarts.append(index) }
                if startsWithLiteral(Self.closings, at: index, folded: true) != nil { closingStarts.append(index) }
                if Self.isUpper(unit), index + 3 < count, Self.isUpper(units[index + 1]), Self.isDigit(units[index + 2]), Self.isDigit(units[index + 3]) {
                    ibanStarts.append(index)
                }
            }
            previousIsWord = isWord
            switch unit {
            case 64: hasAt = true
            case 42: birthdateStarts.append(index) // "*"
            case 43: // "+49"
                if index + 2 < count, Self.isDigit(units[index + 1]), Self.isDigit(units[index + 2]), Self.canStartPhone(units, index) { phoneStarts.append(index) }
            case 40: // "(0"
                if index + 1 < count, units[index + 1] == 48, Self.canStartPhone(units, index) { phoneStarts.append(index) }
            case 48...57:
                hasDigits = true
                if unit == 48, Self.canStartPhone(units, index) { phoneStarts.append(index) }
                if index > 0, Self.isSpace(units[index - 1]), Self.followsCapitalisedWord(units, index) { houseNumbers.append(index) }
            default: break
            }
        }
    }

    /// The phone pattern's look-behind: not after a word character, "+", "/", "." or ",".
    static func canStartPhone(_ units: [UInt16], _ index: Int) -> Bool {
        guard index > 0 else { return true }
        let before = units[index - 1]
        return !(PersonalDataDetector.isWordUnit(before) || isDigit(before) || before == 95 || before == 43 || before == 47 || before == 46 || before == 44)
    }

    /// Whether the word before the white space at `index` starts with a capital (every street
    /// pattern ends in a capitalised word: "Lindenweg 5", "Am Anger 3", "Potsdamer Str. 12").
    static func followsCapitalisedWord(_ units: [UInt16], _ index: Int) -> Bool {
        var end = index
        while end > 0, isSpace(units[end - 1]) { end -= 1 }
        var start = end
        while start > 0, !isSpace(units[start - 1]) { start -= 1 }
        // Opening brackets and quotes before the word: "(Lindenweg 40".
        while start < end, !PersonalDataDetector.isWordUnit(units[start]) { start += 1 }
        guard start < end else { return false }
        let first = units[start]
        return isUpper(first) || first == 0xC4 || first == 0xD6 || first == 0xDC
    }

    @inline(__always) static func lower(_ unit: UInt16) -> UInt16 {
        (65...90).contains(unit) || ((0xC0...0xDE).contains(unit) && unit != 0xD7) ? unit | 0x20 : unit
    }
    @inline(__always) static func isUpper(_ unit: UInt16) -> Bool { (65...90).contains(unit) }
    @inline(__always) static func isDigit(_ unit: UInt16) -> Bool { (48...57).contains(unit) }
    @inline(__always) static func isSpace(_ unit: UInt16) -> Bool {
        unit == 32 || (9...13).contains(unit) || unit == 0xA0 || (0x2000...0x200A).contains(unit) || unit == 0x202F
    }
}
