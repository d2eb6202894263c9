// The weighing table (Abwägungstabelle) as one read model for the staff page and every export: per
// cluster its description, group answer and progress; per statement its anonymised text, form-letter
// group and effective answer (its own, else the cluster's). Originals and contact data are only
// filled in for staff who may see them; the published variant never carries them.
import Foundation
import ZuegigAI
import ZuegigDomain
import ZuegigPersistence

struct WeighingTable: Sendable {
    enum AnswerSource: String, Sendable { case statement, cluster }

    struct Original: Sendable {
        var text: String
        var name: String?
        var address: String?
        var email: String?
    }

    struct Row: Sendable {
        var id: UUID
        var receipt: String
        var channel: StatementChannel
        var receivedAt: Date
        var text: String
        var original: Original?
        var stance: Stance
        var stanceCues: [String]
        /// The receipt of the form letter's first statement, when this statement belongs to a group.
        var groupLeaderReceipt: String?
        var groupSize: Int
        var isGroupLeader: Bool
        var sharedText: [String]
        var additions: [String]
        var attachments: Int
        var answer: String?
        var decision: StatementDecision?
        var source: AnswerSource?
    }

    struct Cluster: Sendable {
        var id: UUID?
        /// 0 for statements the analysis has not placed yet.
        var number: Int
        var keywords: [String]
        var summary: [String]
        var quotes: [CommentAnalysisResult.Quote]
        var departments: [RoutingRules.Suggestion]
        var answer: String?
        var decision: StatementDecision?
        var rows: [Row]

        var answered: Int { rows.filter { $0.answer != nil }.count }
        var open: Int { rows.count - answered }
        var title: String { number == 0 ? "Noch nicht ausgewertet" : "Thema \(number): " + keywords.prefix(4).joined(separator: ", ") }
        var stanceCounts: [Stance: Int] { Dictionary(grouping: rows, by: \.stance).mapValues(\.count) }
    }

    var clusters: [Cluster]

    var statements: Int { clusters.reduce(0) { $0 + $1.rows.count } }
    var answered: Int { clusters.reduce(0) { $0 + $1.answered } }
    var rows: [Row] { clusters.flatMap(\.rows) }

    static func build(clusters models: [StatementClusterModel], statements: [StatementModel], attachmentCounts: [UUID: Int] = [:],
                      includeOriginals: Bool) -> WeighingTable {
        let receipts = Dictionary(uniqueKeysWithValues: statements.map { ($0.id!, $0.receiptNumber) })
        var groupSizes: [UUID: Int] = [:]
        for statement in statements { if let leader = statement.duplicateLeaderID { groupSizes[leader, default: 0] += 1 } }
        let clusterAnswers = Dictionary(uniqueKeysWithValues: models.map { ($0.id!, $0) })
        var rowsByCluster: [UUID?: [Row]] = [:]
        for statement in statements.sorted(by: { $0.sequence < $1.sequence }) {
            let cluster = statement.clusterID.flatMap { clusterAnswers[$0] }
            var row = Row(
                id: statement.id!, receipt: statement.receiptNumber, channel: StatementChannel(rawValue: statement.channel) ?? .online,
                receivedAt: statement.receivedAt, text: statement.anonymizedText,
                original: includeOriginals ? Original(text: statement.text, name: statement.authorName, address: statement.authorAddress, email: statement.authorEmail) : nil,
                stance: Stance(rawValue: statement.stance) ?? .neutral, stanceCues: decode(statement.stanceCues),
                groupLeaderReceipt: statement.duplicateLeaderID.flatMap { receipts[$0] },
                groupSize: statement.duplicateLeaderID.flatMap { groupSizes[$0] } ?? 1,
                isGroupLeader: statement.duplicateLeaderID == statement.id,
                sharedText: statement.sharedText.map(decode) ?? [], additions: statement.additions.map(decode) ?? [],
                attachments: attachmentCounts[statement.id!] ?? 0
            )
            if let own = statement.answer, let decision = statement.decision.flatMap(StatementDecision.init(rawValue:)) {
                (row.answer, row.decision, row.source) = (own, decision, .statement)
            } else if let cluster, let answer = cluster.answer, let decision = cluster.decision.flatMap(StatementDecision.init(rawValue:)) {
                (row.answer, row.decision, row.source) = (answer, decision, .cluster)
            }
            rowsByCluster[cluster?.id, default: []].append(row)
        }
        var clusters = models.sorted { $0.number < $1.number }.map { model in
            Cluster(id: model.id, number: model.number, keywords: decode(model.keywords), summary: decode(model.summary), quotes: decode(model.quotes),
                    departments: decode(model.departments), answer: model.answer, decision: model.decision.flatMap(StatementDecision.init(rawValue:)),
                    rows: rowsByCluster[model.id] ?? [])
        }
        if let unplaced = rowsByCluster[nil], !unplaced.isEmpty {
            clusters.append(Cluster(id: nil, number: 0, keywords: [], summary: [], quotes: [], departments: [], rows: unplaced))
        }
        return WeighingTable(clusters: clusters)
    }

    static func decode<T: Decodable>(_ json: String) -> [T] {
        (try? JSONDecoder().decode([T].self, from: Data(json.utf8))) ?? []
    }
}
