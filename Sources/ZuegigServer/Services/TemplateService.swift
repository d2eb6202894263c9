// Saving an authority's letter template: admins only, checked to parse, audited.
import Fluent
import Foundation
import ZuegigDomain
import ZuegigPersistence

struct TemplateService: Sendable {
    let database: any Database
    let services: ZuegigServices

    func saveDecisionTemplate(_ body: String, tenant: TenantContext) async throws {
        try AppError.check(Permissions.decide(.editTemplates, by: tenant.principal.actor))
        _ = try LetterTemplate(body)
        try await database.transaction { transaction in
            try await Self.store(name: DefaultTemplates.decisionName, body: body, tenant: tenant, on: transaction)
            try await services.audit(
                AuditEntry(authorityID: tenant.authorityID, actorID: tenant.principal.userID, actorLabel: tenant.principal.email,
                           action: "template.updated", subjectType: "template", subjectID: DefaultTemplates.decisionName,
                           payload: ["sha256": AuditLog.sha256Hex(body)]),
                at: services.now(), on: transaction
            )
        }
    }

    /// Creates or replaces the authority's text document `name` (letter template, routing rules).
    static func store(name: String, body: String, tenant: TenantContext, on transaction: any Database) async throws {
        let scope = tenant.scope.on(transaction)
        if let stored = try await scope.query(TemplateModel.self).filter(\.$name == name).first() {
            stored.body = body
            stored.updatedBy = tenant.principal.userID
            try await stored.save(on: transaction)
        } else {
            try await scope.create(TemplateModel(authorityID: tenant.authorityID, name: name, body: body, updatedBy: tenant.principal.userID))
        }
    }
}
