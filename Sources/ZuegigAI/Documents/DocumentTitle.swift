// What a document calls itself: the kinds and the other document types named in its head (the
// first lines of page 1, where letterheads, the title and the subject stand). Bauvorlagen name
// their type there ("Brandschutznachweis", "Auszug aus dem Liegenschaftskataster"), and so do the
// papers that are none of the kinds ("Antrag auf Abweichung", "Kostenschätzung",
// "Baugrundgutachten"). The classifier uses this as independent evidence for "Sonstiges".
import Foundation
import ZuegigDomain

public struct DocumentTitle: Sendable, Hashable {
    /// Kinds the head names.
    public let kinds: Set<DocumentKind>
    /// Words of the head that name a document type that is none of the kinds, as written (folded).
    public let otherTypes: [String]

    /// How many non-empty lines of page 1 count as the head.
    public static let headLines = 12

    public init(pages: [String]) {
        let lines = (pages.first ?? "").split(separator: "\n").map(String.init)
            .filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.prefix(Self.headLines)
        let head = lines.joined(separator: " ")
        let words = GermanText.words(head)
        let text = " " + words.joined(separator: " ") + " "
        var kinds: Set<DocumentKind> = []
        for (kind, names) in Self.kindNames {
            if names.contains(where: { Self.names(text, words: words, $0) }) { kinds.insert(kind) }
        }
        var others: [String] = []
        for word in words where !Self.neutralWords.contains(word) {
            guard Self.otherTypeHeads.contains(where: { word.hasSuffix($0) }) else { continue }
            // A kind's own name ("Standsicherheitsnachweis") is kind evidence, not another type.
            let isKindName = Self.kindNames.values.contains { names in names.contains { name in !name.contains(" ") && word.hasSuffix(name) } }
            if isKindName { continue }
            if !others.contains(word) { others.append(word) }
        }
        for phrase in Self.otherTypePhrases where text.contains(" " + phrase + " ") || text.contains(" " + phrase) {
            if !others.contains(phrase) { others.append(phrase) }
        }
        self.kinds = kinds
        otherTypes = others
    }

    /// True when the head names another document type and none of the kinds.
    public var namesOnlyAnotherType: Bool { kinds.isEmpty && !otherTypes.isEmpty }

    /// A name matches a word as its end (compounds: "Baubrandschutznachweis") or, with spaces, as a phrase.
    static func names(_ text: String, words: [String], _ name: String) -> Bool {
        if name.contains(" ") { return text.contains(" " + name + " ") }
        return words.contains { $0 == name || ($0.hasSuffix(name) && name.count >= 6) }
    }

    /// How the kinds name themselves in titles (folded, lower case; one word matches compounds ending in it).
    static let kindNames: [DocumentKind: [String]] = [
        .lageplan: ["lageplan", "lageplane", "lageplanes"],
        .bauzeichnung: ["bauzeichnung", "bauzeichnungen", "grundriss", "grundrisse", "schnitt", "schnitte", "ansicht", "ansichten",
                        "eingabeplan", "bauantragsplan", "genehmigungsplanung"],
        .baubeschreibung: ["baubeschreibung"],
        .berechnungMassDerNutzung: ["mases der baulichen nutzung", "mas der baulichen nutzung", "grundflachenzahl", "geschossflachenzahl",
                                    "grz", "gfz", "flachenberechnung", "nutzungsmas"],
        .standsicherheitsnachweis: ["standsicherheitsnachweis", "standsicherheit", "statik", "statische berechnung", "tragwerksplanung",
                                    "tragwerksplanung", "tragwerk"],
        .brandschutznachweis: ["brandschutznachweis", "brandschutzkonzept", "brandschutz", "brandschutzes"],
        .waermeschutznachweis: ["warmeschutznachweis", "warmeschutz", "warmeschutzes", "geg", "gebaudeenergiegesetz", "gebaudeenergiegesetzes",
                                "energieausweis", "energiebedarfsausweis", "enev", "energieeinsparnachweis"],
        .entwaesserungsplan: ["entwasserungsplan", "entwasserungsantrag", "entwasserung", "grundstucksentwasserung", "entwasserungsgesuch"],
        .stellplatznachweis: ["stellplatznachweis", "stellplatzberechnung", "stellplatzbedarf", "stellplatze", "stellplatzen", "einstellplatze"],
        .vollmacht: ["vollmacht", "bevollmachtigung"],
        .liegenschaftskataster: ["liegenschaftskataster", "liegenschaftskatasters", "liegenschaftskarte", "flurkarte", "katasterauszug",
                                 "flurstucksnachweis", "alkis", "liegenschaftsbuch", "eigentumernachweis", "bestandsnachweis"],
        .statistik: ["statistik", "erhebungsbogen", "bautatigkeitsstatistik", "baustatistik", "hochbaustatistik", "statistisches"],
    ]

    /// Ends of German words that name a kind of document ("Baugrundgutachten", "Kostenschätzung").
    static let otherTypeHeads = [
        "gutachten", "bericht", "antrag", "schatzung", "kostenberechnung", "kostenermittlung", "kostenaufstellung", "kostenanschlag",
        "angebot", "leistungsverzeichnis", "erklarung", "bescheinigung", "protokoll", "dokumentation", "zustimmung", "stellungnahme",
        "anzeige", "anschreiben", "nachweis", "konzept", "abweichung", "befreiung", "bestatigung", "genehmigung",
    ]

    /// Phrases that name another type of document.
    static let otherTypePhrases = ["antrag auf", "zulassung einer abweichung", "erteilung einer befreiung"]

    /// Words that say nothing about the document's own type (every Bauvorlage is "zum Bauantrag").
    static let neutralWords: Set<String> = [
        "bauantrag", "bauantrags", "bauantrages", "baugenehmigung", "baugenehmigungen", "pruefbericht", "prufbericht", "nachweis",
        "antrag", "genehmigung", "bauvorlagen", "bauvorlage",
    ]
}
