// The authority's agencies (for choosing whom to consult) and its editable decision template.
import Fluent
import Foundation
import Vapor
import ZuegigDomain
import ZuegigPersistence

struct AdministrationAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("agencies", use: listAgencies)
        routes.get("templates", "decision", use: getDecisionTemplate)
        routes.put("templates", "decision", use: updateDecisionTemplate)
    }

    struct AgencyDTO: Content {
        let id: UUID
        let name: String
        let subject: String
    }

    struct TemplateDTO: Content {
        let name: String
        let body: String
        let isDefault: Bool
    }

    @Sendable func listAgencies(req: Request) async throws -> [AgencyDTO] {
        let tenant = try TenantContext(req)
        return try await tenant.scope.query(AgencyModel.self).sort(\.$name).all().map { AgencyDTO(id: try $0.requireID(), name: $0.name, subject: $0.subject) }
    }

    @Sendable func getDecisionTemplate(req: Request) async throws -> TemplateDTO {
        let tenant = try TenantContext(req)
        let stored = try await tenant.scope.query(TemplateModel.self).filter(\.$name == DefaultTemplates.decisionName).first()
        return TemplateDTO(name: DefaultTemplates.decisionName, body: stored?.body ?? DefaultTemplates.decision, isDefault: stored == nil)
    }

    @Sendable func updateDecisionTemplate(req: Request) async throws -> TemplateDTO {
        let tenant = try TenantContext(req)
        let input = try req.content.decode(TemplateInput.self)
        try await TemplateService(database: req.db, services: req.zuegig).saveDecisionTemplate(input.body, tenant: tenant)
        return TemplateDTO(name: DefaultTemplates.decisionName, body: input.body, isDefault: false)
    }
}
