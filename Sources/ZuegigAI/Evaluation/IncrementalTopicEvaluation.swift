// Quality of the incremental topics (what a participation does once the weighing has begun): the
// analysis clusters the statements that arrived first; the later ones join their form letter's
// topic or the nearest topic (TopicAssigner), and the topics are never rebuilt. Measured on the
// labelled corpus: every fourth statement (by position, so all topics and campaigns are among the late
// ones) arrives late. Reports ARI and NMI over all statements and over the late ones alone.
import Foundation

public struct IncrementalTopicEvaluation: Codable, Sendable {
    public var earlyStatements: Int
    public var lateStatements: Int
    /// Late statements that joined through their form letter, and through the nearest centroid.
    public var joinedByFormLetter: Int
    public var joinedByCentroid: Int
    /// Late statements no topic shared a term with.
    public var unassigned: Int
    public var adjustedRandIndex: Double
    public var normalizedMutualInformation: Double
    public var lateAdjustedRandIndex: Double
    public var lateNormalizedMutualInformation: Double

    public static func evaluate(_ corpus: [LabelledStatement], analyzer: CommentAnalyzer, lateEvery: Int = 4) throws(CommentAnalysisError) -> IncrementalTopicEvaluation {
        let isLate = corpus.indices.map { $0 % lateEvery == lateEvery - 1 }
        let early = corpus.indices.filter { !isLate[$0] }
        let result = try analyzer.analyze(early.map { CommentAnalyzer.Input(id: corpus[$0].id, text: corpus[$0].text) })
        let clusterOfID = Dictionary(uniqueKeysWithValues: result.statements.map { ($0.id, $0.cluster) })
        let anonymizedOfID = Dictionary(uniqueKeysWithValues: result.anonymized.map { ($0.id, $0.text) })
        // Arrival order: the early statements, then the late ones, each anonymised as it arrives.
        let order = early + corpus.indices.filter { isLate[$0] }
        let detector = PersonalDataDetector()
        let texts = order.map { index in
            anonymizedOfID[corpus[index].id] ?? PersonalDataDetector.anonymize(corpus[index].text, spans: detector.detect(corpus[index].text))
        }
        var clusters: [Int?] = order.map { clusterOfID[corpus[$0].id] }
        let (groupOf, _) = DuplicateGrouper.group(texts)
        var byFormLetter = 0, byCentroid = 0
        for position in clusters.indices where clusters[position] == nil {
            if let leaderCluster = clusters[groupOf[position]] { clusters[position] = leaderCluster; byFormLetter += 1 }
        }
        for (position, assignment) in TopicAssigner.assign(texts: texts, clusters: clusters) {
            if let assignment { clusters[position] = assignment.cluster; byCentroid += 1 }
        }
        let truth = order.map { corpus[$0].topic }
        let predicted = clusters.map { $0 ?? -1 }
        let late = order.indices.filter { isLate[order[$0]] }
        return IncrementalTopicEvaluation(
            earlyStatements: early.count, lateStatements: late.count, joinedByFormLetter: byFormLetter, joinedByCentroid: byCentroid,
            unassigned: predicted.filter { $0 == -1 }.count,
            adjustedRandIndex: ClusteringMetrics.adjustedRandIndex(truth, predicted),
            normalizedMutualInformation: ClusteringMetrics.normalizedMutualInformation(truth, predicted),
            lateAdjustedRandIndex: ClusteringMetrics.adjustedRandIndex(late.map { truth[$0] }, late.map { predicted[$0] }),
            lateNormalizedMutualInformation: ClusteringMetrics.normalizedMutualInformation(late.map { truth[$0] }, late.map { predicted[$0] })
        )
    }
}
