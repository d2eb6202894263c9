// Builds large realistic labelled sets of statements for benchmarks from the hand-written corpus:
// form letters as many people submit them (each corpus campaign's fullest letter with sentences
// dropped, paragraphs reordered, typos, a personal sentence added, another greeting and signature),
// individual statements composed of sentences that corpus writers wrote on one topic with one stance,
// and a few exact resubmissions. Signatures carry generated personal data, which is labelled.
import Foundation

public struct StatementSetGenerator: Sendable {
    struct Source: Sendable {
        var topic: String
        var stance: Stance
        var sentences: [String]
    }

    var random: SplitMix64
    var counter = 0
    let campaigns: [(id: String, topic: String, stance: Stance, paragraphs: [String])]
    let pools: [String: [Source]]
    let topics: [String]
    var previous: [LabelledStatement] = []
    /// Share of form letters among the generated statements.
    public var formLetterShare = 0.6

    /// Sorted once, so the same seed gives the same names.
    static let givenNames = FirstNames.all.sorted()
    static let surnames = ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann", "Koch", "Richter",
                           "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Braun", "Zimmermann", "Krüger", "Hartmann", "Lange", "Werner", "Krause",
                           "Lehmann", "Köhler", "Yılmaz", "Kaya", "Demir", "Şahin", "Nowak", "Kowalski", "Wiśniewska", "Nguyen", "Tran", "Pham",
                           "Haddad", "Khalil", "Rossi", "Papadopoulos", "Petrović", "Ivanova", "Smirnov", "Jansen", "Dietrich", "Albrecht", "Vogel",
                           "Friedrich", "Keller", "Günther", "Frank", "Berger", "Winkler", "Roth", "Beck", "Lorenz", "Baumann", "Franke", "Brandt", "Ahmadi"]
    static let streets = ["Lindenweg", "Erlenstraße", "Mühlenstraße", "Am Mühlbach", "Birkenallee", "Gartenstraße", "Schulstraße", "Bahnhofstraße",
                          "Rosenweg", "Eichendorffstraße", "Fontaneplatz", "Kiefernring", "Heideweg", "Bergstraße", "Ahornstraße", "Wiesengrund"]
    static let greetings = ["Sehr geehrte Damen und Herren,", "Sehr geehrte Damen und Herren der Stadtverwaltung,", "Guten Tag,", "Hallo,",
                            "Sehr geehrtes Stadtplanungsamt,", "Liebe Verwaltung,", ""]
    static let closings = ["Mit freundlichen Grüßen", "Viele Grüße", "Freundliche Grüße", "MfG", "Mit besten Grüßen", "Hochachtungsvoll", "Gruß"]

    public init(corpus: [LabelledStatement], seed: UInt64) {
        random = SplitMix64(seed: seed)
        var byCampaign: [String: [LabelledStatement]] = [:]
        for statement in corpus { if let campaign = statement.campaign { byCampaign[campaign, default: []].append(statement) } }
        campaigns = byCampaign.keys.sorted().compactMap { id in
            guard let members = byCampaign[id], members.count >= 3, let fullest = members.max(by: { $0.text.count < $1.text.count }) else { return nil }
            return (id, fullest.topic, fullest.stance, Self.body(fullest))
        }
        var pools: [String: [Source]] = [:]
        for statement in corpus where statement.campaign == nil {
            let sentences = Self.body(statement).flatMap(Shingles.sentences).filter { sentence in
                GermanText.words(sentence).count >= 5 && !statement.pii.contains { sentence.contains($0.text) }
            }
            guard !sentences.isEmpty else { continue }
            pools[statement.topic, default: []].append(Source(topic: statement.topic, stance: statement.stance, sentences: sentences))
        }
        self.pools = pools
        topics = pools.keys.sorted()
    }

    /// The paragraphs of a letter without greeting, closing and signature, and without personal data.
    static func body(_ statement: LabelledStatement) -> [String] {
        var paragraphs = statement.text.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        if let first = paragraphs.first, first.count < 80, first.hasSuffix(",") { paragraphs.removeFirst() }
        if let closing = paragraphs.lastIndex(where: { paragraph in closings.contains { paragraph.hasPrefix($0) } }) { paragraphs.removeSubrange(closing...) }
        return paragraphs.filter { paragraph in !statement.pii.contains { paragraph.contains($0.text) } }
    }

    mutating func pick<T>(_ items: [T]) -> T { items[random.below(items.count)] }

    mutating func typos(_ text: String) -> String {
        var words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        for index in words.indices where words[index].count > 4 && random.unit() < 0.03 {
            var letters = Array(words[index])
            switch random.below(3) {
            case 0: letters.swapAt(1, 2)
            case 1: letters.remove(at: 1 + random.below(letters.count - 2))
            default:
                let folded = String(letters).replacingOccurrences(of: "ä", with: "ae").replacingOccurrences(of: "ö", with: "oe").replacingOccurrences(of: "ü", with: "ue")
                letters = Array(folded)
            }
            words[index] = String(letters)
        }
        return words.joined(separator: " ")
    }

    /// A signature with generated personal data, and its labels.
    mutating func signature() -> (text: String, pii: [LabelledStatement.PersonalData]) {
        let name = "\(pick(Self.givenNames)) \(pick(Self.surnames))"
        var lines = [name]
        var pii = [LabelledStatement.PersonalData(type: .name, text: name)]
        if random.unit() < 0.5 {
            let address = "\(pick(Self.streets)) \(1 + random.below(120)), 15344 Falkenau"
            lines.append(address)
            pii.append(.init(type: .address, text: address))
        }
        if random.unit() < 0.2 {
            let phone = "0\(3341 + random.below(9)) \(100_000 + random.below(899_999))"
            lines.append("Tel. \(phone)")
            pii.append(.init(type: .phone, text: phone))
        }
        if random.unit() < 0.2 {
            let email = name.lowercased().folding(options: .diacriticInsensitive, locale: nil).replacingOccurrences(of: " ", with: ".").replacingOccurrences(of: "ı", with: "i") + "@beispiel-mail.de"
            lines.append(email)
            pii.append(.init(type: .email, text: email))
        }
        return (lines.joined(separator: "\n"), pii)
    }

    public mutating func next() -> LabelledStatement {
        counter += 1
        let id = "s\(counter)"
        if !previous.isEmpty, random.unit() < 0.01 {
            var again = pick(previous)
            again.id = id
            return again
        }
        let greeting = pick(Self.greetings)
        let closing = pick(Self.closings)
        let sign = signature()
        var statement: LabelledStatement
        if !campaigns.isEmpty, random.unit() < formLetterShare {
            // Campaign sizes differ: earlier campaigns are drawn more often.
            let campaign = campaigns[min(campaigns.count - 1, Int(Double(campaigns.count) * pow(random.unit(), 1.6)))]
            var paragraphs = campaign.paragraphs
            if paragraphs.count > 2, random.unit() < 0.5 { paragraphs.remove(at: random.below(paragraphs.count)) }
            if paragraphs.count > 3, random.unit() < 0.3 { paragraphs.remove(at: random.below(paragraphs.count)) }
            if paragraphs.count > 2, random.unit() < 0.2 { paragraphs.swapAt(0, 1 + random.below(paragraphs.count - 1)) }
            if random.unit() < 0.35, let sources = pools[campaign.topic], !sources.isEmpty {
                paragraphs.insert(pick(pick(sources).sentences), at: random.below(paragraphs.count + 1))
            }
            let body = typos(paragraphs.joined(separator: "\n\n"))
            statement = LabelledStatement(id: id, text: [greeting, body, closing + "\n" + sign.text].filter { !$0.isEmpty }.joined(separator: "\n\n"),
                                          topic: campaign.topic, stance: campaign.stance, campaign: "gen-" + campaign.id, pii: sign.pii)
        } else {
            let topic = pick(topics)
            let sources = pools[topic]!
            let stance = pick(sources).stance
            let matching = sources.filter { $0.stance == stance }
            var sentences: [String] = []
            // At least four sentences: two generated letters then rarely share most of their text by chance.
            for _ in 0..<(4 + random.below(5)) { sentences.append(pick(pick(matching).sentences)) }
            let body = typos(sentences.joined(separator: random.unit() < 0.5 ? " " : "\n\n"))
            let signed = random.unit() < 0.7
            statement = LabelledStatement(id: id, text: [greeting, body, signed ? closing + "\n" + sign.text : ""].filter { !$0.isEmpty }.joined(separator: "\n\n"),
                                          topic: topic, stance: stance, campaign: nil, pii: signed ? sign.pii : [])
        }
        if previous.count < 2_000 { previous.append(statement) } else if random.unit() < 0.01 { previous[random.below(previous.count)] = statement }
        return statement
    }
}
