// Development plans and the plan check in the API.
import Foundation
import Vapor

struct PlanAPIController: RouteCollection {
    let maxUploadBytes: Int

    func boot(routes: any RoutesBuilder) throws {
        routes.get("plans", use: list)
        routes.on(.POST, "plans", body: .collect(maxSize: ByteCount(value: maxUploadBytes + 1024)), use: importPlan)
        routes.get("plans", ":planID", use: show)
        let item = routes.grouped("cases", ":caseID")
        item.get("project", use: project)
        item.put("project", use: saveProject)
        item.get("plan-check", use: check)
        item.get("plan-check", "map", use: map)
    }

    @Sendable func list(req: Request) async throws -> [PlanDTO] {
        try await PlanService(database: req.db, services: req.zuegig).list(tenant: try TenantContext(req))
    }

    @Sendable func importPlan(req: Request) async throws -> Response {
        let tenant = try TenantContext(req)
        guard let body = req.body.data else { throw AppError(.validation, "Erwartet wird eine XPlanGML-Datei im Rumpf der Anfrage.") }
        let dto = try await PlanService(database: req.db, services: req.zuegig).importPlan(Data(buffer: body), fileName: req.headers.first(name: "X-File-Name"), tenant: tenant)
        return try Response.json(dto, status: .created)
    }

    @Sendable func show(req: Request) async throws -> PlanDTO {
        let id = try req.uuidParameter("planID", notFound: AppError(.notFound, "Diesen Bebauungsplan gibt es nicht."))
        return try await PlanService(database: req.db, services: req.zuegig).plan(id, tenant: try TenantContext(req))
    }

    @Sendable func project(req: Request) async throws -> CaseProjectDTO {
        let caseID = try req.uuidParameter("caseID")
        guard let dto = try await PlanService(database: req.db, services: req.zuegig).project(caseID, for: try req.requirePrincipal()) else {
            throw AppError(.notFound, "Für diesen Vorgang sind keine Vorhabensdaten erfasst.")
        }
        return dto
    }

    @Sendable func saveProject(req: Request) async throws -> CaseProjectDTO {
        guard let body = req.body.data else { throw AppError(.validation, "Erwartet werden Vorhabensdaten als JSON oder GeoJSON.") }
        return try await PlanService(database: req.db, services: req.zuegig).saveProject(try req.uuidParameter("caseID"), data: Data(buffer: body), by: try req.requirePrincipal())
    }

    @Sendable func check(req: Request) async throws -> CasePlanCheckDTO {
        let caseID = try req.uuidParameter("caseID")
        return try await PlanService(database: req.db, services: req.zuegig).check(caseID, for: try req.requirePrincipal()).dto(caseID: caseID)
    }

    @Sendable func map(req: Request) async throws -> Response {
        let outcome = try await PlanService(database: req.db, services: req.zuegig).check(try req.uuidParameter("caseID"), for: try req.requirePrincipal())
        guard let svg = outcome.map else { throw AppError(.notFound, outcome.message ?? "Keine Karte vorhanden.") }
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "image", subType: "svg+xml", parameters: ["charset": "utf-8"])
        return Response(status: .ok, headers: headers, body: .init(string: svg))
    }
}
