// Finds personal data in a statement by explainable rules: e-mail, phone numbers, IBAN, dates of
// birth, home addresses (a street with house number, optionally postcode and town), a private
// owner's parcel (a Flurstück in a sentence that says whose it is), and names (from signatures after
// a closing, forms of address such as "Frau …", phrases such as "mein Name ist …", and "Vorname
// Nachname" with a known given name). A name found once is masked wherever it recurs, and so is its
// surname alone. Texts for publication get typed placeholders such as [NAME].
import Foundation

public final class PersonalDataDetector: @unchecked Sendable {
    // NSRegularExpression is immutable after creation and safe to use from several threads.
    private let email, phone, iban, birthdate, address, parcel, privateContext, honorific, namePhrase, givenName, closing, signatureLine: NSRegularExpression

    /// Words that follow "Herr"/"Frau" as a role, not a name.
    static let roleWords: Set<String> = [
        "Bürgermeister", "Bürgermeisterin", "Oberbürgermeister", "Oberbürgermeisterin", "Stadtbaurat", "Stadtbaurätin", "Vorsitzende",
        "Vorsitzender", "Kollege", "Kollegin", "Nachbar", "Nachbarin", "Stadtrat", "Stadträtin", "Präsident", "Präsidentin", "Minister",
        "Ministerin", "Landrat", "Landrätin", "Dezernent", "Dezernentin", "Amtsleiter", "Amtsleiterin", "Architekt", "Architektin",
        "Rechtsanwalt", "Rechtsanwältin", "Doktor", "Professor", "Professorin", "Pfarrer", "Pfarrerin", "Direktor", "Direktorin",
    ]
    /// Words in a signature line that name an organisation or a role, not a person.
    static let organisationWords = [
        "e.V.", "e. V.", "Verein", "Initiative", "GmbH", "AG", "Bündnis", "Kanzlei", "Vorstand", "Verband", "Rechtsanw", "Fraktion",
        "Partei", "Club", "Klub", "Genossenschaft", "Stiftung", "Gemeinschaft", "Bürger", "Elternvertretung", "Förderverein", "Team",
        "Ortsgruppe", "Arbeitskreis", "Gruppe", "Anwohner", "Familie und", "Mieterverein", "Nachbarschaft", "i.A.", "Im Auftrag",
    ]
    static let nameWord = #"[A-ZÄÖÜ][a-zäöüßéèáàçğışøåłńśźżčřšž'’]+(?:-[A-ZÄÖÜ][a-zäöüßéèáàçğışøåłńśźżčřšž'’]+)?"#
    static let particle = #"(?:(?:von|van|de|del|da|zu|el|al|bin|ben|ter|ten)\s+)?"#

    public init() {
        func regex(_ pattern: String, _ options: NSRegularExpression.Options = []) -> NSRegularExpression {
            // The patterns are constants of this file; a broken one is a programming error caught by every test.
            try! NSRegularExpression(pattern: pattern, options: options)
        }
        let word = Self.nameWord
        email = regex(#"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"#)
        phone = regex(#"(?<![\w+/.,])(?:\+\d{2}[\s-]?(?:\(0\)[\s-]?)?|\(?0)\d{2,5}\)?(?:[\s/-]{0,3}\d){4,11}(?![\d,.]\d)"#)
        iban = regex(#"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){3,7}(?:[ ]?[A-Z0-9]{1,3})?\b"#)
        birthdate = regex(#"(?:\bgeb\.|\bgeboren(?:\s+am)?|\bGeburtsdatum:?|\bJahrgang|\*)\s*(?:\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)\d{2}|\d{1,2}\.\s?[A-ZÄÖÜ][a-zä]+\s(?:19|20)\d{2}|(?:19|20)\d{2})"#)
        let streetSuffix = "(?:straße|strasse|str\\.|weg|allee|platz|gasse|ring|damm|ufer|chaussee|pfad|steig|zeile|hof|markt|graben|anger|promenade|stieg|twiete|kamp|park|siedlung|aue|feld|berg|grund|winkel)"
        let street = "(?:[A-ZÄÖÜ][\\p{L}-]*\(streetSuffix)|[A-ZÄÖÜ][\\p{L}-]+\\s(?:Straße|Str\\.|Weg|Allee|Platz|Ring|Damm|Chaussee)|(?:Am|An der|An den|Im|In der|In den|Auf dem|Auf der|Zum|Zur|Unter den|Hinter der|Alte|Alter|Neue|Neuer)\\s[A-ZÄÖÜ][\\p{L}-]+)"
        address = regex("\(street)\\s+\\d{1,4}\\s?[a-zA-Z]?(?:\\s?[-/]\\s?\\d{1,4}[a-z]?)?\\b(?:(?:,\\s*|\\s*\\n\\s*|\\s+)\\d{5}\\s+[A-ZÄÖÜ][\\p{L}-]+(?:\\s(?:an der|am|im|bei|\\(Oder\\))\\s?[A-ZÄÖÜ]?[\\p{L}-]*)?)?")
        parcel = regex(#"(?:\bFlurstücke?s?|\bFlst\.|\bFlurstücksnummer)\s*(?:Nr\.\s*)?\d+(?:/\d+)?(?:\s*(?:,|der|in der)\s*Flur\s+\d+)?(?:\s*(?:,|der|in der)\s*Gemarkung\s+[A-ZÄÖÜ][\p{L}-]+)?|\bFlur\s+\d+\s*,?\s*(?:Flurstück|Flst\.)\s*\d+(?:/\d+)?"#)
        privateContext = regex(#"\b(?:mein|meine|meinem|meinen|meines|meiner|unser|unsere|unserem|unseren|unseres|unserer|Eigentümer\w*|gehört|Mandant\w*|Grundstückseigentüm\w*|Familie)\b"#, [.caseInsensitive])
        honorific = regex("\\b(?:Herrn?|Frau|Familie|Fam\\.|Eheleute|Ehepaar)\\s+(?:(?:Dr\\.|Prof\\.|Dipl\\.-Ing\\.)\\s+)*(\(word))(?:\\s+(\(Self.particle)\(word)))?")
        namePhrase = regex("(?:\\b[Mm]ein Name ist|\\b[Ii]ch,|\\bName:|\\bAbsender(?:in)?:|\\bUnterzeichner(?:in)?:?|\\bgez\\.|\\bEinwender(?:in)?:|\\bVerfasser(?:in)?:|\\bvertreten durch)\\s+(?:(?:Dr\\.|Prof\\.)\\s+)?(\(word)(?:\\s+\(Self.particle)\(word)){0,2})")
        givenName = regex("\\b(\(word))\\s+(?:[A-ZÄÖÜ]\\.\\s+)?(\(Self.particle)\(word))")
        signatureLine = regex("^[ \\t]*((?:(?:Dr\\.|Prof\\.|Dipl\\.-Ing\\.)\\s+)*(?:[A-ZÄÖÜ]\\.\\s*)?\(word)(?:\\s+(?:und|u\\.|&)\\s+\(word))?(?:\\s+\(Self.particle)\(word)){0,3})[ \\t]*(?:[,.]|[,(–-].*)?[ \\t]*$", [.anchorsMatchLines])
        closing = regex(#"(?:Mit freundlichen Grüßen|Mit freundlichem Gruß|Mit freundlichen Grüssen|Mit besten Grüßen|Viele Grüße|Beste Grüße|Liebe Grüße|Freundliche Grüße|Herzliche Grüße|Mit Grüßen|Hochachtungsvoll|Grüße|Gruß|MfG|LG|VG|Danke|Vielen Dank)[,.!]?[ \t]*(?:\n|$|[ \t]+(?=[A-ZÄÖÜ]))"#, [.caseInsensitive])
    }

    public func detect(_ text: String) -> [PersonalDataSpan] {
        let ns = text as NSString
        let units = Array(text.utf16)
        let whole = NSRange(location: 0, length: units.count)
        var spans: [PersonalDataSpan] = []
        func add(_ matches: [[NSRange]], _ kind: PersonalDataKind, _ rule: String, group: Int = 0, accept: ([NSRange]) -> Bool = { _ in true }) {
            for match in matches where accept(match) {
                let range = match[group]
                guard range.location != NSNotFound, range.length > 0 else { continue }
                spans.append(PersonalDataSpan(kind: kind, start: range.location, end: range.location + range.length, rule: rule))
            }
        }
        // Each pattern runs only where its match can start (a scan of the code units finds those
        // places); most statements have no digits, no "@" and no forms of address.
        let scan = CandidateScan(units)
        if scan.hasAt { add(Self.ranges(email.matches(in: text, range: whole)), .email, "E-Mail-Adresse") }
        if scan.hasDigits {
            add(Self.anchored(iban, in: units, at: scan.ibanStarts), .iban, "IBAN") { match in
                ns.substring(with: match[0]).filter(\.isNumber).count >= 12
            }
            add(Self.anchored(birthdate, in: units, at: scan.birthdateStarts), .birthdate, "Geburtsdatum")
            add(Self.anchored(phone, in: units, at: scan.phoneStarts), .phone, "Telefonnummer") { match in ns.substring(with: match[0]).filter(\.isNumber).count >= 6 }
            add(Self.addressMatches(address, in: units, numbers: scan.houseNumbers), .address, "Anschrift mit Hausnummer")
        }
        if scan.hasDigits, Self.contains(units, "Flur") || Self.contains(units, "Flst") {
            add(Self.ranges(parcel.matches(in: text, range: whole)), .parcel, "Flurstück in privater Hand") { match in
                // Only parcels the sentence attributes to a private person ("mein Grundstück", "Eigentümerin").
                let sentence = Self.sentenceRange(around: match[0], in: ns)
                return privateContext.firstMatch(in: text, range: sentence) != nil
            }
        }
        var names: Set<String> = []
        for range in signatureNames(text, ns, units: units, at: scan.closingStarts) { names.insert(ns.substring(with: range)) }
        for match in Self.anchored(honorific, in: units, at: scan.honorificStarts) {
            let first = ns.substring(with: match[1])
            guard !Self.roleWords.contains(first) else { continue }
            let second = match[2]
            // "Frau Anna Weber": take both words only when the first is a given name; German nouns are capitalised too.
            if second.location != NSNotFound, FirstNames.all.contains(first) {
                names.insert(ns.substring(with: NSRange(location: match[1].location, length: second.location + second.length - match[1].location)))
            } else {
                names.insert(first)
            }
        }
        for match in Self.anchored(namePhrase, in: units, at: scan.namePhraseStarts) { names.insert(ns.substring(with: match[1])) }
        // "Vorname Nachname": the regex runs only from given names found by a plain word scan.
        for start in Self.capitalisedWords(units) where FirstNames.contains(units, start.location..<(start.location + start.length)) {
            let window = NSRange(location: start.location, length: min(ns.length - start.location, 80))
            guard let match = givenName.firstMatch(in: text, options: [.anchored], range: window) else { continue }
            let surname = ns.substring(with: match.range(at: 2))
            guard !Self.roleWords.contains(surname), !Self.commonNouns.contains(surname) else { continue }
            names.insert(ns.substring(with: match.range))
        }
        // Every recurrence of a found name, and the surname alone, is masked too.
        var variants: Set<String> = []
        for name in names where name.count >= 3 {
            variants.insert(name)
            if let last = name.split(separator: " ").last, last.count >= 3, name.contains(" ") { variants.insert(String(last)) }
        }
        for variant in variants.sorted(by: { $0.count > $1.count }) {
            for found in Self.occurrences(of: Array(variant.utf16), in: units) {
                let before = found > 0 ? units[found - 1] : 32
                let afterIndex = found + variant.utf16.count
                let after = afterIndex < units.count ? units[afterIndex] : 32
                if !Self.isLetter(before), !Self.isLetter(after) {
                    spans.append(PersonalDataSpan(kind: .name, start: found, end: afterIndex, rule: "Name"))
                }
            }
        }
        return Self.merged(spans)
    }

    /// Leftmost, non-overlapping matches of `regex` that start at one of `starts` (ascending): the
    /// same matches as a scan of the whole text when no match can start elsewhere. Each attempt sees
    /// only a window of the text (a few code units before, `window` after), so that the regex engine
    /// does not copy the whole statement for every place. Ranges are per capture group, in the text.
    static func anchored(_ regex: NSRegularExpression, in units: [UInt16], at starts: [Int], window: Int = 240) -> [[NSRange]] {
        var results: [[NSRange]] = []
        var next = 0
        for start in starts where start >= next {
            let (piece, offset) = Self.piece(units, from: start - 4, to: start + window)
            let range = NSRange(location: start - offset, length: min(start + window, units.count) - start)
            guard let match = regex.firstMatch(in: piece, options: [.anchored, .withTransparentBounds, .withoutAnchoringBounds], range: range) else { continue }
            let ranges = Self.ranges(match, shiftedBy: offset)
            results.append(ranges)
            next = ranges[0].location + max(1, ranges[0].length)
        }
        return results
    }

    /// Addresses end in a house number: the pattern runs on the words before each number.
    static func addressMatches(_ regex: NSRegularExpression, in units: [UInt16], numbers: [Int]) -> [[NSRange]] {
        var found: [Int: [NSRange]] = [:]
        var covered = 0
        for number in numbers where number >= covered {
            // From the start of the line, at most about 60 code units back and at a word start.
            var start = number
            while start > 0, units[start - 1] != 10, number - start < 60 { start -= 1 }
            while start > 0, start < number, units[start - 1] != 10, units[start - 1] != 32 { start += 1 }
            let end = min(units.count, number + 120)
            let (piece, offset) = Self.piece(units, from: start - 4, to: end + 4)
            let range = NSRange(location: start - offset, length: end - start)
            for match in regex.matches(in: piece, options: [.withTransparentBounds, .withoutAnchoringBounds], range: range) {
                let ranges = Self.ranges(match, shiftedBy: offset)
                guard ranges[0].location < number else { continue }
                found[ranges[0].location] = ranges
                covered = max(covered, ranges[0].location + ranges[0].length)
            }
        }
        // Leftmost first, no overlaps (what one scan of the whole text gives).
        var results: [[NSRange]] = []
        for location in found.keys.sorted() where location >= (results.last.map { $0[0].location + $0[0].length } ?? 0) {
            results.append(found[location]!)
        }
        return results
    }

    /// The code units from..<to (clamped) as a string, and where it starts in the text. A surrogate
    /// pair cut at an edge becomes one replacement character, so offsets stay the same.
    static func piece(_ units: [UInt16], from: Int, to: Int) -> (String, Int) {
        let lower = max(0, from), upper = min(units.count, to)
        // Transcoded by hand: String(decoding:as: UTF16.self) takes the slow general path.
        var bytes: [UInt8] = []
        bytes.reserveCapacity((upper - lower) * 2)
        var index = lower
        while index < upper {
            let unit = units[index]
            index += 1
            switch unit {
            case 0..<0x80:
                bytes.append(UInt8(unit))
            case 0x80..<0x800:
                bytes.append(UInt8(0xC0 | unit >> 6)); bytes.append(UInt8(0x80 | unit & 0x3F))
            case 0xD800..<0xDC00 where index < upper && (0xDC00..<0xE000).contains(units[index]):
                let scalar = 0x10000 + (UInt32(unit - 0xD800) << 10) + UInt32(units[index] - 0xDC00)
                index += 1
                bytes.append(UInt8(0xF0 | scalar >> 18)); bytes.append(UInt8(0x80 | scalar >> 12 & 0x3F))
                bytes.append(UInt8(0x80 | scalar >> 6 & 0x3F)); bytes.append(UInt8(0x80 | scalar & 0x3F))
            case 0xD800..<0xE000:
                bytes += [0xEF, 0xBF, 0xBD] // a lone surrogate: U+FFFD, still one code unit
            default:
                bytes.append(UInt8(0xE0 | unit >> 12)); bytes.append(UInt8(0x80 | unit >> 6 & 0x3F)); bytes.append(UInt8(0x80 | unit & 0x3F))
            }
        }
        return (String(decoding: bytes, as: UTF8.self), lower)
    }

    static func ranges(_ match: NSTextCheckingResult, shiftedBy offset: Int = 0) -> [NSRange] {
        (0..<match.numberOfRanges).map { group in
            let range = match.range(at: group)
            return range.location == NSNotFound ? range : NSRange(location: range.location + offset, length: range.length)
        }
    }

    static func ranges(_ matches: [NSTextCheckingResult]) -> [[NSRange]] { matches.map { ranges($0) } }

    /// Positions where `needle` occurs in `units` (overlapping occurrences not counted twice).
    static func occurrences(of needle: [UInt16], in units: [UInt16]) -> [Int] {
        guard let first = needle.first, needle.count <= units.count else { return [] }
        var result: [Int] = []
        var index = 0
        let last = units.count - needle.count
        while index <= last {
            if units[index] == first, units[(index + 1)..<(index + needle.count)].elementsEqual(needle.dropFirst()) {
                result.append(index)
                index += needle.count
            } else {
                index += 1
            }
        }
        return result
    }

    static func contains(_ units: [UInt16], _ word: String) -> Bool {
        !occurrences(of: Array(word.utf16), in: units).isEmpty
    }

    /// Nouns that follow a given name as the next capitalised word in German sentences.
    static let commonNouns: Set<String> = ["Straße", "Weg", "Platz", "Schule", "Kita", "Bebauungsplan", "Stadt", "Bäume"]

    /// Words that start with a capital letter (UTF-16 ranges), found by a scan of the code units.
    static func capitalisedWords(_ buffer: [UInt16]) -> [NSRange] {
        var ranges: [NSRange] = []
        let length = buffer.count
        var index = 0
        while index < length {
            let unit = buffer[index]
            guard isWordUnit(unit) else { index += 1; continue }
            let start = index
            while index < length, isWordUnit(buffer[index]) { index += 1 }
            if isCapital(unit) {
                ranges.append(NSRange(location: start, length: index - start))
            }
        }
        return ranges
    }

    @inline(__always)
    static func isCapital(_ unit: unichar) -> Bool {
        (65...90).contains(unit) || (0xC0...0xDE).contains(unit) || (0x100...0x17F).contains(unit) && unit % 2 == 0
    }

    @inline(__always)
    static func isWordUnit(_ unit: unichar) -> Bool {
        (65...90).contains(unit) || (97...122).contains(unit) || (unit >= 0xC0 && unit != 0xD7 && unit != 0xF7 && unit < 0x2000)
    }

    static func isLetter(_ unit: unichar) -> Bool {
        guard let scalar = Unicode.Scalar(unit) else { return true }
        return scalar.properties.isAlphabetic
    }

    /// Names in the lines right after a closing ("Mit freundlichen Grüßen\nAnna Weber") or on the same line.
    func signatureNames(_ text: String, _ ns: NSString, units: [UInt16], at closingStarts: [Int]) -> [NSRange] {
        var ranges: [NSRange] = []
        let line = signatureLine
        for match in Self.anchored(closing, in: units, at: closingStarts, window: 40) {
            let start = match[0].location + match[0].length
            // The next two non-empty lines.
            var checked = 0
            let (piece, offset) = Self.piece(units, from: start - 2, to: start + 160)
            let window = NSRange(location: start - offset, length: min(ns.length - start, 160))
            for candidate in line.matches(in: piece, options: [.withTransparentBounds], range: window) where checked < 2 {
                checked += 1
                let range = NSRange(location: candidate.range(at: 1).location + offset, length: candidate.range(at: 1).length)
                let value = ns.substring(with: range)
                guard !Self.organisationWords.contains(where: value.contains), !Self.closingWords.contains(value) else { continue }
                ranges.append(range)
            }
        }
        return ranges
    }

    static let closingWords: Set<String> = ["Danke", "Gruß", "Grüße", "Ihre", "Ihr", "Euer", "Eure"]

    static func sentenceRange(around range: NSRange, in ns: NSString) -> NSRange {
        var start = range.location, end = range.location + range.length
        while start > 0, !".!?\n".utf16.contains(ns.character(at: start - 1)) { start -= 1 }
        while end < ns.length, !".!?\n".utf16.contains(ns.character(at: end)) || (end + 1 < ns.length && ns.character(at: end) == 46 && isDigitOrSlash(ns.character(at: end - 1))) { end += 1 }
        return NSRange(location: start, length: end - start)
    }

    static func isDigitOrSlash(_ unit: unichar) -> Bool { (48...57).contains(unit) || unit == 47 || unit == 114 }

    /// Overlapping spans become one (the longer kind wins); sorted by position.
    static func merged(_ spans: [PersonalDataSpan]) -> [PersonalDataSpan] {
        var result: [PersonalDataSpan] = []
        for span in spans.sorted(by: { ($0.start, -$0.length) < ($1.start, -$1.length) }) {
            if let last = result.last, last.overlaps(span) {
                if span.end > last.end {
                    result[result.count - 1].end = span.end
                    if span.length > last.length { result[result.count - 1].kind = span.kind }
                }
            } else {
                result.append(span)
            }
        }
        return result
    }

    /// The text with every span replaced by its placeholder.
    public static func anonymize(_ text: String, spans: [PersonalDataSpan]) -> String {
        let ns = text as NSString
        var result = ""
        var position = 0
        for span in spans.sorted(by: { $0.start < $1.start }) where span.start >= position {
            result += ns.substring(with: NSRange(location: position, length: span.start - position))
            result += span.kind.placeholder
            position = span.end
        }
        result += ns.substring(from: position)
        return result
    }
}
