// Finds the facts of a permit application in the text of a document: labelled values ("Flurstück:
// 117/2"), values in label/value tables, section headings ("1. Bauherr" then "Name: ..."), and
// the declared GRZ/GFZ rather than the permitted one. Every value carries its page.
import Foundation
import ZuegigDomain

public struct FieldExtractor: Sendable {
    /// The learnt reader of names; without it only the rules find Bauherr/in and Entwurfsverfasser/in.
    public let nameTagger: NameTagger?
    /// The learnt reader of measures; without it only the rules find height, areas, GRZ/GFZ and cost.
    public let measureTagger: MeasureTagger?

    public init(nameTagger: NameTagger? = nil, measureTagger: MeasureTagger? = nil) {
        self.nameTagger = nameTagger
        self.measureTagger = measureTagger
    }

    struct Line {
        let page: Int
        let text: String
        let folded: String
        /// The line's place in the document; of two equally sure values the earlier one wins.
        var position = Int.max
        var ns: NSString { folded as NSString }
    }

    struct Candidate {
        let field: DocumentField
        let value: String
        let number: Double?
        let written: String
        let line: Line
        let priority: Int
        let order: Int
    }

    /// Extracts the fields of one document. `kind` (from the classifier) lets weak labels count
    /// where they are unambiguous, e.g. a bare "Fläche" in a cadastre extract.
    public func extract(pages: [String], kind: DocumentKind? = nil) -> [ExtractedField] {
        // Each page is laid out once, for the rules and both taggers.
        let pageLines = pages.map(DelimitedText.lines(of:))
        var lines: [Line] = []
        for (number, page) in pageLines.enumerated() {
            for text in page {
                lines.append(Line(page: number + 1, text: text, folded: GermanText.foldPreservingOffsets(text), position: lines.count))
            }
        }
        var candidates: [Candidate] = []
        var order = 0
        func add(_ field: DocumentField, _ value: String, _ number: Double?, _ written: String, _ line: Line, _ priority: Int) {
            // The Entwurfsverfasser/in is a person: an office's name in a letterhead or title block is not.
            if field == .architekt, Self.isOffice(value) { return }
            // A party's contact or representative ("z. Hd. Herrn ...", "vertreten durch" with the name
            // below) is neither the Bauherr/in nor the Entwurfsverfasser/in.
            if field == .architekt || field == .bauherr,
               Self.isRepresentative(value, on: line, below: lines.indices.contains(line.position - 1) ? lines[line.position - 1] : nil) { return }
            order += 1
            candidates.append(Candidate(field: field, value: value, number: number, written: written, line: line, priority: priority, order: order))
        }
        var section: DocumentField?
        for (index, line) in lines.enumerated() {
            let next = Self.nextLine(after: index, in: lines)
            if let heading = Self.sectionHeading(line) {
                section = heading
                continue
            }
            if line.folded.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            Self.parcel(line, next: next, add: add)
            // In a person's section ("A. Bauherrin / Bauherr") an address is that person's, not the site's.
            // A line or block that names the site itself ("Das Baugrundstück liegt in ...", "Objekt") keeps its priority.
            let block = Self.blockHead(above: index, in: lines)
            let siteBlock = block.map { Self.firstMatch(Self.siteWords, in: $0) != nil } ?? false
            let personal: (DocumentField, String, Double?, String, Line, Int) -> Void = {
                add($0, $1, $2, $3, $4, $0 == .adresse && !siteBlock && Self.firstMatch(Self.siteWords, in: $4) == nil ? 0 : $5)
            }
            Self.address(line, next: next, previous: Self.previousLine(before: index, in: lines), block: block,
                         letterhead: line.page == 1 && index < 5, add: section == nil ? add : personal)
            Self.people(line, next: next, afterNext: next.flatMap { Self.nextLine(after: $0.position, in: lines) }, section: section, allowsSignature: !Self.engineeringKinds.contains(kind), add: add)
            Self.buildingClass(line, lines: lines, index: index, add: add)
            Self.storeys(line, lines: lines, index: index, add: add)
            Self.use(line, add: add)
            Self.height(line, lines: lines, index: index, add: add)
            Self.areas(line, next: next, lines: lines, index: index, kind: kind, add: add)
            Self.ratios(line, lines: lines, index: index, add: add)
            Self.cost(line, add: add)
            if let next { Self.table(header: line, values: next, add: add) }
            if let next, let joined = Self.continued(line, by: next) {
                // A sentence that goes on in the next line ("... mit 3\nVollgeschossen"): the
                // sentence rules once more on both lines, a little less sure.
                let weaker: (DocumentField, String, Double?, String, Line, Int) -> Void = { add($0, $1, $2, $3, $4, max(0, $5 - 1)) }
                // ... or over three lines ("Die Höhe des Gebäudes,\n gemessen ...,\n beträgt 12,96 m").
                if let third = Self.nextLine(after: next.position, in: lines),
                   Self.continued(next, by: third) != nil, let longer = Self.continued(joined, by: third) {
                    Self.height(longer, add: weaker)
                    Self.storeys(longer, add: weaker)
                }
                Self.buildingClass(joined, add: weaker)
                Self.storeys(joined, add: weaker)
                Self.height(joined, add: weaker)
                Self.parcel(joined, next: nil, add: weaker)
                Self.areas(joined, next: nil, kind: kind, add: weaker)
                Self.cost(joined, add: weaker)
            }
            if Self.kindIsVollmacht(kind) { Self.powerOfAttorney(line, next: next, add: add) }
            if Self.endsSection(line) { section = nil }
        }
        Self.labelledValues(lines, kind: kind, add: add)
        if let (name, line) = Self.letterAddressee(lines) { add(.bauherr, name, nil, name, line, 0) }
        if let nameTagger {
            // Below every labelled rule: the tagger answers where no label names the person.
            for (field, answer) in nameTagger.answers(lines: pageLines, kind: kind) {
                let line = Line(page: answer.page, text: answer.evidence, folded: GermanText.foldPreservingOffsets(answer.evidence))
                add(field, answer.name, nil, answer.name, line, Self.taggerPriority)
            }
        }
        if let measureTagger {
            for (field, answer) in measureTagger.answers(lines: pageLines, kind: kind) {
                let line = Line(page: answer.page, text: answer.evidence, folded: GermanText.foldPreservingOffsets(answer.evidence))
                add(field, Self.format(answer.value), answer.value, answer.written, line, Self.taggerPriority)
            }
        }
        var best: [DocumentField: Candidate] = [:]
        for candidate in candidates {
            if let current = best[candidate.field] {
                let tie = candidate.priority == current.priority
                // Of two parcels, the one named with its Gemarkung is the site's; the others are
                // the neighbours' on a plan ("Fl.Nr. 488/18" in the drawing, "Gemarkung X  Fl.Nr. 28/8" in the title block).
                let anchored = candidate.field == .flurstueck ? Self.namesGemarkung(candidate.line) : false
                let anchorDecides = tie && candidate.field == .flurstueck && anchored != Self.namesGemarkung(current.line)
                let better = candidate.priority > current.priority
                    || (anchorDecides && anchored)
                    || (tie && !anchorDecides && candidate.field == .bgf && (candidate.number ?? 0) > (current.number ?? 0))
                    || (tie && !anchorDecides && candidate.field != .bgf && candidate.line.position < current.line.position)
                if better { best[candidate.field] = candidate }
            } else {
                best[candidate.field] = candidate
            }
        }
        return DocumentField.allCases.compactMap { field in
            best[field].map {
                ExtractedField(field: field, value: $0.value, number: $0.number, written: $0.written, page: $0.line.page, evidence: $0.line.text)
            }
        }
    }

    /// A line as the rules read it: tabs as tab stops, no-break spaces as spaces, the rules of
    /// drawn tables ("| Gemarkung | Oberfeld |") and the lines of a filled-in form ("Flur: 13____")
    /// as blanks, so that columns keep their offsets.
    static func layout(_ raw: String) -> String {
        var text = raw.replacingOccurrences(of: "\t", with: "    ").replacingOccurrences(of: "\u{00A0}", with: " ")
        if text.contains(where: { tableRules.contains($0) }) {
            text = String(text.map { tableRules.contains($0) ? " " : $0 })
        }
        if text.contains("__") { text = fillLines(text) }
        if text.contains("⁾") || text.contains("¹") { text = blanked(footnote, in: text) }
        return umlauts(text)
    }

    /// The underscores a value was written on ("Musterstadt________ Flur: 13____") as blanks; a
    /// line left empty ("Unterschrift: ____________") stays as it is.
    static func fillLines(_ text: String) -> String { blanked(fillLine, in: text) }

    /// The text with each match of `pattern` replaced by as many blanks, so that columns keep their offsets.
    static func blanked(_ pattern: NSRegularExpression?, in text: String) -> String {
        guard let pattern else { return text }
        let result = NSMutableString(string: text)
        for match in pattern.matches(in: text, range: NSRange(location: 0, length: result.length)).reversed() {
            result.replaceCharacters(in: match.range, with: String(repeating: " ", count: match.range.length))
        }
        return result as String
    }
    /// A footnote mark after a label ("Höhe¹⁾"), not the power of a unit ("km²").
    static let footnote = regex(#"(?<=\p{L}{2})(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+⁾|¹(?!\d))"#, caseInsensitive: false)
    static let fillLine = regex(#"(?<=[\p{L}\d.)/])_{2,}|_{2,}(?=[\p{L}\d])"#, caseInsensitive: false)

    /// Umlauts written "ue", "ae", "oe" by older systems, in the words of building documents only
    /// ("Flurstueck", "Gebaeudehoehe", not "Bauer" or "Quelle"). A column gap after the word gets
    /// the lost letter back as a blank, so that the columns keep their offsets.
    static func umlauts(_ text: String) -> String {
        guard let asciiUmlautStems, text.contains("e") || text.contains("E") else { return text }
        let ns = text as NSString
        // The words around the stems found ("Flurstueck" around "stueck"), each once.
        var words: [NSRange] = []
        for match in asciiUmlautStems.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
            var start = match.range.location, end = match.range.location + match.range.length
            while start > 0, let scalar = Unicode.Scalar(ns.character(at: start - 1)), scalar.properties.isAlphabetic { start -= 1 }
            while end < ns.length, let scalar = Unicode.Scalar(ns.character(at: end)), scalar.properties.isAlphabetic { end += 1 }
            let word = NSRange(location: start, length: end - start)
            if words.last.map({ NSIntersectionRange($0, word).length == 0 }) ?? true { words.append(word) }
        }
        guard !words.isEmpty else { return text }
        let result = NSMutableString(string: text)
        for range in words.reversed() {
            let word = ns.substring(with: range)
            var replaced = word
            for (ascii, umlaut) in [("ue", "ü"), ("ae", "ä"), ("oe", "ö"), ("Ue", "Ü"), ("Ae", "Ä"), ("Oe", "Ö"), ("UE", "Ü"), ("AE", "Ä"), ("OE", "Ö")] {
                replaced = replaced.replacingOccurrences(of: ascii, with: umlaut)
            }
            let lost = (word as NSString).length - (replaced as NSString).length
            let end = range.location + range.length
            let gap = end + 2 <= ns.length && ns.substring(with: NSRange(location: end, length: 2)) == "  "
            result.replaceCharacters(in: range, with: replaced + (gap ? String(repeating: " ", count: lost) : ""))
        }
        return result as String
    }

    static let asciiUmlautStems = regex(
        #"(?:stueck|gebaeude|hoehe|flaeche|groesse|fuer|ueber|zulaessig|hoechst|eigentuemer|gemaess|geschossflaechen|grundflaechen|aenderung|traeger|vorhabentraeger|bevollmaechtig|pruef|schaetz|naechst|waerme|entwaesser|abwaesser|stellplaetz|ausfuehr|gebuehr|erklaer|oeffentlich|moeglich|maessig|baeume|koerper)"#
    )

    static let officeWords = regex(#"architekt|ingenieur|planung|buro|beratung|energie|statik|tragwerk|vermessung|kataster|landrat|sachverstandig|gutacht|brandschutz|entwasserung|verkehrsplan"#)
    static let authorityWords = regex(#"\b(?:landratsamt|bauamt|bauaufsicht|bezirksamt|kreisverwaltung|stadtverwaltung|gemeindeverwaltung|amt\b|behorde|untere|landkreis|stadt\b|gemeinde\b|kreis\b|magistrat|senatsverwaltung)"#)

    /// The addressee of a letter from an office or an authority: on page 1, the block after the
    /// sender's letterhead whose second to fourth line holds a postcode and town. Such letters (a Wärmeschutznachweis
    /// sent to the client, a cadastre extract sent to the applicant) go to the Bauherr/in; a letter
    /// to an authority names none.
    static func letterAddressee(_ lines: [Line]) -> (String, Line)? {
        let head = lines.prefix { $0.page == 1 }.prefix(18)
        var blocks: [[Line]] = []
        var current: [Line] = []
        for line in head {
            if line.folded.allSatisfy(\.isWhitespace) {
                if !current.isEmpty { blocks.append(current) }
                current = []
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { blocks.append(current) }
        guard blocks.count >= 2, blocks[0].contains(where: { firstMatch(officeWords, in: $0) != nil }) else { return nil }
        let block = blocks[1]
        guard (2...6).contains(block.count),
              block.dropFirst().prefix(3).contains(where: { $0.text.firstRange(of: #"^\s{0,8}(?:\p{L}[\p{L} .\-]*\s\d{1,4}\w?,\s*)?\d{5}\s+\p{Lu}"#) != nil }),
              block.allSatisfy({ firstMatch(authorityWords, in: $0) == nil }),
              let first = block.first, first.text.prefix(while: \.isWhitespace).count < 20,
              let name = personName(first.text.components(separatedBy: "   ").first ?? first.text) else { return nil }
        return (name, first)
    }

    static func namesGemarkung(_ line: Line) -> Bool {
        firstMatch(siteParcelAnchor, in: line) != nil
    }

    /// Words that tie a parcel number to the site: its Gemarkung, or the site named as such.
    static let siteParcelAnchor = regex(#"\b(?:gemarkung|gmkg\.?)|baugrundstuck|\bbauort\b"#)

    static let tableRules: Set<Character> = ["|", "│", "┃", "¦", "║"]

    /// The priority of the name tagger's answers: under every rule.
    static let taggerPriority = -1

    // MARK: - Labels of the lexicon

    /// The lines of a value's block up to a blank line, and the heading just above that blank line.
    static func block(above index: Int, in page: [Line]) -> [Line] {
        var result: [Line] = []
        var position = index
        while position >= 0, index - position <= 6 {
            if page[position].folded.trimmingCharacters(in: .whitespaces).isEmpty {
                if let heading = page[..<position].last(where: { !$0.folded.trimmingCharacters(in: .whitespaces).isEmpty }) { result.append(heading) }
                break
            }
            result.append(page[position])
            position -= 1
        }
        return result
    }

    static let permittedContext = regex(#"zulassig|zul\.|hochstens|festgesetzt|festsetzung|bebauungsplan|b-plan|obergrenze|erlaubt|zwingend|hochstma(?:s|ss)"#)

    /// Values after labels of any known wording (`FieldLexicon`, `LabelValueReader`): below the
    /// precise rules above, so they fill what those miss rather than overrule them.
    static func labelledValues(_ lines: [Line], kind: DocumentKind?, add: (DocumentField, String, Double?, String, Line, Int) -> Void) {
        var start = 0
        while start < lines.count {
            var end = start
            while end < lines.count, lines[end].page == lines[start].page { end += 1 }
            let page = Array(lines[start..<end])
            for found in LabelValueReader().read(page.map(\.text)) {
                let line = page[found.line]
                if [.gemarkung, .flur, .flurstueck].contains(found.field), firstMatch(neighbourContext, in: line) != nil { continue }
                // The owners in a table of neighbours' signatures are not the Bauherr/in.
                if [.bauherr, .architekt].contains(found.field) {
                    // ... up to the table's heading ("Angrenzende Flurstücke" / blank / header / rows).
                    let above = ["column", "next"].contains(found.source) ? Self.block(above: found.line, in: page) : [page[found.line]]
                    if above.contains(where: { firstMatch(neighbourPeople, in: $0) != nil }) { continue }
                }
                if found.field.isNumeric, found.field != .flur, firstMatch(permittedContext, in: line) != nil { continue }
                // A cadastre's "Nutzungsart" is the land's use ("Gebäude- und Freifläche Wohnen"), not the building's.
                if found.field == .nutzung, kind == .liegenschaftskataster { continue }
                // A bare "Fläche" is the parcel's area only in a cadastre extract or a site plan.
                if found.field == .grundstuecksflaeche, found.weak, ![.liegenschaftskataster, .lageplan].contains(kind) { continue }
                guard let parsed = FieldValue.parse(found.field, found.value, unitInLabel: LabelValueReader.unit(inLabel: found.label)) else { continue }
                // A known label with its value in the same line or column is as sure as a rule.
                let sure = !found.weak && !found.fuzzy && ["line", "column", "next"].contains(found.source)
                add(found.field, parsed.value, parsed.number, parsed.written, line, found.weak ? 1 : (sure ? 3 : 2))
            }
            start = end
        }
    }

    // MARK: - Patterns

    static let number = #"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?: \d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?"#
    /// What may stand between a label and its value: a qualifier ("(BGF)", "nach § 2 Abs. 3 MBO",
    /// "max."), then a colon, dotted leader, underscores or spaces, then filler words ("beträgt").
    static let qualifier = #"(?:\s*\([^)\n]{0,80}\))?(?:\s*(?:nach|gem\.?|gema(?:s|ss)|i\.\s?S\.\s?v\.)\s*(?:§|DIN)[^:\n]{0,30}?(?=\s*[:.]|\s{2}))?(?:\s*(?:lt\.|laut|gem\.)\s+[A-Za-z]+\.?)?(?:\s*(?:max\.|maximal|gesamt|insgesamt|ca\.|rd\.|vorh\.|geplant|vorhanden))?"#
    static let leader = #"(?:\s*(?:[:=]|\.{2,}|…+|_{2,})\s*|\s+)(?:(?:betragt|betragen|von|mit|ist|umfasst|ca\.|rd\.|circa|rund|etwa|insgesamt|gesamt|liegt|bei|belauft sich auf)\s+){0,3}\+?"#
    static let separator = qualifier + leader
    static let streetSuffix = #"(?:stra(?:s|ss)e|str\.|weg|allee|ring|gasse|platz|chaussee|damm|ufer|pfad|steig|stieg|markt|graben|hof|berg|feld|grund|winkel|bogen|garten|anger|zeile|promenade|kamp|wall|breite|aue|heide|tal|park|siedlung|landstr\.)"#
    static let street = #"((?:(?=[A-ZÄÖÜ])(?i:am|an der|an den|im|in der|in den|auf der|auf dem|zum|zur|hinter der|hinter dem|unter den|vor dem|alte[rn]?|neue[rn]?|gro(?:s|ss)e[rn]?|kleine[rn]?)\s+[A-Z][\w\-.]*(?:\s[A-Z][\w\-.]*)?|[A-Z][\w\-]*\s(?:Stra(?:s|ss)e|Str\.|Chaussee|Allee|Damm|Ring|Weg|Platz|Gasse|Markt|Ufer|Steig|Pfad|Zeile|Promenade|Graben|Wall|Landstra(?:s|ss)e|Berg|Tor)|(?:[A-Z][\w]*(?:er|e|en|es)\s|[A-Z][\w]*-)?[A-Z][\w\-]*(?i:"# + streetSuffix + #"))\s+\d{1,4}(?![.,]\d|\d)(?:\s?[a-z]\b)?(?:\s?-\s?\d{1,4})?)"#

    /// Compiles one of this file's constant patterns. A pattern that does not compile never
    /// matches (the field is then simply not found) and is recorded in `patternErrors`, which the
    /// tests require to be empty; the server never crashes over it.
    static func regex(_ pattern: String, caseInsensitive: Bool = true) -> NSRegularExpression? {
        do {
            return try NSRegularExpression(pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : [])
        } catch {
            patternFailures.record(pattern)
            return nil
        }
    }

    /// Patterns that failed to compile (empty unless this file has a typo).
    public static var patternErrors: [String] { patternFailures.all }

    static let patternFailures = PatternFailures()

    static func firstMatch(_ expression: NSRegularExpression?, in line: Line) -> NSTextCheckingResult? {
        expression?.firstMatch(in: line.folded, range: NSRange(location: 0, length: line.ns.length))
    }

    static func firstMatch(_ expression: NSRegularExpression?, in line: Line, from start: Int) -> NSTextCheckingResult? {
        guard start <= line.ns.length else { return nil }
        return expression?.firstMatch(in: line.text, range: NSRange(location: start, length: line.ns.length - start))
    }

    static func matches(_ expression: NSRegularExpression?, in line: Line) -> [NSTextCheckingResult] {
        expression?.matches(in: line.folded, range: NSRange(location: 0, length: line.ns.length)) ?? []
    }

    /// The original text of a capture group (same offsets as the folded copy).
    static func original(_ line: Line, _ range: NSRange) -> String {
        guard range.location != NSNotFound else { return "" }
        return (line.text as NSString).substring(with: range)
    }

    /// The line joined with the next when it does not end a sentence or a label/value pair.
    static func continued(_ line: Line, by next: Line) -> Line? {
        let text = line.text.trimmingCharacters(in: .whitespaces)
        guard let last = text.last, !".:;!?)".contains(last) || text.firstRange(of: #"\p{L}\([a-z]{1,2}\)$"#) != nil, text.count >= 12, text.split(separator: " ").count >= 3,
              line.text.firstRange(of: #"\S\s{3,}\S"#) == nil else { return nil }
        let joinedText = line.text + " " + next.text.trimmingCharacters(in: .whitespaces)
        return Line(page: line.page, text: joinedText, folded: GermanText.foldPreservingOffsets(joinedText), position: line.position)
    }

    static func kindIsVollmacht(_ kind: DocumentKind?) -> Bool { kind == .vollmacht }

    static let grantorRule = regex(#"^\s*(?:ich|wir|ich\s*/\s*wir)\s*,\s*(.+)$"#)
    static let attorneyLead = regex(#"(?:bevollmachtige(?:n|\(n\))?(?:\s+(?:wir|ich))?|erteile(?:n|\(n\))?\b.*\bvollmacht an|vollmacht an)\s*(?:hiermit)?\s*:?\s*$"#)

    /// A power of attorney: "Ich/Wir, <Bauherr>, bevollmächtige(n) hiermit" then the attorney, the
    /// Entwurfsverfasser/in, on the next line.
    static func powerOfAttorney(_ line: Line, next: Line?, add: (DocumentField, String, Double?, String, Line, Int) -> Void) {
        if let match = firstMatch(grantorRule, in: line), let name = personName(original(line, match.range(at: 1))) {
            add(.bauherr, name, nil, name, line, 2)
        }
        if firstMatch(attorneyLead, in: line) != nil, let next, let name = personName(next.text) {
            add(.architekt, name, nil, name, next, 2)
        }
    }

    static func previousLine(before index: Int, in lines: [Line]) -> Line? {
        var position = index - 1
        while position >= 0, position >= index - 2 {
            if lines[position].page != lines[index].page { return nil }
            if !lines[position].folded.trimmingCharacters(in: .whitespaces).isEmpty { return lines[position] }
            position -= 1
        }
        return nil
    }

    static func nextLine(after index: Int, in lines: [Line]) -> Line? {
        var position = index + 1
        while position < lines.count, position <= index + 3 {
            if lines[position].page != lines[index].page { return nil }
            if !lines[position].folded.trimmingCharacters(in: .whitespaces).isEmpty { return lines[position] }
            position += 1
        }
        return nil
    }

    // MARK: - Parcel

    static let gemarkungRule = regex(#"\b(?i:gemarkung|gmkg\.?|gemark\.)(?i:"# + separator + ")" + #"([A-Z][A-Za-z\-]*(?:[ \-][A-Z(][A-Za-z\-)]*){0,3})"#, caseInsensitive: false)
    static let gemarkungRuleLower = regex(#"\b(?:gemarkung|gmkg\.?)"#)
    static let flurRule = regex(#"\bflur\b(?!\s*(?:stuck|karte|grenze))\s*(?:nr\.?|nummer|-nr\.?)?"# + leader + #"(\d{1,3})\b(?!\s*/|\s*m|[.,]\d)"#)
    static let flurstueckRule = regex(#"(?<![a-z])(?:flurstucks?(?:nummer|\s?-?\s?nr\.?|bezeichnung|-bezeichnung)?|flurstucke|flst\.?(?:\s?-?\s?nr\.?)?|fl\.\s?st\.?|flurst\.|fl\.\s?-?\s?nr\.?)(?:\(e\))?\s*(?:\(.{0,30}?\))?"# + leader + #"(\d{1,5}(?:\s?/\s?\d{1,4})?)\b(?!\s*(?:m²|m2|qm|,\d)|\s?/\s?\d)"#)
    static let combinedParcel = regex(#"gemarkung\s*/\s*flur\s*/\s*(?:flurstucks?(?:nummer)?|flst\.?|flurst\.)"# + leader + #"([A-Z][A-Za-z\-]*(?: [A-Z][A-Za-z\-]*){0,2})\s*/\s*(\d{1,3})\s*/\s*(\d{1,5}(?:\s?/\s?\d{1,4})?)"#)
    static let neighbourPeople = regex(#"nachbar|angrenz|anlieger|benachbart"#)
    static let neighbourContext = regex(#"nachbar|angrenz|angrenzend|anlieger|benachbart|(?<![a-z])grenze\b|\bzu(?:m|r)?\s+(?:flst|flurst)"#)

    static let compoundParcelLabel = regex(#"\bflur\s*/\s*(?:flurst|flst)"#)

    static func parcel(_ line: Line, next: Line?, add: (DocumentField, String, Double?, String, Line, Int) -> Void) {
        // A neighbour's parcel is not the site's.
        guard firstMatch(neighbourContext, in: line) == nil else { return }
        let neighbour = false
        if let match = firstMatch(combinedParcel, in: line) {
            let name = original(line, match.range(at: 1)), flur = original(line, match.range(at: 2)), parcel = original(line, match.range(at: 3))
            add(.gemarkung, name, nil, name, line, neighbour ? 1 : 3)
            if let value = Int(flur) { add(.flur, String(value), Double(value), flur, line, neighbour ? 1 : 3) }
            add(.flurstueck, parcel.replacingOccurrences(of: " ", with: ""), nil, parcel, line, neighbour ? 1 : 3)
            return
        }
        if let match = firstMatch(gemarkungRule, in: line) {
            var value = original(line, match.range(at: 1)).trimmingCharacters(in: .whitespaces)
            if let cut = value.firstRange(of: #"\s+(?:Flur|Flurst|Flst|Fl\.|Nr|Gemeinde|Kreis|Blatt)\b.*$"#) {
                value.removeSubrange(cut)
            }
            let lowered = GermanText.foldPreservingOffsets(value).lowercased()
            // Not the next column's label ("GEMARKUNG      FL.NR.", "Gemarkung    Nr. 7 Flurstück").
            if !value.isEmpty, !["flur", "flurstuck", "gemeinde", "name", "bezeichnung"].contains(lowered), FieldValue.parse(.gemarkung, value) != nil {
                add(.gemarkung, value, nil, value, line, neighbour ? 1 : 3)
            }
        }
        if let match = firstMatch(flurRule, in: line) {
            let written = original(line, match.range(at: 1))
            // "Flur-Nr. 225": a three-digit "Flurnummer" is a Bavarian parcel number, not a Flur.
            let numbered = (line.folded as NSString).substring(with: match.range).contains("n")
            if isFieldNumber(match.range(at: 1), in: line) {
                // "6  Flur      7  Flurstück(e)": the next field's number.
            } else if numbered, written.count >= 3 {
                add(.flurstueck, written, nil, written, line, 2)
            } else if let value = Int(written) {
                add(.flur, String(value), Double(value), written, line, neighbour ? 1 : 3)
            }
        }
        // "Flur / Flurstück  3 / 117/2" is shared out by the label/value reader.
        if let match = firstMatch(flurstueckRule, in: line), firstMatch(compoundParcelLabel, in: line) == nil {
            let written = original(line, match.range(at: 1))
            let value = written.replacingOccurrences(of: " ", with: "")
            add(.flurstueck, value, nil, written, line, neighbour ? 1 : 3)
        }
    }

    // MARK: - Address

    static let siteLabel = regex(#"(?:baugrundstuck|grundstuck|lage des (?:bau)?(?:grundstucks|vorhabens|objekts)|\blage\b|bauort|baustelle|bauvorhaben in|objektanschrift|objekt(?:adresse)?|anschrift (?:des|der) (?:bau)?(?:grundstucks|baustelle|vorhabens|objekts)|standort|adresse (?:des )?(?:bau)?(?:grundstucks|vorhabens|objekts)|lagebezeichnung|belegenheit|(?<![a-z])strase(?:, hausnummer| und hausnummer| / hausnummer|, hausnr\.)?|grundstucksadresse)"#)
    static let streetRule = regex(street, caseInsensitive: false)
    static let personContext = regex(#"bauherr|antragsteller|auftraggeber|architekt|entwurfsverfasser|planverfasser|ingenieur|buro|vollmacht|bevollmacht|eigentumer|tel\.|telefon|e-mail|postanschrift|wohnhaft|firmensitz|sitz:|absender|verfasser|aufsteller|prufingenieur|sachverstandig|kammer|@|www\.|\bfax\b"#)

    static let addressLabel = regex(#"^\s*(?:anschrift|adresse|postanschrift)\b"#)
    static let siteBlock = regex(#"^\s*(?:objekt|bauvorhaben|vorhaben|baugrundstuck|grundstuck|bauort|baustelle|gebaude)\b"#)
    static let personBlock = regex(#"^\s*(?:"# + builderLabel + "|" + architectLabel + #"|name|firma|vorname|ich|wir|buro|verfasser|aufsteller)"#)

    /// The first line of the block of lines a line belongs to (up to four lines up, to a blank line):
    /// its heading ("Auftraggeber/in", "Objekt") tells whose an unlabelled address is.
    static func blockHead(above index: Int, in lines: [Line]) -> Line? {
        var position = index
        while position > 0, index - position < 4, lines[position - 1].page == lines[index].page,
              !lines[position - 1].folded.allSatisfy(\.isWhitespace) {
            position -= 1
        }
        return position < index ? lines[position] : nil
    }

    static func address(_ line: Line, next: Line?, previous: Line?, block: Line? = nil, letterhead: Bool, add: (DocumentField, String, Double?, String, Line, Int) -> Void) {
        // "Anschrift:" belongs to what the line above introduced: the building site or a person.
        if firstMatch(addressLabel, in: line) != nil, firstMatch(siteLabel, in: line) == nil, let previous {
            if firstMatch(siteBlock, in: previous) != nil, let street = matches(streetRule, in: line).first {
                let value = clean(address: original(line, street.range(at: 1)))
                add(.adresse, value, nil, value, line, 2)
                return
            }
            if firstMatch(personBlock, in: previous) != nil { return }
        }
        let streets = matches(streetRule, in: line)
        guard !streets.isEmpty || firstMatch(siteLabel, in: line) != nil else { return }
        if let label = firstMatch(siteLabel, in: line) {
            let after = streets.first { $0.range.location >= label.range.location + label.range.length }
            if let after {
                let value = clean(address: original(line, after.range(at: 1)))
                add(.adresse, value, nil, value, line, 3)
                return
            }
            if label.range.location + label.range.length >= line.ns.length - 2, let next,
               let match = firstMatch(streetRule, in: next), firstMatch(personContext, in: next) == nil {
                let value = clean(address: original(next, match.range(at: 1)))
                add(.adresse, value, nil, value, next, 2)
                return
            }
        }
        // An address without a label; in the letterhead, or under a person, it is that person's.
        if let first = streets.first, firstMatch(personContext, in: line) == nil {
            let startsLine = line.text.prefix(first.range.location).allSatisfy(\.isWhitespace)
            let underPerson = startsLine && (previous.map { firstMatch(personBlock, in: $0) != nil || firstMatch(personContext, in: $0) != nil } == true
                || block.map { firstMatch(personBlock, in: $0) != nil } == true)
            let inSiteBlock = startsLine && !underPerson && block.map { firstMatch(siteBlock, in: $0) != nil } == true
            let value = clean(address: original(line, first.range(at: 1)))
            add(.adresse, value, nil, value, line, (letterhead && startsLine) || underPerson ? 0 : (inSiteBlock ? 2 : 1))
        }
    }

    static func clean(address: String) -> String {
        address.replacing(pattern: #"\s+"#, with: " ").trimmingCharacters(in: .whitespaces)
    }

    // MARK: - People

    static let builderLabel = #"bauherr(?:in|schaft|en)?(?:/-?in)?|antragsteller(?:in)?(?:/-?in)?|auftraggeber(?:in)?(?:/-?in)?|vollmachtgeber(?:in)?(?:/-?in)?|bauwerber(?:in)?|eigentumer(?:in)?(?:/-?in)?"#
    static let architectLabel = #"entwurfsverfasser(?:in|s)?(?:/-?in)?|planverfasser(?:in|s)?(?:/-?in)?|architekt(?:in)?(?:/-?in)?|bauvorlageberechtigte[rn]?|bevollmachtigte[rn]?(?:/-?r)?|entwurf"#
    static let personLeader = qualifier + #"(?:\s*(?:[:=]|\.{2,}|…+|_{2,})\s*|\s{2,}|\s+(?:ist|sind)\s+(?:(?:die|der|das)\s+)?|\s(?=[A-Z])|\s*$)"#
    static let builderRule = regex(#"(?<![a-z])(?:"# + builderLabel + #")\b"# + personLeader + #"(.*)$"#)
    static let architectRule = regex(#"(?<![a-z])(?:"# + architectLabel + #")\b"# + personLeader + #"(.*)$"#)
    static let officeRule = regex(#"(?:architekturburo|architektenburo|architekten(?:\s*[+&]\s*ingenieure)?|planungsburo|buro fur architektur(?: und \w+)?|(?:M\.\s?A\.\s*|B\.\s?A\.\s*|Dipl\.-Ing\.\s*)?architektur)s? (?! )(.*)$"#)
    static let signedRule = regex(#"(?:aufgestellt|entworfen|gez\.|geplant|geprüft|gepruft|unterschrift entwurfsverfasser)\s*(?:von|durch)?\s*[:.]?\s+(.*)$"#)
    static let markedArchitect = regex(#"([A-Z][\w\-]+(?: [A-Z][\w\-]+){1,3})\s*\((?:EVF|Entwurfsverfasser\w*|Architekt\w*)\)"#)
    static let nameThenOffice = regex(#"^\s*([A-Z][\w\-]+ [A-Z][\w\-]+)\s+(?:architektur|architekten)\b"#)
    static let nameLabel = regex(#"^\s*(?:[A-Z]?\d{0,2}[.)]?\d{0,2}\s+|\[\d{1,3}\]\s*|\(\d{1,3}\)\s*)?(?:name(?:\s*[,/]\s*(?:vorname|firma|name|berufsbezeichnung|beruf|titel|korperschaft)| und vorname|\s*(?:bzw\.?|oder)\s*(?:firma|name))*|vor- und zuname|vorname(?:\s*[,/]\s*(?:name|firma))*|firma|bezeichnung)"# + personLeader + #"(.*)$"#)
    /// A heading naming a role ("3. Bauherr", "ABSCHNITT 2 - BAUHERRSCHAFT", "B  Bauherrin / Bauherr").
    static let headingRule = regex(#"^\s*(?:\d{1,2}(?:\.\d)?\.?\s*|[A-Z][.)]\s*|[IVX]{1,3}\.\s*|(?:abschnitt|teil)\s+[A-Z0-9]{1,3}\s*[-–:.]\s*|[A-Z]\s{1,4})?(?:angaben (?:zur|zum|zu der|zu den) )?("# + builderLabel + "|" + architectLabel + #")(?:\s*/\s*(?:"# + builderLabel + "|" + architectLabel + #"|[a-z0-9]{4,25}))?\s*(?:\(.{0,40}\))?\s*:?\s*$|^\s*(?:\d{1,2}(?:\.\d)?\.?\s*)?[A-Za-z ]{0,40}\(\s*("# + builderLabel + "|" + architectLabel + #")\s*\)\s*:?\s*$|^\s*\d{1,2}\.?\s+[a-z0-9 ]{4,25}\s*/\s*("# + builderLabel + "|" + architectLabel + #")\s*(?:\(.{0,40}\))?\s*:?\s*$"#)

    static func sectionHeading(_ line: Line) -> DocumentField? {
        guard let match = firstMatch(headingRule, in: line) else { return nil }
        // The role's word: the first, or the one in brackets, or (the first read badly) the second after a stroke.
        guard let group = (1...3).map({ match.range(at: $0) }).first(where: { $0.location != NSNotFound }) else { return nil }
        return role(named: line.ns.substring(with: group))
    }

    static let builderWord = regex("^(?:" + builderLabel + ")$")

    /// The field a role word names: Bauherr/in for the builder's words, else Entwurfsverfasser/in.
    static func role(named word: String) -> DocumentField {
        let lowered = word.lowercased()
        return firstMatch(builderWord, in: Line(page: 0, text: lowered, folded: lowered)) != nil ? .bauherr : .architekt
    }

    static func endsSection(_ line: Line) -> Bool {
        // "3." or "B)" before a heading ...
        if line.folded.firstRange(of: #"^\s*(?:\d{1,2}\.|[A-Z]\))\s"#) != nil { return true }
        // ... or "B." and a bare top-level number ("2  Baugrundstück"), unless a name follows
        // ("M. Schneider", "1   Ute Wagner": an initial, an entry of a list).
        guard let marker = line.folded.firstRange(of: #"^\s*(?:[A-Z]\.\s+|\d{1,2}\s{2,})(?=\p{L})"#) else { return false }
        return personName(String(line.text[marker.upperBound...])) == nil
    }

    /// A signature line: place and date, then the signer's name and nothing else.
    static let dateAndName = regex(#"^\s*(?:[A-Z][\w\- ]{1,30},\s*(?:den\s+)?)?\d{1,2}\.\d{1,2}\.\d{2,4}\s{2,}((?:[A-Z][\w.\-()]*\s?){2,6})\s*$"#, caseInsensitive: false)

    /// "Aufgestellt: Bergen an der Aue, den 23.07.2026": a place and a date, no signer.
    static let placeAndDate = regex(#"^[^,\d]{2,40},\s*(?:den\s+)?\d{1,2}\.\s?\d{1,2}\."#)
    /// The role under a signature: "(Entwurfsverfasser)", "Architekt/in · Entwurfsverfasser/in", "Bauherrin".
    static let roleBelow = regex(#"^\s*(?:\(\s*("# + builderLabel + "|" + architectLabel + #")\s*\)\s*$|("# + builderLabel + "|" + architectLabel + #")\s*(?:$|[·,|;]|\s{2,}))"#)
    /// "Svenja Hartmann, Entwurfsverfasser/in": a signature with the role after the name.
    static let nameThenRole = regex(#"^\s*([A-Z][\w\-]+(?: [A-Z][\w\-]+){1,3}),\s*(?i:freischaffende[rs]?(?:/-?r)?\s+)?((?i:"# + builderLabel + #"|entwurfsverfasser\w*(?:/-?in)?|planverfasser\w*(?:/-?in)?|architekt\w*(?:/-?in)?|bauvorlageberechtigte?[rn]?))\s*(?:$|[·,|;(])"#, caseInsensitive: false)

    /// The text of the next line under a label that stands at `column`: the whole line when the
    /// label starts its line or stands in running text, else the cell in the label's column ("Unterschrift Antragsteller/in
    /// Unterschrift Entwurfsverfasser/in" with a name under each).
    static func below(_ column: Int, in line: Line, next: Line) -> String {
        // A label in running text ("im Auftrag der Bauherrschaft") or at the line's start: the whole next line.
        let cells = LabelValueReader.rawCells(line.text)
        guard !line.ns.substring(to: column).trimmingCharacters(in: .whitespaces).isEmpty, cells.count >= 2 else { return next.text }
        let labelStart = cells.last { $0.start <= column }?.start ?? column
        return LabelValueReader.rawCells(next.text).first { abs($0.start - labelStart) <= 6 }?.text ?? ""
    }

    static func people(_ line: Line, next: Line?, afterNext: Line? = nil, section: DocumentField?, allowsSignature: Bool, add: (DocumentField, String, Double?, String, Line, Int) -> Void) {
        // "Grenzabstand zum Flurstück 300/25 (Eigentümer/in Katharina Schröder)": a neighbour.
        let neighbour = firstMatch(neighbourPeople, in: line) != nil || line.folded.firstRange(of: #"grenzabstand|\bzu(?:m|r)?\s+(?:flst|flurst)"#, caseInsensitive: true) != nil
        for (field, rule) in [(DocumentField.bauherr, builderRule), (.architekt, architectRule)] {
            guard !neighbour, let match = firstMatch(rule, in: line) else { continue }
            let rest = original(line, match.range(at: 1))
            if let name = personName(rest) {
                add(field, name, nil, name, line, 3)
            } else if rest.trimmingCharacters(in: .whitespaces).isEmpty, let next {
                // The name under the label, also one line further down when the columns are staggered.
                let under = below(match.range.location, in: line, next: next)
                if let name = personName(under) {
                    add(field, name, nil, name, next, 2)
                } else if under.isEmpty, let afterNext,
                          let name = personName(below(match.range.location, in: line, next: afterNext)) {
                    add(field, name, nil, name, afterNext, 2)
                }
            }
        }
        // A signature with its role underneath: "Gisela Zimmermann" / "(Entwurfsverfasser)".
        if let next, let role = firstMatch(roleBelow, in: next), let name = personName(line.text) {
            let word = role.range(at: 1).location != NSNotFound ? role.range(at: 1) : role.range(at: 2)
            add(Self.role(named: next.ns.substring(with: word)), name, nil, name, line, 2)
        }
        if let match = firstMatch(nameThenRole, in: line), let name = personName(original(line, match.range(at: 1))) {
            add(Self.role(named: line.ns.substring(with: match.range(at: 2))), name, nil, name, line, 2)
        }
        if let match = firstMatch(markedArchitect, in: line), let name = personName(original(line, match.range(at: 1))) {
            add(.architekt, name, nil, name, line, 3)
        }
        if let match = firstMatch(officeRule, in: line), firstMatch(builderRule, in: line) == nil, let name = personName(original(line, match.range(at: 1))) {
            add(.architekt, name, nil, name, line, 1)
        }
        if let match = firstMatch(nameThenOffice, in: line), let name = personName(original(line, match.range(at: 1))) {
            add(.architekt, name, nil, name, line, 1)
        }
        if allowsSignature, let match = firstMatch(signedRule, in: line), firstMatch(placeAndDate, in: Line(page: 0, text: original(line, match.range(at: 1)), folded: original(line, match.range(at: 1)))) == nil,
           let name = personName(original(line, match.range(at: 1))) {
            add(.architekt, name, nil, name, line, 0)
        }
        if allowsSignature, let match = firstMatch(dateAndName, in: line), let name = personName(original(line, match.range(at: 1))) {
            add(.architekt, name, nil, name, line, 0)
        }
        if let section, let match = firstMatch(nameLabel, in: line) {
            let rest = original(line, match.range(at: 1))
            if let name = personName(rest) {
                add(section, name, nil, name, line, 3)
            } else if rest.trimmingCharacters(in: .whitespaces).isEmpty || rest.firstRange(of: #"^\s*\d{1,2}\.\d{1,2}\s"#) != nil
                        // More of the label: "Name, Vorname, Berufsbezeichnung", "Name bzw. Firma / Körperschaft".
                        || rest.firstRange(of: #"^\s*(?:[,/(]|bzw\.?\s|oder\s)[^\d]{0,50}$"#) != nil,
                      let next, let name = personName(next.text) {
                // "2.1 Name, Vorname bzw. Firma" with the name on the line below, also when the
                // next form field stands beside it ("3.1 Name      3.2 Mitgliedsnr.").
                add(section, name, nil, name, next, 3)
            }
        }
    }

    /// Documents signed by other engineers: a signature there is not the Entwurfsverfasser's.
    static let engineeringKinds: Set<DocumentKind?> = [.standsicherheitsnachweis, .brandschutznachweis, .waermeschutznachweis, .entwaesserungsplan, .liegenschaftskataster, .sonstiges]

    static let titles = #"(?i)\b(?:(?:Architektur|Architekten|Planungs|Ingenieur)b(?:u|ü)ro\s+(?=\p{Lu}\p{Ll}+\s\p{Lu})|D[il1]pl\.?\s?-?\s?Ing\.?(?:\s?\((?:FH|TH|TU|Univ\.?)\)|\s?Univ\.|\s?FH\b)?|Dipl\.?-?(?:Arch|Kfm|Kffr|Wirt\.-Ing)\.?|Arch\.(?=\s)|Dr\.?\s?-?\s?Ing\.|Dr\.|Prof\.|M\.\s?(?:Sc|A|Eng)\.?|B\.\s?(?:Sc|A|Eng)\.?|Freie[rs]?\s|Innenarchitekt(?:in)?(?:/-?in)?|Arch[a-z1]{3}kt(?:in)?(?:/-?in)?|Bauleitung\s+(?=\p{Lu}\p{Ll}+\s\p{Lu})|(?:Atelier|ATELIER|B(?:ü|ue|u)ro|BÜRO|Architektur)\s+(?=\p{Lu}\p{Ll}+\s\p{Lu})|Stadtplaner(?:in)?|Bauingenieur(?:in)?|Ingenieur(?:in)?|Beratende[rs]?|Herrn?|Frau|Firma|Fa\.|BDA|gez\.)\s*"#
    static let nameStop = #"\s{2,}|,|;|\s[-–]\s|\s\(|\s(?:Tel|Telefon|Fax|E-Mail|Anschrift|wohnhaft|vertreten|Kammer|Mitglied|Mitgl|Liste|Nr\.)\b|\d"#
    static let notNames: Set<String> = [
        "siehe", "wie", "name", "vorname", "aw", "re", "wg", "fwd", "betreff", "unterschrift", "datum", "ort", "anlage", "gemaß", "gemass", "und",
        "der", "die", "das", "des", "den", "dem", "fur", "zur", "zum", "vom", "ist", "wird", "hat", "sind", "ein", "eine", "mit",
        "bauantrag", "bauvorhaben", "stempel", "adresse", "anschrift", "vertreten", "bevollmachtigt", "hiermit",
        // Roles and offices named instead of a person ("Planer der Entwässerungsanlage").
        "planer", "planerin", "verfasser", "verfasserin", "aufsteller", "bearbeiter", "bearbeiterin", "bauleitung", "projektleitung", "hinweis",
    ]

    /// German nouns of forms and tables, by their endings, and abbreviations of a form's columns.
    static let formNoun = regex(#"^(?:\p{L}{5,}(?:ung|ungen|heit|keit|tion|schaft)|\p{L}+(?:grosse|gro(?:s|ss)e)|\p{L}*(?:nummer|platz|datum|index|massstab|masstab|blatt|flache|zahl)|nr|b-plan|[a-z]-plan)$"#)
    static let companyWord = regex(#"\b(?:GmbH|mbH|MBH|AG|KG|eG|e\.\s?V\.|OHG|GbR|PartG|PartGmbB|Stadt|Gemeinde|Kirchengemeinde|Landkreis|Stiftung|Genossenschaft|Verein|Verband|WEG)\b|(?i:gesellschaft|genossenschaft|gemeinschaft)"#, caseInsensitive: false)
    /// An office or company rather than a person ("ELBTAL PLAN INGENIEURGESELLSCHAFT MBH",
    /// "BAUER + LINDL ARCHITEKTEN", "Architekturbüro Zeilhofer", "KRAUSEN PARTG MBB").
    static func isOffice(_ name: String) -> Bool {
        let line = Line(page: 0, text: name, folded: GermanText.foldPreservingOffsets(name))
        return firstMatch(companyWord, in: line) != nil || firstMatch(officeWord, in: line) != nil
    }
    /// Whether the name stands after "z. Hd.", "vertreten durch" on its line, or under a
    /// "vertreten durch" label that names no one itself. "Stadtwerke GmbH, vertreten durch Herrn Ott"
    /// keeps the company.
    static func isRepresentative(_ name: String, on line: Line, below above: Line?) -> Bool {
        if let at = line.text.range(of: name) {
            let before = String(line.text[..<at.lowerBound])
            if firstMatch(representative, in: Line(page: 0, text: before, folded: GermanText.foldPreservingOffsets(before))) != nil { return true }
        }
        guard let above, let match = firstMatch(representative, in: above) else { return false }
        return personName(above.ns.substring(from: match.range.location + match.range.length)) == nil
    }
    static let siteWords = regex(#"grundstuck|bauort|baustelle|bauvorhaben|vorhaben|\blage\b|objekt|standort|belegenheit"#)
    static let representative = regex(#"\bz\.\s?hd\.?|zu h(?:a|ä)nden|vertreten durch|vertr\.\s?d(?:urch|\.)|ansprechp(?:artner|erson)"#)
    static let officeWord = regex(#"\bAK\b|kammer\b|architekten\b|architektur|archit\w*\s+ten\b|b(?:u|ue|ü)ro\b|\bburo|atelier|ingenieur|\bplan(?:ung)?\b|partner|studio|\bpartg(?:mbb)?\b|\bmbb\b|\+"#)

    /// Lower-case words inside names ("Bergen an der Aue", "Ludwig van Beethoven", "Wohnbau eG").
    static let nameConnectors: Set<String> = ["von", "van", "de", "der", "den", "zu", "zur", "und", "an", "am", "im", "in", "bei", "ob", "mbH", "eG", "e.V.", "gGmbH", "mbB", "&", "+"]

    /// A person's or company's name at the start of a text, titles removed; nil if it does not look like one.
    static func personName(_ raw: String) -> String? {
        var text = raw.trimmingCharacters(in: .whitespaces)
        // A list number or a dotted leader before the name ("1   Marta Zimmermann", "1 ..... Ute Roth").
        text = text.replacing(pattern: #"^(?:\d{1,2}[.)]?\s+)?(?:[.…_]{2,}\s*)?(?=\p{Lu})"#, with: "")
        text = text.replacing(pattern: titles, with: "")
        if let stop = text.firstRange(of: nameStop) { text = String(text[..<stop.lowerBound]) }
        text = text.trimmingCharacters(in: CharacterSet(charactersIn: " .:/-–"))
        text = text.replacing(pattern: #"^(?:\d{1,2}[.)]?|[a-z]\))\s+"#, with: "")
        var kept: [Substring] = []
        for word in text.split(separator: " ") {
            if word.first?.isLowercase == true, !nameConnectors.contains(String(word)) { break }
            kept.append(word)
        }
        while let last = kept.last, last.first?.isLowercase == true, !["mbH", "eG", "e.V.", "gGmbH", "mbB"].contains(String(last)) { kept.removeLast() }
        text = kept.joined(separator: " ")
        // A bracket closed after the name that was opened before it ("(Ute Roth)").
        if text.hasSuffix(")"), !text.contains("(") { text = String(text.dropLast()).trimmingCharacters(in: .whitespaces) }
        let words = text.split(separator: " ")
        guard (2...7).contains(words.count), text.count <= 80, let first = text.first, first.isUppercase else { return nil }
        let folded = words.map { GermanText.foldPreservingOffsets(String($0)).lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ":.,;")) }
        if notNames.contains(folded[0]) { return nil }
        // "Potsdamer Chaussee 76": a street, its number cut off above.
        let whole = Line(page: 0, text: raw.trimmingCharacters(in: .whitespaces), folded: GermanText.foldPreservingOffsets(raw.trimmingCharacters(in: .whitespaces)))
        if let street = firstMatch(streetRule, in: whole), street.range.location <= 1 { return nil }
        // A form's words are no one's name ("Festsetzung B-Plan", "Stellplatz Nr.", "PLANGRÖSSE INDEX");
        // a company may carry such nouns ("Projektentwicklung GmbH").
        if firstMatch(companyWord, in: Line(page: 0, text: text, folded: text)) == nil,
           folded.contains(where: { firstMatch(formNoun, in: Line(page: 0, text: $0, folded: $0)) != nil }) { return nil }
        let capitalised = words.filter { $0.first?.isUppercase == true }.count
        guard capitalised >= 2 || text.contains("GmbH") || text.contains(" eG") || text.contains(" AG") || text.contains(" KG") else { return nil }
        return text
    }

    // MARK: - Building class, storeys, use

    static let classRule = regex(#"(?:gebaudeklasse|\bGK\b)(?:\s*\([^)\n]{0,60}\)|(?!\s*\())\s*(?:\(?(?:nach|gem\.?|gemas)?\s*§\s*2\s*(?:abs\.?\s*\d)?\s*(?:[a-z]{2,6}\s?[a-z]{0,5}\.?)?\)?)?"# + leader + #"(?:GK\s*)?([1-5]|I{1,3}|IV|V)\b(?!\s*(?:m\b|,\d|\.\d|(?:bis|-|–|und|oder)\s*(?:GK\s*)?\d))"#)
    /// The label with what qualifies it ("Gebäudeklasse (§ 2 Abs. 3 BbgBO)").
    static let classLabel = regex(#"(?:gebaudeklasse|\bGK\b)(?:\s*\([^)\n]{0,60}\))?"#)
    static let classValue = regex(#"(?<![\w.,§/])(?<!§\s)(?<!abs\.\s)(?<!nr\.\s)([1-5])(?![\w.,/])"#)
    static let checkedRule = regex(#"(?:\[\s*[xX✗✘]\s*\]|☒|☑|\(\s*[xX]\s*\)|■|⊠)\s*(?:GK\s*)?([1-5])\b"#)

    static func buildingClass(_ line: Line, lines: [Line] = [], index: Int = 0, add: (DocumentField, String, Double?, String, Line, Int) -> Void) {
        guard let label = firstMatch(classLabel, in: line),
              line.folded.firstRange(of: #"kategorie|geotechn"#, caseInsensitive: true) == nil else { return }
        // A row of a comparison table: the class in the declared column.
        let values = matches(classValue, in: line).filter { $0.range.location >= label.range.location + label.range.length }
        if let nearest = inDeclaredColumn(values, above: index, in: lines), let value = Int(original(line, nearest.range(at: 1))) {
            add(.gebaeudeklasse, String(value), Double(value), original(line, nearest.range(at: 1)), line, 3)
            return
        }
        if let checked = firstMatch(checkedRule, in: line) {
            let written = original(line, checked.range(at: 1))
            if let value = Int(written) { add(.gebaeudeklasse, String(value), Double(value), written, line, 3) }
            return
        }
        if line.folded.contains("[ ]") || line.folded.contains("☐") { return }
        if let match = firstMatch(classRule, in: line) {
            let written = original(line, match.range(at: 1))
            if let value = Int(written) ?? roman(written), (1...5).contains(value) {
                add(.gebaeudeklasse, String(value), Double(value), written, line, 3)
            }
        }
    }

    static let storeysAfter = regex(#"(?:anzahl der |zahl der )?vollgeschos(?:s|se|sen)\b"# + qualifier + leader + #"(?:geplant\s*:?\s*|vorhanden\s*:?\s*)?(?:[a-z]\s*=\s*)?(?<!§\s)(?<!§)(?<!abs\.\s)(\d{1,2}|[IVX]{1,4}|ein|zwei|drei|vier|funf|sechs|sieben|acht)\b(?!\s*(?:m\b|,\d|\.\d))"#)
    static let storeysBefore = regex(#"(?<![\w.–-])(?<!nr\.\s)(?<!nr\s)(?<!ef\s)(?<!pos\.\s)(?<!ziff\.\s)(\d{1,2}|[IVX]{1,4}|ein|zwei|drei|vier|funf|sechs|sieben|acht)\s*(?:\(\w+\)\s*)?(?:(?:oberirdische|anrechenbare|volle|geplante|neue)(?:[nrs]|\([nrs]\))?\s+)?vollgeschos"#)
    /// Storey values in a row of a comparison table ("Zahl der Vollgeschosse  |  II  |  6").
    static let storeyValue = regex(#"(?<![\w.,])(\d{1,2}|[IVX]{1,4})(?:\s?\+\s?D)?(?![\w.,])"#, caseInsensitive: false)
    static let storeyWords = ["ein": 1, "zwei": 2, "drei": 3, "vier": 4, "funf": 5, "sechs": 6, "sieben": 7, "acht": 8]

    /// "zweigeschossiges Wohnhaus", "III-geschossig", "3 VG": the storeys without the word Vollgeschoss.
    static let storeysAdjective = regex(#"(?<![\w.,])(\d{1,2}|[IVX]{1,4}|ein|zwei|drei|vier|funf|sechs|sieben|acht)\s?-?\s?geschossig"#)
    static let storeysAbbreviated = regex(#"(?<![\w.,])(\d{1,2}|[IVX]{1,4})\s*VG\b"#, caseInsensitive: false)

    static func storeys(_ line: Line, lines: [Line] = [], index: Int = 0, add: (DocumentField, String, Double?, String, Line, Int) -> Void) {
        for rule in [storeysAdjective, storeysAbbreviated] {
            guard let match = firstMatch(rule, in: line), line.folded.firstRange(of: #"zulassig|hochstens|festgesetzt|festsetzung|bebauungsplan|bestand|abbruch|abriss|nachbar"#, caseInsensitive: true) == nil else { continue }
            let written = original(line, match.range(at: 1))
            if let value = Int(written) ?? roman(written.uppercased()) ?? storeyWords[GermanText.foldPreservingOffsets(written).lowercased()], (1...40).contains(value) {
                add(.vollgeschosse, String(value), Double(value), written, line, 1)
            }
        }
        guard line.folded.range(of: "vollgescho", options: .caseInsensitive) != nil else { return }
        // A row under a "zulässig | Planung" header: the value in the planned column.
        if let label = line.folded.range(of: "vollgescho", options: .caseInsensitive) {
            let start = line.folded.utf16.distance(from: line.folded.utf16.startIndex, to: label.upperBound.samePosition(in: line.folded.utf16) ?? line.folded.utf16.startIndex)
            let values = matches(storeyValue, in: line).filter { $0.range.location > start }
            if let nearest = inDeclaredColumn(values, above: index, in: lines) {
                let written = original(line, nearest.range(at: 1))
                if let value = Int(written) ?? roman(written), (1...40).contains(value) {
                    add(.vollgeschosse, String(value), Double(value), written, line, 3)
                    return
                }
            }
        }
        if line.folded.firstRange(of: #"zulassig|hochstens|maximal|max\.|hochstzahl|festgesetzt|festsetzung|zwingend|hochstma(?:s|ss)"#, caseInsensitive: true) != nil,
           line.folded.firstRange(of: #"geplant|vorhanden|vorh\.|ist\b|planung"#, caseInsensitive: true) == nil {
            return
        }
        for rule in [storeysAfter, storeysBefore] {
            guard let match = firstMatch(rule, in: line), rule !== storeysAfter || !isFieldNumber(match.range(at: 1), in: line) else { continue }
            let written = original(line, match.range(at: 1))
            let value = Int(written) ?? roman(written) ?? storeyWords[written.lowercased()]
            if let value, (1...40).contains(value) {
                add(.vollgeschosse, String(value), Double(value), written, line, 3)
                return
            }
        }
    }

    static func roman(_ text: String) -> Int? {
        ["I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10][text]
    }

    static let useLabel = regex(#"(?:art der (?:baulichen )?nutzung|nutzungsart|hauptnutzung|\bnutzung\b|gebaudeart|art des gebaudes|gebaudetyp|zweckbestimmung|art der anlage|genutzt als|nutzung als)\s*(?:\([^)\n]{0,30}\))?\s*[:.]?\s*(.+)$"#)
    static let projectLabel = regex(#"(?:bezeichnung des (?:bau)?vorhabens|\bbauvorhaben\b|\bvorhaben\b|art des vorhabens|gegenstand|betreff|\bobjekt\b|\bprojekt\b|bauma(?:s|ss)nahme)\s*(?:\([^)\n]{0,30}\))?\s*[:.]?\s*(.+)$"#)
    static let projectWords = regex(#"\b(?:neubau|errichtung|umbau|erweiterung|nutzungsanderung|aufstockung|anbau)\b"#)
    static let zoneWords = regex(#"baugebiet|wohngebiet|mischgebiet|gewerbegebiet|kerngebiet|dorfgebiet|\bWA\b|\bWR\b|\bMI\b|\bGE\b|\bMU\b|bebauungsplan|b-plan|festsetzung"#)

    static func use(_ line: Line, add: (DocumentField, String, Double?, String, Line, Int) -> Void) {
        if firstMatch(zoneWords, in: line) != nil { return }
        if let match = firstMatch(useLabel, in: line), let use = BuildingUse.named(in: original(line, match.range(at: 1))) {
            add(.nutzung, use.rawValue, nil, original(line, match.range(at: 1)).trimmingCharacters(in: .whitespaces), line, 3)
        } else if let match = firstMatch(projectLabel, in: line), let use = BuildingUse.named(in: original(line, match.range(at: 1))) {
            add(.nutzung, use.rawValue, nil, original(line, match.range(at: 1)).trimmingCharacters(in: .whitespaces), line, 2)
        } else if firstMatch(projectWords, in: line) != nil, let use = BuildingUse.named(in: line.text) {
            add(.nutzung, use.rawValue, nil, line.text.trimmingCharacters(in: .whitespaces), line, 1)
        }
    }

    // MARK: - Height

    static let heightLabels: [(NSRegularExpression?, Int)] = [
        (regex(#"(?:gebaudehohe|gesamthohe|hohe der baulichen anlage|hohe des gebaudes|hohe baulicher anlagen|bauwerkshohe|hohe \(gesamt\)|hohe gesamt|max(?:imale|\.)? hohe|hohe uber (?:gelande|gok|gelandeoberflache)|hohe ok)"# + heightQualifier + separator + "(" + number + #")\s*m\b(?![²2³3])"#), 3),
        (regex(#"(?:firsthohe|(?<![a-z])first(?![a-z])|oberkante (?:first|attika|dach)|ok (?:first|attika)|attikahohe|hohe first|first)"# + separator + "(" + number + #")\s*m\b(?![²2³3])"#), 2),
        (regex(#"(?<![a-z])hohe\b"# + heightQualifier + separator + "(" + number + #")\s*(?:m|rn)\b(?![²2³3])"#), 1),
        // The height of the building classes (MBO § 2 Abs. 3): "Die Fußbodenoberkante des höchstgelegenen
        // Geschosses, in dem ein Aufenthaltsraum möglich ist, liegt im Mittel 8,57 m über der Geländeoberfläche".
        (regex(#"fu(?:s|ss)bodenoberkante des hochstgelegenen geschosses[^.\d]{0,80}?(?:liegt|betragt)(?:\s+(?:im mittel|ca\.|rd\.|bei))?\s+("# + number + #")\s*m\b(?![²2³3])"#), 2),
        // "Der höchste Punkt des Daches liegt 11,55 m über der Geländeoberfläche".
        (regex(#"hochste[rn]? punkt[^\d\n:]{0,40}?"# + leader + "(" + number + #")\s*m\b(?![²2³3])"#), 2),
    ]
    /// "Höhe nach der HBO", "Höhe im Sinne des § 2 Abs. 3": words that say which height is meant.
    static let heightQualifier = #"(?:,?\s+(?:nach|gem\.?|gema(?:s|ss)|gemessen|im sinne|i\.\s?s\.)\s[^:\n]{0,80}?,?(?=\s(?:betragt|von|liegt|bei|\d)|\s*[:=]))?"#
    static let absoluteHeight = regex(#"^\s*(?:u\.?\s*nhn|u\.?\s*nn|uber nhn|uber nn|nhn|dhhn)"#)
    static let notBuildingHeight = regex(#"traufhohe|raumhohe|lichte|brustung|geschosshohe|sockel|wandhohe|kniestock|durchfahrtshohe|aufbauhohe|stufen|hohenlage|gelandehohe|gelande:|fu(?:s|ss)bodenhohe|okff|hohe der (?:decke|wand|brustung)"#)

    /// Words that make a value a former one ("ursprünglich", "bisher", "zuvor").
    static let formerWords = regex(#"ursprunglich|bisher|zuvor|vorher|fruher|anstelle|statt\b|\balt(?:e[nr]?)?\b"#)
    static let plainDecimal = regex(#"(?<![\d.,])(\d{1,3},\d{1,2})(?![\d.,])"#)
    static let metres = regex(#"(?<![\d.,])("# + number + #")\s*m\b(?![²2³3])"#)

    static func height(_ line: Line, lines: [Line] = [], index: Int = 0, add: (DocumentField, String, Double?, String, Line, Int) -> Void) {
        guard line.folded.firstRange(of: #"hohe|first|attika|hochste|hochstgelegen"#, caseInsensitive: true) != nil else { return }
        // A row under a "zulässig | Planung" header: the height in the planned column.
        if firstMatch(notBuildingHeight, in: line) == nil {
            // The unit may stand in the label or its own column ("Gebäudehöhe [m] | 14,10 | 7,44").
            let withUnit = matches(metres, in: line)
            let values = withUnit.count >= 2 ? withUnit : matches(plainDecimal, in: line)
            if let nearest = inDeclaredColumn(values, above: index, in: lines) {
                let written = original(line, nearest.range(at: 1))
                if let value = GermanNumber.parse(written, groupedThousands: false), value > 2, value < 250 {
                    add(.hoehe, format(value), value, written, line, 3)
                    return
                }
            }
        }
        if line.folded.firstRange(of: #"zulassig|hochstens|festgesetzt|max\. zul"#, caseInsensitive: true) != nil,
           line.folded.firstRange(of: #"geplant|vorhanden|vorh\.|planung"#, caseInsensitive: true) == nil {
            return
        }
        for (rule, priority) in heightLabels {
            for match in matches(rule, in: line) {
                let before = line.ns.substring(to: match.range.location)
                if before.firstRange(of: #"(traufhohe|raumhohe|lichte|brustung|geschosshohe|sockel|wandhohe|kniestock)\S*\s*$"#, caseInsensitive: true) != nil { continue }
                let labelText = line.ns.substring(with: match.range)
                if firstMatch(notBuildingHeight, in: Line(page: 0, text: labelText, folded: labelText)) != nil { continue }
                let end = match.range.location + match.range.length
                let rest = line.ns.substring(from: end)
                if firstMatch(absoluteHeight, in: Line(page: 0, text: rest, folded: rest)) != nil { continue }
                // "Ursprünglich war eine Gebäudehöhe von 14,60 m vorgesehen": a height given up.
                let sentence = NumberCandidate.sentence(before: before, line: 0, in: [])
                if firstMatch(formerWords, in: Line(page: 0, text: sentence, folded: sentence)) != nil { continue }
                let written = original(line, match.range(at: 1))
                guard let value = GermanNumber.parse(written, groupedThousands: false), value > 2, value < 250 else { continue }
                add(.hoehe, format(value), value, written, line, priority)
                return
            }
        }
    }

    // MARK: - Areas

    static let bgfRule = regex(#"(?:brutto-?\s?grundflache|bruttogrundflache|brutto-?\s?geschossflache|\bBGF\b|\bBGF\s?\(R\)|brutto-?flache)(?:\s*\(BGF\))?(?:\s*(?:nach|gem\.?|gema(?:s|ss))?\s*DIN\s*277(?:-1)?)?(?:\s*\(?R\)?)?(?:\s*(?:gesamt|insgesamt|summe))?"# + separator + "(?<!din )(" + number + #")\s*(?:m²|m2|qm|m\^2)?(?![\d³3])"#)
    static let bgfLabel = regex(#"brutto-?\s?grundflache|bruttogrundflache|\bBGF\b"#)
    static let siteAreaLabel = regex(#"grundstucksflache|grundstucksgro(?:s|ss)e|flache des (?:bau)?grundstucks"#)
    /// An area in a table cell: not a standard's number ("DIN 277"), not part of a date or a fraction.
    static let areaNumber = regex(#"(?<![\d.,/])(?<!din )(?<!din)("# + number + #")(?![\d.,/])"#)
    static let bgfAfter = regex(#"(?<![\d.,])(?<!je\s)(?<!pro\s)(?<!per\s)("# + number + #")\s*(?:m²|m2|qm)\s*(?:BGF|Brutto-?\s?Grundfl(?:a|ä)che)\b(?![^|\n]{0,50}?(?:\.{2,}|:|…|=)\s*\d)"#)
    static let siteRule = regex(#"(?:grundstucksflache|grundstucksgro(?:s|ss)e|flache des (?:bau)?grundstucks|gro(?:s|ss)e des (?:bau)?grundstucks|flurstucksflache|buchflache|amtliche flache|grundstucksflache (?:lt\.|laut) kataster|ma(?:s|ss)gebliche grundstucksflache|ma(?:s|ss)gebende grundstucksflache|anrechenbare grundstucksflache|grundstuck(?:sgrose)?\s*\(gesamt\)|baugrundstuck(?:sflache)?|flache (?:lt\.|laut) (?:kataster|grundbuch|liegenschaftskataster)|grdst\.?-?\s?(?:flache|gro(?:s|ss)e)?|grundstuck(?=\s{2,}\d|\s*:\s*\d))(?:\s*\(?(?:AG|FGS|GSF|m²)\)?)?"# + separator + "(" + number + #")\s*(?:m²|m2|qm|m\^2)?(?![\d³3])"#)
    static let siteSentence = regex(#"(?:grundstuck|flurstuck)[^.\n]{0,90}?(?:gro(?:s|ss)e|flache) von\s+(?:rund |ca\. |etwa )?("# + number + #")\s*(?:m²|m2|qm)"#)
    static let plainAreaRule = regex(#"(?<![a-z])flache\b(?:\s*\(?(?:m²|qm)\)?)?"# + separator + "(" + number + #")\s*(?:m²|m2|qm)"#)
    static let totalWords = regex(#"gesamt|summe|insgesamt|total|\bsumme\b|\bges\.?\b"#)

    /// "15 Zahl der Vollgeschosse      16 Geschossfläche": a number after a column gap and before a
    /// word is the next form field's number, not this field's value.
    static func isFieldNumber(_ range: NSRange, in line: Line) -> Bool {
        guard range.location >= 2, range.location + range.length < line.ns.length else { return false }
        // A gap after other text (a label), not the indentation of the line.
        let before = line.ns.substring(to: range.location)
        let gap = before.hasSuffix("  ") && !before.trimmingCharacters(in: .whitespaces).isEmpty
        let after = line.ns.substring(from: range.location + range.length)
        guard gap else { return false }
        if after.firstRange(of: #"^ \p{L}{3}"#) != nil { return true }
        // "6  Flur      7  Flurstück(e)": two blanks, then another field's label.
        guard after.hasPrefix("  "), !after.hasPrefix("   ") else { return false }
        let next = LabelValueReader.cells(after).first?.text ?? ""
        return !LabelValueReader.labelMatches(next).isEmpty
    }

    static func areas(_ line: Line, next: Line?, lines: [Line] = [], index: Int = 0, kind: DocumentKind?, add: (DocumentField, String, Double?, String, Line, Int) -> Void) {
        // A row of a comparison table ("BGF | m² | 212,75 | 4.931,00" under "bisher | neu"): the declared column.
        for (field, label) in [(DocumentField.bgf, bgfLabel), (.grundstuecksflaeche, siteAreaLabel)] {
            // The label names the row: it stands in the row's first cell ("Fahrräder | 1 je 50 qm BGF | 14" is no BGF row).
            guard let found = firstMatch(label, in: line), let first = LabelValueReader.cells(line.text).first,
                  found.range.location < first.start + first.text.utf16.count else { continue }
            let values = matches(areaNumber, in: line).filter { $0.range.location >= found.range.location + found.range.length }
            if let nearest = inDeclaredColumn(values, above: index, in: lines),
               let value = GermanNumber.parse(original(line, nearest.range(at: 1)), groupedThousands: true), value >= 10 {
                add(field, format(value), value, original(line, nearest.range(at: 1)), line, 4)
            }
        }
        if let match = firstMatch(bgfRule, in: line), !isFieldNumber(match.range(at: 1), in: line) {
            let written = original(line, match.range(at: 1))
            if let value = GermanNumber.parse(written, groupedThousands: true), value >= 10 {
                let perStorey = line.folded.firstRange(of: #"\b(?:EG|OG|DG|KG|UG|\d\.\s?OG|erdgeschoss|obergeschoss|dachgeschoss|kellergeschoss)\b"#, caseInsensitive: true) != nil
                let priority = firstMatch(totalWords, in: line) != nil ? 4 : (perStorey ? 1 : 3)
                add(.bgf, format(value), value, written, line, priority)
            }
        }
        if firstMatch(bgfRule, in: line) == nil, let match = firstMatch(bgfAfter, in: line) {
            let written = original(line, match.range(at: 1))
            if let value = GermanNumber.parse(written, groupedThousands: true), value >= 10 {
                add(.bgf, format(value), value, written, line, 2)
            }
        }
        // "GFZ = GF / Grundstücksfläche = 3.411,76 m² / 3.578,00 m²": a formula, its first number is not the site's.
        let formula = line.folded.firstRange(of: #"\b(?:grz|gfz)\b[^=]*=.*[/:]"#, caseInsensitive: true) != nil
        if !formula, let match = firstMatch(siteRule, in: line) {
            let written = original(line, match.range(at: 1))
            // "Die Grundstücksfläche beträgt 531 qm, die zulässige GRZ ...": only words before the number count.
            let upToValue = line.ns.substring(to: match.range(at: 1).location + match.range(at: 1).length)
            if let value = GermanNumber.parse(written, groupedThousands: true), value >= 20,
               upToValue.firstRange(of: #"nachbar|zulassig|anteil"#, caseInsensitive: true) == nil {
                add(.grundstuecksflaeche, format(value), value, written, line, 3)
            }
        } else if let match = firstMatch(siteSentence, in: line), let value = GermanNumber.parse(original(line, match.range(at: 1)), groupedThousands: true), value >= 20 {
            add(.grundstuecksflaeche, format(value), value, original(line, match.range(at: 1)), line, 2)
        } else if kind == .liegenschaftskataster || kind == .lageplan, let match = firstMatch(plainAreaRule, in: line),
                  line.folded.firstRange(of: #"nachbar|gebaude|wohn|nutz|grundflache|geschossflache|versiegel|dach|gruen|grun"#, caseInsensitive: true) == nil {
            let written = original(line, match.range(at: 1))
            if let value = GermanNumber.parse(written, groupedThousands: true), value >= 20 {
                add(.grundstuecksflaeche, format(value), value, written, line, 1)
            }
        }
    }

    // MARK: - GRZ and GFZ

    static let grzLabel = regex(#"(?:grundflachenzahl|\bGRZ\b)(?!\s*(?:II|2)\b)"#)
    static let gfzLabel = regex(#"(?:geschossflachenzahl|\bGFZ\b)"#)
    static let ratioNumber = regex(#"(?<![\d.,§])(?<!§\s)(?<!§§\s)(\d(?:[.,]\d{1,3})?)(?!\d|[.,]\d|[\d.,]*\s*(?:m²|m2|qm|m\b|%)|\s\d{3}\b)"#)
    static let permittedWords = regex(#"zulassig|zul\.|hochstens|maximal|max\.|festgesetzt|festsetzung|bebauungsplan|b-plan|bplan|obergrenze|hochstma(?:s|ss)|soll|grenzwert|zulassige|nutzungsschablone|\bfest\b|\bsetzt\b|gebiet\b"#)
    static let permittedBracket = regex(#"\([^()]*(?:zul|max|festgesetzt|b-plan|bebauungsplan|hochstens)[^()]*\)"#)
    static let declaredWords = regex(#"geplant|vorhanden|vorh\.|\bist\b|planung|gewahlt|tatsachlich|ergibt|ergeben|errechnet|berechnet|erreicht|beantragt|erklart|vorhaben|=|neu\b"#)
    static let secondaryGRZ = regex(#"grz\s*(?:ii|2)\b|§\s*19\s*abs\.?\s*4|nebenanlagen|uberschreitung|inkl\.|einschlie(?:s|ss)lich|zzgl"#)

    static func ratios(_ line: Line, lines: [Line], index: Int, add: (DocumentField, String, Double?, String, Line, Int) -> Void) {
        for (field, label, limit) in [(DocumentField.grz, grzLabel, 1.0), (.gfz, gfzLabel, 10.0)] {
            guard let labelMatch = firstMatch(label, in: line) else { continue }
            if field == .grz, firstMatch(secondaryGRZ, in: line) != nil { continue }
            let start = labelMatch.range.location + labelMatch.range.length
            // Up to the other ratio's label ("eine GRZ von 0,4 und eine GFZ von 0,8"), and not a page,
            // sheet or field number ("Blatt: GRZ-GFZ   Seite 1 von 1").
            let other = matches(field == .grz ? gfzLabel : grzLabel, in: line).map(\.range.location).filter { $0 > start }.min() ?? Int.max
            let all = matches(ratioNumber, in: line).filter { $0.range.location >= start && $0.range.location < other }.compactMap { match -> (NSRange, Double, String)? in
                let before = line.ns.substring(with: NSRange(location: start, length: match.range.location - start))
                if before.firstRange(of: #"(?:seite|blatt|nr\.?|feld|anlage|abs\.?|teil|pos\.?|von)\s*$"#, caseInsensitive: true) != nil,
                   before.firstRange(of: #"^\s*(?:\S+\s+){0,2}von\s*$"#, caseInsensitive: true) == nil { return nil }
                let written = original(line, match.range(at: 1))
                guard let value = GermanNumber.parse(written, groupedThousands: false), value > 0, value <= limit else { return nil }
                return (match.range(at: 1), value, written)
            }
            // "GRZ vorh. (zul. lt. B-Plan 0,6)   0,54": a number in brackets with a permitted word is the permitted one.
            let bracketed = matches(permittedBracket, in: line).map(\.range)
            var numbers = all.count > 1 ? all.filter { number in !bracketed.contains { NSLocationInRange(number.0.location, $0) } } : all
            // "GFZ = GF / Grundstücksfläche = 3 970,37 / 3.996 = 0,99": a formula's result stands after its last "=".
            let equals = line.ns.range(of: "=", options: .backwards)
            if line.ns.substring(from: start).filter({ $0 == "=" }).count >= 2, equals.location != NSNotFound {
                numbers = numbers.filter { $0.0.location > equals.location }
            }
            guard !numbers.isEmpty else { continue }
            let tail = line.ns.substring(from: start)
            let tailLine = Line(page: 0, text: tail, folded: tail)
            // The sentence up to the label, also when begun in the lines above ("Der Bebauungsplan
            // setzt ... fest", "Festgesetzt sind ... GRZ 0,6"), may make it the permitted value.
            let before = line.ns.substring(to: labelMatch.range.location)
            let above = lines[max(0, index - 3)..<index].filter { $0.page == line.page }.map(\.folded)
            let sentence = NumberCandidate.sentence(before: before, line: above.count, in: above + [line.folded])
            let permittedHere = firstMatch(permittedWords, in: tailLine)
            let permitted = permittedHere ?? firstMatch(permittedWords, in: Line(page: 0, text: before, folded: before))
                ?? firstMatch(permittedWords, in: Line(page: 0, text: sentence, folded: sentence))
            let declared = firstMatch(declaredWords, in: tailLine)
            var chosen: (NSRange, Double, String)?
            var priority = 3
            if let column = declaredColumn(above: index, in: lines), numbers.count >= 2 {
                chosen = numbers.min { abs($0.0.location - column) < abs($1.0.location - column) }
            } else if numbers.count == 1 {
                // Only the plan's value ("Festgesetzt sind ... GRZ 0,6"): not what the application declares.
                if permitted != nil, declared == nil { continue }
                chosen = numbers[0]
            } else if let declared {
                // The number right after a "declared" word, else the last one (a calculation's result).
                let declaredAt = start + declared.range.location
                chosen = numbers.first { $0.0.location > declaredAt } ?? numbers.last
                if let permitted = permittedHere, permitted.range.location > declared.range.location {
                    chosen = numbers.first { $0.0.location > declaredAt && $0.0.location < start + permitted.range.location } ?? chosen
                }
            } else if permitted != nil {
                // Only the plan's values on this line.
                continue
            } else {
                chosen = numbers.last
            }
            if let chosen { add(field, format(chosen.1), chosen.1, chosen.2, line, priority) }
        }
    }

    static let declaredHeader = #"geplant|vorhanden|vorh\.|planung|ist-wert|\bist\b|nachweis|vorhaben|beantragt|antrag|planwert|\bneu\b"#
    /// Columns a declared value is compared with: the surroundings, a reference, a guide value.
    static let comparisonHeader = regex(#"umgebung|referenz|orientierungswert|richtwert|hochstwert|rahmen|grenzwert|obergrenze|soll\b|verworfen|vorentwurf|bisher|\balt\b|bestand|uberholt|ueberholt"#)

    /// Of the values after a row's label, the one in the comparison table's declared column
    /// ("zulässig | bisher | neu"); a single value counts only when it stands in that column.
    static func inDeclaredColumn(_ values: [NSTextCheckingResult], above index: Int, in lines: [Line]) -> NSTextCheckingResult? {
        guard !values.isEmpty, let column = declaredColumn(above: index, in: lines),
              let nearest = values.min(by: { abs($0.range.location - column) < abs($1.range.location - column) }) else { return nil }
        if values.count == 1, abs(nearest.range.location - column) > 8 { return nil }
        return nearest
    }

    /// The column of a "geplant"/"vorhanden" header within the five lines above a table row.
    static func declaredColumn(above index: Int, in lines: [Line]) -> Int? {
        var position = index - 1
        while position >= 0, position >= index - 12 {
            let header = lines[position]
            // The table ends at a blank line.
            if header.folded.allSatisfy(\.isWhitespace) { return nil }
            if firstMatch(permittedWords, in: header) != nil || firstMatch(comparisonHeader, in: header) != nil,
               let declared = header.folded.firstRange(of: declaredHeader, caseInsensitive: true) {
                return header.folded.utf16.distance(from: header.folded.utf16.startIndex, to: declared.lowerBound.samePosition(in: header.folded.utf16) ?? header.folded.utf16.startIndex)
            }
            position -= 1
        }
        return nil
    }

    // MARK: - Cost

    static let costLabel = regex(#"baukosten|herstellungskosten|herstellungswert|gesamtkosten|kosten des bauwerks|kosten bauwerk|bauwerkskosten|kosten der bauma(?:s|ss)nahme|veranschlagte(?:n)? kosten|baukostensumme|bausumme|kosten insgesamt|investitionskosten|rohbaukosten|kosten nach din 276|voraussichtliche(?:n)? kosten|geschatzte(?:n)? kosten|kosten \(?kg"#)
    /// A sentence's end: after a word of five letters or more, a number of three digits or more (not the
    /// day of a date, "12. März") or a currency; not after an abbreviation ("lt.", "inkl.", "zzgl.").
    static let sentenceEnd = regex(#"(?:(?<=\p{Ll}{5})|(?<=\d{3})|(?<=EUR)|(?<=€))[.;!?]\s+\p{Lu}"#, caseInsensitive: false)
    static let moneyNumber = regex(#"(?<![\d.,])(\d{1,3}(?:\.\d{3})+(?:,\d{2})?|\d{1,3}(?: \d{3})+(?:,\d{2})?|\d{4,10}(?:,\d{2})?)(?![\d.,]*\s*(?:m²|m2|qm|m³|%))"#)

    static func cost(_ line: Line, add: (DocumentField, String, Double?, String, Line, Int) -> Void) {
        guard let label = firstMatch(costLabel, in: line) else { return }
        let after = label.range.location + label.range.length
        // Amounts of the label's sentence: "Herstellungswert ... 17.106.000 EUR. Unsere Kostenrechnung über 1.482,60 EUR"
        // (an abbreviation's dot, "lt. Angabe", ends no sentence).
        let end = firstMatch(Self.sentenceEnd, in: line, from: after)?.range.location ?? Int.max
        let amounts = matches(moneyNumber, in: line).filter { $0.range.location >= after && $0.range.location < end }.compactMap { match -> (String, Double)? in
            let written = original(line, match.range(at: 1))
            guard let value = GermanNumber.parse(written, groupedThousands: true), value >= 1000 else { return nil }
            return (written, value)
        }
        guard let (written, parsed) = amounts.last else { return }
        var value = parsed
        if value < 100_000, line.folded.firstRange(of: #"tsd|in 1\.?\s?000|t€|teur"#, caseInsensitive: true) != nil {
            value *= 1000
        }
        let priority = line.folded.range(of: "rohbaukosten", options: .caseInsensitive) != nil ? 2 : 3
        add(.baukosten, format(value), value, written, line, priority)
    }

    // MARK: - Tables with a header row

    static let headerLabels: [(DocumentField, NSRegularExpression?)] = [
        (.gemarkung, regex(#"\bgemarkung\b"#)), (.flur, regex(#"\bflur\b(?!st)"#)),
        (.flurstueck, regex(#"\bflurstuck(?:s?nummer|e)?\b|\bflst\.?(?:-nr\.?)?"#)),
        (.grundstuecksflaeche, regex(#"\bflache\b(?:\s*\(?m²\)?)?|\bgro(?:s|ss)e\b"#)),
    ]

    static func table(header: Line, values: Line, add: (DocumentField, String, Double?, String, Line, Int) -> Void) {
        var labels: [(DocumentField, Int)] = []
        for (field, rule) in headerLabels {
            if let match = firstMatch(rule, in: header) { labels.append((field, match.range.location)) }
        }
        guard labels.count >= 2, header.folded.firstRange(of: #"\d"#) == nil else { return }
        // Cells are runs of text separated by two or more spaces.
        let cellRule = regex(#"\S+(?: \S+)*"#)
        let cells = matches(cellRule, in: values).map { ($0.range, values.ns.substring(with: $0.range)) }
        guard cells.count >= 2 else { return }
        for (field, column) in labels {
            guard let cell = cells.min(by: { abs($0.0.location - column) < abs($1.0.location - column) }) else { continue }
            // "Seehausen / 179/11" under "GEMARKUNG / FLURSTÜCK": the cell shared out in order.
            let whole = original(values, cell.0)
            let parts = whole.components(separatedBy: " / ")
            let headerCell = LabelValueReader.rawCells(header.text).min { abs($0.start - column) < abs($1.start - column) }
            let compound = parts.count == 2 && headerCell?.text.contains("/") == true
            let written = compound ? (field == .flurstueck ? parts[1] : parts[0]) : whole
            switch field {
            case .gemarkung:
                if written.first?.isLetter == true, written.count <= 40 { add(.gemarkung, written, nil, written, values, 2) }
            case .flur:
                if let value = Int(written) { add(.flur, String(value), Double(value), written, values, 2) }
            case .flurstueck:
                if written.firstRange(of: #"^\d{1,5}(?:\s?/\s?\d{1,4})?$"#) != nil {
                    add(.flurstueck, written.replacingOccurrences(of: " ", with: ""), nil, written, values, 2)
                }
            case .grundstuecksflaeche:
                let digits = written.replacing(pattern: #"\s*(?:m²|m2|qm)$"#, with: "")
                if let value = GermanNumber.parse(digits, groupedThousands: true), value >= 20 {
                    add(.grundstuecksflaeche, format(value), value, digits, values, 2)
                }
            default:
                break
            }
        }
    }

    /// Canonical number text: no trailing zeros, dot as decimal separator.
    public static func format(_ value: Double) -> String {
        if value == value.rounded() { return String(Int(value)) }
        var text = String(format: "%.3f", value)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }
}
