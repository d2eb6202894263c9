// The page "Zuständigkeitsregeln" (`/verwaltung/zustaendigkeiten`): supervisors and admins read,
// change and reset their authority's department routing rules. Invalid rules show the page again
// with the German message and the text as entered; nothing stored changes.
import Vapor
import ZuegigDomain

struct RoutingRulesHTMLController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let root = routes.grouped("verwaltung", "zustaendigkeiten")
        root.get(use: show)
        root.post(use: save)
        root.post("zuruecksetzen", use: reset)
    }

    static func tenant(_ req: Request) throws -> TenantContext {
        let tenant = try TenantContext(req)
        try AppError.check(Permissions.decide(.editRoutingRules, by: tenant.principal.actor))
        return tenant
    }

    static func service(_ req: Request) -> RoutingRulesService { RoutingRulesService(database: req.db, services: req.zuegig) }

    func render(_ req: Request, message: String? = nil) async throws -> Response {
        let tenant = try Self.tenant(req)
        let (rules, isDefault) = try await Self.service(req).rules(authorityID: tenant.authorityID)
        return HTMLResponse.page(RoutingRulesPage(context: PageContext(req), lines: rules.lines, isDefault: isDefault, message: message))
    }

    @Sendable func show(req: Request) async throws -> Response {
        guard req.principal != nil else { return HTMLResponse.redirect(to: "/anmelden") }
        return try await render(req)
    }

    @Sendable func save(req: Request) async throws -> Response {
        try CSRF.verify(req)
        let tenant = try Self.tenant(req)
        let lines = (try? req.content.get(String.self, at: "rules")) ?? ""
        do {
            let rules = try await Self.service(req).save(lines: lines, tenant: tenant)
            return try await render(req, message: rules.rules.count == 1 ? "1 Regel gespeichert." : "\(rules.rules.count) Regeln gespeichert.")
        } catch let error as AppError where error.kind == .validation {
            return HTMLResponse.page(RoutingRulesPage(context: PageContext(req), lines: lines, isDefault: false, error: error), status: error.status)
        }
    }

    @Sendable func reset(req: Request) async throws -> Response {
        try CSRF.verify(req)
        try await Self.service(req).reset(tenant: try Self.tenant(req))
        return try await render(req, message: "Die mitgelieferten Regeln gelten wieder.")
    }
}
