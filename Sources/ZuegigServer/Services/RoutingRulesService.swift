// The department routing rules of one authority: its own rules, edited on the page
// "Zuständigkeitsregeln" and stored as a named text document of the authority (the `templates`
// table, name `comment-routing`, JSON body), or the rules shipped with the platform. Changes are
// audited; only supervisors and admins may make them.
import Fluent
import Foundation
import ZuegigAI
import ZuegigDomain
import ZuegigPersistence

struct RoutingRulesService: Sendable {
    static let documentName = "comment-routing"

    let database: any Database
    let services: ZuegigServices

    /// The rules the authority's analysis uses, and whether they are the shipped ones.
    func rules(authorityID: UUID) async throws -> (rules: RoutingRules, isDefault: Bool) {
        let scope = TenantScope(authorityID: authorityID, database: database)
        guard let stored = try await scope.query(TemplateModel.self).filter(\.$name == Self.documentName).first() else {
            return (services.participation.routing, true)
        }
        // Stored rules were validated when saved; unreadable ones (a later format change) fall back visibly.
        guard let rules = try? RoutingRules.load(Data(stored.body.utf8)) else { return (services.participation.routing, true) }
        return (rules, false)
    }

    /// Saves the rules given in the line format; invalid text changes nothing.
    func save(lines: String, tenant: TenantContext) async throws -> RoutingRules {
        try AppError.check(Permissions.decide(.editRoutingRules, by: tenant.principal.actor))
        let rules: RoutingRules
        do {
            rules = try RoutingRules.parse(lines: lines)
        } catch {
            throw AppError(.validation, error.description)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let body = String(decoding: try encoder.encode(rules), as: UTF8.self)
        try await database.transaction { transaction in
            try await TemplateService.store(name: Self.documentName, body: body, tenant: tenant, on: transaction)
            try await audit("routing.updated", ["rules": "\(rules.rules.count)", "sha256": AuditLog.sha256Hex(body)], tenant: tenant, on: transaction)
        }
        return rules
    }

    /// Goes back to the shipped rules.
    func reset(tenant: TenantContext) async throws {
        try AppError.check(Permissions.decide(.editRoutingRules, by: tenant.principal.actor))
        try await database.transaction { transaction in
            try await tenant.scope.on(transaction).query(TemplateModel.self).filter(\.$name == Self.documentName).delete()
            try await audit("routing.reset", [:], tenant: tenant, on: transaction)
        }
    }

    func audit(_ action: String, _ payload: [String: String], tenant: TenantContext, on transaction: any Database) async throws {
        try await services.audit(
            AuditEntry(authorityID: tenant.authorityID, actorID: tenant.principal.userID, actorLabel: tenant.principal.email,
                       action: action, subjectType: "routing-rules", subjectID: Self.documentName, payload: payload),
            at: services.now(), on: transaction
        )
    }
}
