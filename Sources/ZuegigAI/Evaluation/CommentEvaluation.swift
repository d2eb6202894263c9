// Quality of the statement analysis against the labelled corpus: topics (adjusted Rand index, NMI),
// duplicate grouping (pair precision and recall against the campaigns), personal data (span
// precision and recall per kind, and how many marked items still appear in the anonymised text),
// and stance accuracy.
import Foundation

public struct CommentEvaluation: Codable, Sendable {
    public struct Detection: Codable, Sendable {
        public var kind: String
        public var gold: Int
        public var found: Int
        public var recall: Double
    }

    public var statements: Int
    public var topics: Int
    public var clusters: Int
    public var adjustedRandIndex: Double
    public var normalizedMutualInformation: Double
    public var duplicatePairPrecision: Double
    public var duplicatePairRecall: Double
    public var duplicateTruePairs: Int
    public var duplicatePredictedPairs: Int
    public var personalDataPrecision: Double
    public var personalDataRecall: Double
    public var personalDataPerKind: [Detection]
    public var leakedItems: Int
    public var markedItems: Int
    public var stanceAccuracy: Double
    /// The same corpus analysed incrementally (filled in by the caller).
    public var incremental: IncrementalTopicEvaluation?

    public static func evaluate(_ corpus: [LabelledStatement], _ result: CommentAnalysisResult) -> CommentEvaluation {
        let byID = Dictionary(uniqueKeysWithValues: result.statements.map { ($0.id, $0) })
        let anonymized = Dictionary(uniqueKeysWithValues: result.anonymized.map { ($0.id, $0) })
        let predictedTopics = corpus.map { byID[$0.id]?.cluster ?? -1 }
        let pairs = ClusteringMetrics.pairPrecisionRecall(truth: corpus.map(\.campaign), predicted: corpus.map { byID[$0.id]?.duplicateGroup })
        var goldCount: [PersonalDataKind: Int] = [:], foundCount: [PersonalDataKind: Int] = [:]
        var detected = 0, correct = 0, leaked = 0, marked = 0
        for statement in corpus {
            let ns = statement.text as NSString
            var gold: [PersonalDataSpan] = []
            for item in statement.pii {
                marked += 1
                var search = NSRange(location: 0, length: ns.length)
                while true {
                    let found = ns.range(of: item.text, options: [], range: search)
                    if found.location == NSNotFound { break }
                    gold.append(PersonalDataSpan(kind: item.type, start: found.location, end: found.location + found.length, rule: "gold"))
                    search = NSRange(location: found.location + found.length, length: ns.length - found.location - found.length)
                }
                if anonymized[statement.id]?.text.contains(item.text) ?? true { leaked += 1 }
            }
            let spans = anonymized[statement.id]?.personalData ?? []
            for span in gold {
                goldCount[span.kind, default: 0] += 1
                if spans.contains(where: { $0.overlaps(span) }) { foundCount[span.kind, default: 0] += 1 }
            }
            detected += spans.count
            correct += spans.filter { span in gold.contains { $0.overlaps(span) } }.count
        }
        let totalGold = goldCount.values.reduce(0, +), totalFound = foundCount.values.reduce(0, +)
        let stanceHits = corpus.filter { byID[$0.id]?.stance == $0.stance }.count
        return CommentEvaluation(
            statements: corpus.count, topics: Set(corpus.map(\.topic)).count, clusters: Set(predictedTopics).count,
            adjustedRandIndex: ClusteringMetrics.adjustedRandIndex(corpus.map(\.topic), predictedTopics),
            normalizedMutualInformation: ClusteringMetrics.normalizedMutualInformation(corpus.map(\.topic), predictedTopics),
            duplicatePairPrecision: pairs.precision, duplicatePairRecall: pairs.recall,
            duplicateTruePairs: pairs.truePairs, duplicatePredictedPairs: pairs.predictedPairs,
            personalDataPrecision: detected == 0 ? 1 : Double(correct) / Double(detected),
            personalDataRecall: totalGold == 0 ? 1 : Double(totalFound) / Double(totalGold),
            personalDataPerKind: PersonalDataKind.allCases.map { kind in
                Detection(kind: kind.rawValue, gold: goldCount[kind] ?? 0, found: foundCount[kind] ?? 0,
                          recall: (goldCount[kind] ?? 0) == 0 ? 1 : Double(foundCount[kind] ?? 0) / Double(goldCount[kind]!))
            },
            leakedItems: leaked, markedItems: marked,
            stanceAccuracy: corpus.isEmpty ? 0 : Double(stanceHits) / Double(corpus.count), incremental: nil
        )
    }
}
