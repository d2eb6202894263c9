// The stored analysis of a participation, run by the job queued when statements arrive. Before the
// weighing begins, every run clusters all statements afresh (CommentAnalyzer). Once any answer is
// given, the clusters stay: later statements join their form letter's cluster or the nearest one
// (TopicAssigner), so no answer loses its statements. Form-letter groups are recomputed in arrival
// order each time; the leader-based grouping keeps earlier groups as they were.
import Fluent
import Foundation
import ZuegigAI
import ZuegigDomain
import ZuegigPersistence

extension ParticipationService {
    struct AnalysisSummary: Codable, Sendable {
        enum Mode: String, Codable, Sendable { case full, incremental }
        var mode: Mode
        var statements: Int
        var distinct: Int
        var duplicateGroups: Int
        var clusters: Int
        /// Statements that joined an existing cluster (incremental runs).
        var assigned: Int
    }

    /// Analyses every statement of the participation and stores the result.
    func analyse(_ participationID: UUID) async throws -> AnalysisSummary {
        guard let participation = try await ParticipationModel.find(participationID, on: database) else { throw Self.notFound }
        let scope = TenantScope(authorityID: participation.authorityID, database: database)
        let statements = try await scope.query(StatementModel.self).filter(\.$participationID == participationID).sort(\.$sequence).all()
        let clusters = try await scope.query(StatementClusterModel.self).filter(\.$participationID == participationID).sort(\.$number).all()
        let weighingBegun = clusters.contains { $0.answer != nil } || statements.contains { $0.answer != nil }
        let texts = statements.map(\.anonymizedText)

        let (groupOf, leaders) = DuplicateGrouper.group(texts)
        var members: [Int: [Int]] = [:]
        for (index, leader) in groupOf.enumerated() { members[leader, default: []].append(index) }

        let routing = try await RoutingRulesService(database: database, services: services).rules(authorityID: participation.authorityID).rules
        var summary: AnalysisSummary
        var plan = ClusterPlan()
        if weighingBegun || statements.isEmpty {
            summary = AnalysisSummary(mode: .incremental, statements: statements.count, distinct: leaders.count, duplicateGroups: 0, clusters: clusters.count, assigned: 0)
            var clusterIndex = statements.map { statement in statement.clusterID.flatMap { id in clusters.firstIndex { $0.id == id } } }
            // A new member of a form letter joins its leader's cluster.
            for index in statements.indices where clusterIndex[index] == nil {
                if let leaderCluster = clusterIndex[groupOf[index]] { clusterIndex[index] = leaderCluster; summary.assigned += 1 }
            }
            if clusterIndex.contains(where: { $0 == nil }), !clusters.isEmpty {
                for (index, assignment) in TopicAssigner.assign(texts: texts, clusters: clusterIndex) {
                    if let assignment { clusterIndex[index] = assignment.cluster; summary.assigned += 1 }
                }
            }
            // The department suggestions follow the authority's current rules; the topics stay.
            for (number, cluster) in clusters.enumerated() {
                let distinct = statements.indices.filter { clusterIndex[$0] == number && groupOf[$0] == $0 }.map { texts[$0] }
                cluster.departments = Self.json(routing.suggest(texts: distinct))
            }
            plan.existing = clusters
            plan.clusterOf = clusterIndex
        } else {
            var analyzer = CommentAnalyzer(routing: routing)
            analyzer.seed = 47
            let inputs = statements.map { CommentAnalyzer.Input(id: $0.id!.uuidString, text: $0.anonymizedText) }
            let result: CommentAnalysisResult
            do {
                result = try analyzer.analyze(inputs)
            } catch {
                throw AppError(.validation, "Die Auswertung ist fehlgeschlagen: \(error)")
            }
            let position = Dictionary(uniqueKeysWithValues: statements.enumerated().map { ($1.id!.uuidString, $0) })
            let ordered = result.clusters.filter { !$0.members.isEmpty }.sorted { ($0.size, $1.id) > ($1.size, $0.id) }
            var clusterOf = [Int?](repeating: nil, count: statements.count)
            for (number, cluster) in ordered.enumerated() {
                plan.fresh.append(StatementClusterModel(
                    authorityID: participation.authorityID, participationID: participationID, number: number + 1,
                    keywords: Self.json(cluster.keywords), summary: Self.json(cluster.summary), quotes: Self.json(cluster.quotes),
                    departments: Self.json(cluster.departments)
                ))
                for member in cluster.members { if let index = position[member] { clusterOf[index] = number } }
            }
            plan.clusterOf = clusterOf
            summary = AnalysisSummary(mode: .full, statements: statements.count, distinct: leaders.count, duplicateGroups: 0, clusters: ordered.count, assigned: 0)
        }
        summary.duplicateGroups = members.values.filter { $0.count >= 2 }.count
        let stored = summary, finalPlan = plan, groups = members
        try await database.transaction { db in
            try await save(finalPlan, statements: statements, groupOf: groupOf, members: groups, texts: texts, participation: participation, on: db)
            participation.analysedAt = services.now()
            participation.analysisSummary = Self.json(stored)
            try await participation.update(on: db)
        }
        return summary
    }

    /// The clusters a run produced: new ones (full run) or the existing ones; `clusterOf` indexes into them.
    struct ClusterPlan: Sendable {
        var existing: [StatementClusterModel] = []
        var fresh: [StatementClusterModel] = []
        var clusterOf: [Int?] = []
    }

    func save(_ plan: ClusterPlan, statements: [StatementModel], groupOf: [Int], members: [Int: [Int]], texts: [String],
              participation: ParticipationModel, on db: any Database) async throws {
        let scope = TenantScope(authorityID: participation.authorityID, database: db)
        let participationID = participation.id!
        var clusters = plan.existing
        for cluster in clusters where cluster.hasChanges { try await cluster.update(on: db) }
        if !plan.fresh.isEmpty || plan.existing.isEmpty {
            try await scope.query(StatementModel.self).filter(\.$participationID == participationID).set(\.$clusterID, to: nil).update()
            try await scope.query(StatementClusterModel.self).filter(\.$participationID == participationID).delete()
            for cluster in plan.fresh { try await scope.create(cluster) }
            clusters = plan.fresh
        }
        // Bulk updates per cluster and per group keep a run of thousands of statements to a few hundred queries.
        var byCluster: [Int: [UUID]] = [:]
        for (index, cluster) in plan.clusterOf.enumerated() {
            if let cluster, statements[index].clusterID != clusters[cluster].id { byCluster[cluster, default: []].append(statements[index].id!) }
        }
        for (cluster, ids) in byCluster {
            for chunk in ids.chunked(400) {
                try await scope.query(StatementModel.self).filter(\.$id ~~ chunk).set(\.$clusterID, to: clusters[cluster].id).update()
            }
        }
        try await scope.query(StatementModel.self).filter(\.$participationID == participationID)
            .set(\.$duplicateLeaderID, to: nil).set(\.$sharedText, to: nil).set(\.$additions, to: nil).update()
        for (leader, group) in members where group.count >= 2 {
            for chunk in group.map({ statements[$0].id! }).chunked(400) {
                try await scope.query(StatementModel.self).filter(\.$id ~~ chunk).set(\.$duplicateLeaderID, to: statements[leader].id).update()
            }
            let (shared, additions) = CommentAnalyzer.sharedText(leader: leader, members: group, texts: texts)
            try await scope.query(StatementModel.self).filter(\.$id == statements[leader].id!).set(\.$sharedText, to: Self.json(shared)).update()
            for (member, sentences) in additions {
                try await scope.query(StatementModel.self).filter(\.$id == statements[member].id!).set(\.$additions, to: Self.json(sentences)).update()
            }
        }
    }
}

extension Array {
    func chunked(_ size: Int) -> [[Element]] {
        stride(from: 0, to: count, by: size).map { Array(self[$0..<Swift.min($0 + size, count)]) }
    }
}
