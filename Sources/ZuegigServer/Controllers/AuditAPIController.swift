// The authority's audit log in the API (supervisors and admins).
import Vapor

struct AuditAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("audit", "events", use: listAuditEvents)
    }

    @Sendable func listAuditEvents(req: Request) async throws -> [AuditEventDTO] {
        let tenant = try TenantContext(req)
        let limit = try req.query.get(Int?.self, at: "limit") ?? 50
        return try await AuditService(database: req.db).recentEvents(of: tenant, limit: limit)
    }
}
