// The statement analysis: personal data found and masked, form-letter variants grouped while letters
// that share only a stock sentence stay apart, the clustering metrics on known values, the whole
// pipeline on our labelled corpus (quality floors, not timings), the generator, and bad input.
import Foundation
import Testing
@testable import ZuegigAI

struct CommentAnalysisTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static func routing() throws -> RoutingRules {
        try RoutingRules.load(Data(contentsOf: root.appendingPathComponent("Rules/comment-routing.json")))
    }

    @Test func personalDataIsFoundMaskedAndOfficialsOrPlacesAreLeft() {
        let text = """
        Sehr geehrte Damen und Herren,
        mein Nachbar Herr Okonkwo und ich wohnen seit 1998 in der Birkenallee 7a, 15344 Falkenau; unser Grundstück (Flurstück 212/5 der Flur 4) grenzt an den Mühlbach.
        Frau Bürgermeisterin Hoffmann hat im Lindenweg eine Versammlung angekündigt. Der Lindenweg ist zu eng.
        Erreichbar bin ich unter +49 (0)3341 556677 oder jana.wisniewski@example.org, geb. 14.02.1975.
        Spenden bitte an DE12 5001 0517 0648 4898 90.
        Mit freundlichen Grüßen
        Jana Wiśniewski
        """
        let spans = PersonalDataDetector().detect(text)
        let anonymized = PersonalDataDetector.anonymize(text, spans: spans)
        for secret in ["Okonkwo", "Birkenallee 7a", "212/5", "556677", "jana.wisniewski@example.org", "14.02.1975", "0648 4898", "Jana Wiśniewski"] {
            #expect(!anonymized.contains(secret), "\(secret) leaked: \(anonymized)")
        }
        for kind in PersonalDataKind.allCases { #expect(spans.contains { $0.kind == kind }, "\(kind) not found") }
        #expect(anonymized.contains("Frau Bürgermeisterin Hoffmann"), "an official's role and name stay")
        #expect(anonymized.contains("Der Lindenweg ist zu eng."), "a street as a place stays")
        #expect(anonymized.contains("[NAME]") && anonymized.contains("[ADRESSE]") && anonymized.contains("[FLURSTÜCK]"))
    }

    @Test func aParcelWithoutAPrivateOwnerIsNotPersonalData() {
        let text = "Die Flurstücke 12 bis 40 der Gemarkung Falkenau sollen laut Plan überbaut werden. Flurstück 17 ist heute eine Brache."
        #expect(PersonalDataDetector().detect(text).isEmpty)
    }

    static let base = """
    Sehr geehrte Damen und Herren, hiermit erhebe ich Einwendungen gegen den Bebauungsplan Nr. 47. Die geplante Verbindungsstraße zur B 96 \
    wird täglich tausende Autos durch unser Wohngebiet führen. Schon heute ist der Lindenweg morgens verstopft und Kinder gehen hier zur Schule. \
    Eine Verkehrszählung aus dem Jahr 2019 ist veraltet und berücksichtigt das neue Quartier nicht. Ich fordere eine neue Verkehrsuntersuchung \
    und den Verzicht auf die Anbindung an die Bundesstraße. Die Stadt sollte stattdessen den Busverkehr und sichere Radwege stärken.
    """

    @Test func formLetterVariantsGroupButLettersSharingOneSentenceDoNot() {
        let shortened = "Hallo, die geplante Verbindungsstraße zur B 96 wird täglich tausende Autos durch unser Wohngebiet führen. Schon heute ist der Lindenweg morgens verstopft und Kinder gehen hier zur Schule. Ich fordere eine neue Verkehrsuntersuchung und den Verzicht auf die Anbindung an die Bundesstraße."
        let typos = Self.base.replacingOccurrences(of: "Verkehrszählung", with: "Verkehrszaehlung").replacingOccurrences(of: "täglich", with: "tägl.")
            + " Ich wohne selbst seit dreißig Jahren am Lindenweg und habe das noch nie so erlebt."
        let trap = "Hiermit erhebe ich Einwendungen gegen den Bebauungsplan Nr. 47. Mir geht es um die Eichen an der alten Zufahrt, die gefällt werden sollen. Sie sind Lebensraum für Fledermäuse und Spechte, und Ersatzpflanzungen brauchen Jahrzehnte, bis sie so viel Schatten spenden."
        let otherTrap = "Sehr geehrte Damen und Herren, die Kita am Park hat schon heute eine Warteliste von achtzig Kindern. Schon heute ist der Lindenweg morgens verstopft und Kinder gehen hier zur Schule. Wo sollen die Kinder aus 380 neuen Wohnungen betreut werden?"
        let (groupOf, leaders) = DuplicateGrouper.group([Self.base, shortened, typos, trap, otherTrap])
        #expect(groupOf[0] == groupOf[1] && groupOf[0] == groupOf[2])
        #expect(groupOf[3] != groupOf[0] && groupOf[4] != groupOf[0] && groupOf[3] != groupOf[4])
        #expect(leaders.count == 3)
    }

    @Test func metricsMatchKnownValues() {
        #expect(ClusteringMetrics.adjustedRandIndex(["a", "a", "b", "b"], [1, 1, 2, 2]) == 1)
        #expect(abs(ClusteringMetrics.adjustedRandIndex(["a", "a", "b", "b"], [1, 2, 1, 2]) - (-0.5)) < 1e-9)
        // scikit-learn: normalized_mutual_info_score([0,0,1,1,2,2],[0,0,1,1,1,1]) = 0.7336804366512111
        #expect(abs(ClusteringMetrics.normalizedMutualInformation([0, 0, 1, 1, 2, 2], [0, 0, 1, 1, 1, 1]) - 0.7336804366512111) < 1e-9)
        let pairs = ClusteringMetrics.pairPrecisionRecall(truth: ["k", "k", "k", nil], predicted: ["g", "g", nil, "g"])
        #expect(pairs.precision == 1.0 / 3.0 && pairs.recall == 1.0 / 3.0)
    }

    @Test func theCorpusIsAnalysedAboveTheQualityFloors() throws {
        let corpus = try LabelledStatement.load(Self.root.appendingPathComponent("corpus/statements").path)
        #expect(corpus.count >= 600)
        #expect(Set(corpus.map(\.topic)).count >= 8)
        let result = try CommentAnalyzer(routing: try Self.routing()).analyze(corpus.map { .init(id: $0.id, text: $0.text) })
        let evaluation = CommentEvaluation.evaluate(corpus, result)
        #expect(evaluation.duplicatePairPrecision >= 0.95)
        #expect(evaluation.duplicatePairRecall >= 0.9)
        #expect(evaluation.personalDataRecall >= 0.85 && evaluation.personalDataPrecision >= 0.9)
        #expect(evaluation.adjustedRandIndex >= 0.35)
        // Clusters carry keywords, a summary without placeholders, quotes and a department.
        #expect(result.clusters.allSatisfy { $0.keywords.count >= 3 && !$0.summary.isEmpty && !$0.quotes.isEmpty })
        #expect(result.clusters.contains { !$0.departments.isEmpty })
        // The same input gives the same result.
        let again = try CommentAnalyzer(routing: try Self.routing()).analyze(corpus.map { .init(id: $0.id, text: $0.text) })
        #expect(again.statements.map(\.cluster) == result.statements.map(\.cluster))
        // The shared text of a group contains no marked personal data.
        let marked = Set(corpus.flatMap { $0.pii.map(\.text) })
        for group in result.duplicateGroups {
            for sentence in group.sharedText + group.additions.flatMap(\.sentences) { #expect(!marked.contains { sentence.contains($0) && $0.count > 4 }, "\(sentence)") }
        }
    }

    @Test func theGeneratorIsDeterministicAndLabelsItsPersonalData() throws {
        let corpus = try LabelledStatement.load(Self.root.appendingPathComponent("corpus/statements").path)
        var first = StatementSetGenerator(corpus: corpus, seed: 5), second = StatementSetGenerator(corpus: corpus, seed: 5)
        let a = (0..<300).map { _ in first.next() }, b = (0..<300).map { _ in second.next() }
        #expect(a.map(\.text) == b.map(\.text))
        #expect(a.allSatisfy { statement in statement.pii.allSatisfy { statement.text.contains($0.text) } })
        #expect(a.filter { $0.campaign != nil }.count > 100)
    }

    @Test func badInputGetsAGermanMessage() throws {
        let analyzer = CommentAnalyzer(routing: try Self.routing())
        #expect(throws: CommentAnalysisError.self) { try analyzer.analyze([]) }
        #expect(throws: CommentAnalysisError.invalid("Die Kennung „x“ kommt mehrfach vor.")) { try analyzer.analyze([.init(id: "x", text: "a"), .init(id: "x", text: "b")]) }
        #expect(throws: CommentAnalysisError.self) { try analyzer.analyze([.init(id: "x", text: String(repeating: "a", count: 100_001))]) }
        #expect(throws: CommentAnalysisError.self) { try RoutingRules.load(Data(#"{"rules": []}"#.utf8)) }
        // Tiny and empty inputs do not crash.
        #expect(try analyzer.analyze([.init(id: "1", text: "")]).clusters.count == 1)
        #expect(try analyzer.analyze([.init(id: "1", text: "Nein."), .init(id: "2", text: "Ja!")]).totals.statements == 2)
    }
}
