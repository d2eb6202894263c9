// Reading the audit log of one authority, and checking the whole chain.
import Fluent
import Foundation
import ZuegigDomain
import ZuegigPersistence

struct AuditService: Sendable {
    let database: any Database

    static let maxPageSize = 200

    func recentEvents(of tenant: TenantContext, limit: Int) async throws -> [AuditEventDTO] {
        try AppError.check(Permissions.decide(.viewAuditLog, by: tenant.principal.actor))
        guard (1...Self.maxPageSize).contains(limit) else {
            throw AppError(.validation, "Der Parameter limit muss zwischen 1 und \(Self.maxPageSize) liegen.")
        }
        return try await AuditEventModel.query(on: database)
            .filter(\.$chain == AuditRecord.chainName(for: tenant.authorityID))
            .sort(\.$sequence, .descending).limit(limit).all()
            .map {
                AuditEventDTO(
                    sequence: $0.sequence, occurredAt: $0.occurredAt, actor: $0.actorLabel, action: $0.action,
                    subjectType: $0.subjectType, subjectID: $0.subjectID, hash: $0.hash
                )
            }
    }

    static func describe(_ verification: AuditChain.Verification) -> String {
        switch verification {
        case .intact(let records): "intakt (\(records) Einträge geprüft)"
        case .broken(let chain, let sequence, let reason): "GEBROCHEN in Kette \(chain) bei Eintrag \(sequence): \(reason)"
        }
    }
}
