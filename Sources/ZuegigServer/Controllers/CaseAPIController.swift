// Cases in the API: list (cursor pages), read, create a draft.
import Fluent
import Vapor

struct CaseAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("cases", use: listCases)
        routes.post("cases", use: createCase)
        routes.get("cases", ":caseID", use: getCase)
    }

    @Sendable func listCases(req: Request) async throws -> CasePageDTO {
        let principal = try req.requirePrincipal()
        let limit = try req.query.get(Int?.self, at: "limit") ?? 50
        let cursor = try req.query.get(String?.self, at: "cursor")
        return try await CaseService(database: req.db).list(for: principal.actor, cursor: cursor, limit: limit)
    }

    @Sendable func getCase(req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        guard let id = req.parameters.get("caseID", as: UUID.self) else { throw AppError.caseNotFound }
        let detail = try await req.caseDetails.load(id, for: principal)
        return try Response.json(detail, etag: detail.summary.version)
    }

    @Sendable func createCase(req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        let input = try req.content.decode(CreateCaseRequest.self)
        let created = try await CaseService(database: req.db).createDraft(input, by: principal, services: req.zuegig)
        let detail = try await req.caseDetails.load(created.id, for: principal)
        let response = try Response.json(detail, status: .created, etag: detail.summary.version)
        response.headers.replaceOrAdd(name: .location, value: "/api/v1/cases/\(created.id.uuidString.lowercased())")
        return response
    }
}
