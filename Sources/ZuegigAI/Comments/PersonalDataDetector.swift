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
        let whole = NSRange(location: 0, length: ns.length)
        var spans: [PersonalDataSpan] = []
        func add(_ regex: NSRegularExpression, _ kind: PersonalDataKind, _ rule: String, group: Int = 0, accept: (NSTextCheckingResult) -> Bool = { _ in true }) {
            for match in regex.matches(in: text, range: whole) where accept(match) {
                let range = match.range(at: group)
                guard range.location != NSNotFound, range.length > 0 else { continue }
                spans.append(PersonalDataSpan(kind: kind, start: range.location, end: range.location + range.length, rule: rule))
            }
        }
        // Cheap tests first: most statements have no digits, no "@" and no forms of address.
        let hasDigits = text.utf8.contains { (48...57).contains($0) }
        if text.utf8.contains(64) { add(email, .email, "E-Mail-Adresse") }
        if hasDigits { add(iban, .iban, "IBAN") { match in
            let digits = ns.substring(with: match.range).filter(\.isNumber).count
            return digits >= 12
        } }
        if hasDigits {
            add(birthdate, .birthdate, "Geburtsdatum")
            add(phone, .phone, "Telefonnummer") { match in ns.substring(with: match.range).filter(\.isNumber).count >= 6 }
            add(address, .address, "Anschrift mit Hausnummer")
        }
        if hasDigits, text.contains("Flur") || text.contains("Flst") {
            add(parcel, .parcel, "Flurstück in privater Hand") { match in
                // Only parcels the sentence attributes to a private person ("mein Grundstück", "Eigentümerin").
                let sentence = Self.sentenceRange(around: match.range, in: ns)
                return privateContext.firstMatch(in: text, range: sentence) != nil
            }
        }
        var names: Set<String> = []
        for range in signatureNames(text, ns) { names.insert(ns.substring(with: range)) }
        let addressed = ["Herr", "Frau", "Famil", "Fam.", "Eheleute", "Ehepaar"].contains { text.contains($0) }
        for match in addressed ? honorific.matches(in: text, range: whole) : [] {
            let first = ns.substring(with: match.range(at: 1))
            guard !Self.roleWords.contains(first) else { continue }
            let second = match.range(at: 2)
            // "Frau Anna Weber": take both words only when the first is a given name; German nouns are capitalised too.
            if second.location != NSNotFound, FirstNames.all.contains(first) {
                names.insert(ns.substring(with: NSRange(location: match.range(at: 1).location, length: second.location + second.length - match.range(at: 1).location)))
            } else {
                names.insert(first)
            }
        }
        for match in namePhrase.matches(in: text, range: whole) { names.insert(ns.substring(with: match.range(at: 1))) }
        // "Vorname Nachname": the regex runs only from given names found by a plain word scan.
        for start in Self.capitalisedWords(ns) where FirstNames.all.contains(ns.substring(with: start)) {
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
            var search = NSRange(location: 0, length: ns.length)
            while true {
                let found = ns.range(of: variant, options: [], range: search)
                if found.location == NSNotFound { break }
                let before = found.location > 0 ? ns.character(at: found.location - 1) : 32
                let afterIndex = found.location + found.length
                let after = afterIndex < ns.length ? ns.character(at: afterIndex) : 32
                if !Self.isLetter(before), !Self.isLetter(after) {
                    spans.append(PersonalDataSpan(kind: .name, start: found.location, end: afterIndex, rule: "Name"))
                }
                search = NSRange(location: afterIndex, length: ns.length - afterIndex)
            }
        }
        return Self.merged(spans)
    }

    /// Nouns that follow a given name as the next capitalised word in German sentences.
    static let commonNouns: Set<String> = ["Straße", "Weg", "Platz", "Schule", "Kita", "Bebauungsplan", "Stadt", "Bäume"]

    /// Words that start with a capital letter (UTF-16 ranges), found by a scan of the code units.
    static func capitalisedWords(_ ns: NSString) -> [NSRange] {
        var ranges: [NSRange] = []
        let length = ns.length
        var buffer = [unichar](repeating: 0, count: length)
        ns.getCharacters(&buffer, range: NSRange(location: 0, length: length))
        var index = 0
        while index < length {
            let unit = buffer[index]
            guard isWordUnit(unit) else { index += 1; continue }
            let start = index
            while index < length, isWordUnit(buffer[index]) { index += 1 }
            if (65...90).contains(unit) || (0xC0...0xDE).contains(unit) || (0x100...0x17F).contains(unit) && unit % 2 == 0 {
                ranges.append(NSRange(location: start, length: index - start))
            }
        }
        return ranges
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
    func signatureNames(_ text: String, _ ns: NSString) -> [NSRange] {
        var ranges: [NSRange] = []
        let line = signatureLine
        for match in closing.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
            let start = match.range.location + match.range.length
            // The next two non-empty lines.
            var checked = 0
            for candidate in line.matches(in: text, range: NSRange(location: start, length: min(ns.length - start, 160))) where checked < 2 {
                checked += 1
                let range = candidate.range(at: 1)
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
