// The weighing table's changes: an answer and decision for a whole cluster (it applies to every
// statement of the cluster without an answer of its own), for one statement, or for every member of
// its form-letter group. Every answer is audited; the table is read through `WeighingTable`.
import Fluent
import Foundation
import ZuegigDomain
import ZuegigPersistence

extension ParticipationService {
    func weighingTable(_ participation: ParticipationModel, includeOriginals: Bool) async throws -> WeighingTable {
        let scope = TenantScope(authorityID: participation.authorityID, database: database)
        async let clusters = scope.query(StatementClusterModel.self).filter(\.$participationID == participation.id!).all()
        async let statements = scope.query(StatementModel.self).filter(\.$participationID == participation.id!).all()
        let loaded = try await statements
        let attachments = try await scope.query(StatementAttachmentModel.self).filter(\.$statementID ~~ loaded.map { $0.id! }).all(\.$statementID)
        let counts = Dictionary(grouping: attachments, by: { $0 }).mapValues(\.count)
        return WeighingTable.build(clusters: try await clusters, statements: loaded, attachmentCounts: counts, includeOriginals: includeOriginals)
    }

    func answerCluster(_ clusterID: UUID, in participationID: UUID, _ answer: ParticipationForms.Answer, tenant: TenantContext) async throws -> StatementClusterModel {
        try AppError.check(Permissions.decide(.manageParticipations, by: tenant.principal.actor))
        let participation = try await require(participationID, tenant: tenant)
        guard let cluster = try await tenant.scope.find(StatementClusterModel.self, clusterID), cluster.participationID == participationID else {
            throw AppError(.notFound, "Dieses Thema gibt es nicht.")
        }
        cluster.answer = answer.text
        cluster.decision = answer.decision.rawValue
        cluster.answeredBy = tenant.principal.userID
        cluster.answeredAt = services.now()
        try await database.transaction { db in
            try await cluster.update(on: db)
            try await audit("participation.clusterAnswered", participation, ["cluster": String(cluster.number), "decision": answer.decision.rawValue], tenant: tenant, on: db)
        }
        return cluster
    }

    /// Answers one statement, or with `wholeGroup` every statement of its form-letter group; returns how many.
    func answerStatement(_ statementID: UUID, in participationID: UUID, _ answer: ParticipationForms.Answer, tenant: TenantContext) async throws -> Int {
        try AppError.check(Permissions.decide(.manageParticipations, by: tenant.principal.actor))
        let participation = try await require(participationID, tenant: tenant)
        guard let statement = try await tenant.scope.find(StatementModel.self, statementID), statement.participationID == participationID else {
            throw AppError(.notFound, "Diese Stellungnahme gibt es nicht.")
        }
        var group = [statementID]
        if answer.wholeGroup, let leader = statement.duplicateLeaderID {
            group = try await tenant.scope.query(StatementModel.self).filter(\.$participationID == participationID)
                .filter(\.$duplicateLeaderID == leader).all(\.$id)
        }
        let now = services.now(), targets = group
        try await database.transaction { db in
            for chunk in targets.chunked(400) {
                try await tenant.scope.on(db).query(StatementModel.self).filter(\.$id ~~ chunk)
                    .set(\.$answer, to: answer.text).set(\.$decision, to: answer.decision.rawValue)
                    .set(\.$answeredBy, to: tenant.principal.userID).set(\.$answeredAt, to: now).update()
            }
            try await audit("participation.statementAnswered", participation,
                            ["receipt": statement.receiptNumber, "decision": answer.decision.rawValue, "statements": String(targets.count)], tenant: tenant, on: db)
        }
        return targets.count
    }
}
