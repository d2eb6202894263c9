// The document intake in the API: suggestions per document, review, and the completeness check.
import Foundation
import Vapor

struct IntakeAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let item = routes.grouped("cases", ":caseID")
        item.get("intake", use: intake)
        item.get("completeness", use: completeness)
        item.post("documents", ":documentID", "review", use: review)
    }

    @Sendable func intake(req: Request) async throws -> IntakeOverviewDTO {
        try await IntakeService(database: req.db, services: req.zuegig).overview(try req.uuidParameter("caseID"), for: try req.requirePrincipal())
    }

    @Sendable func completeness(req: Request) async throws -> Response {
        let overview = try await IntakeService(database: req.db, services: req.zuegig).overview(try req.uuidParameter("caseID"), for: try req.requirePrincipal())
        return try Response.json(overview.completeness, status: .ok)
    }

    @Sendable func review(req: Request) async throws -> IntakeOverviewDTO {
        let caseID = try req.uuidParameter("caseID")
        let documentID = try req.uuidParameter("documentID", notFound: AppError(.notFound, "Das Dokument wurde nicht gefunden."))
        let input: DocumentReviewInput
        do {
            input = try req.content.decode(DocumentReviewInput.self)
        } catch {
            throw AppError(.validation, "Erwartet wird JSON mit kind und/oder fields.")
        }
        let service = IntakeService(database: req.db, services: req.zuegig)
        let principal = try req.requirePrincipal()
        try await service.review(caseID, document: documentID, input: input, by: principal)
        return try await service.overview(caseID, for: principal)
    }
}
