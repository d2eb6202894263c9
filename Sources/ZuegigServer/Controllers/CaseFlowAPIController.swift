// The procedure flow in the API: one operation per step, each answering the case as it now is.
import Fluent
import Foundation
import Vapor
import ZuegigPersistence

struct CaseFlowAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let item = routes.grouped("cases", ":caseID")
        item.patch(use: updateCase)
        item.post("submit", use: submitCase)
        item.post("deficiency-requests", use: requestDeficiencies)
        item.post("complete", use: markComplete)
        item.post("consultations", use: startConsultation)
        item.post("consultations", ":consultationID", "statement", use: submitStatement)
        item.post("assessment", use: assessCase)
        item.put("decision", use: draftDecision)
        item.post("decision", "approval", use: approveDecision)
        item.get("decision", "document", use: getDecisionDocument)
        item.post("construction-start", use: notifyConstructionStart)
        item.get("inspections", use: listInspections)
        item.post("inspections", ":inspectionID", use: recordInspection)
        item.post("completion", use: notifyCompletion)
        item.post("withdrawal", use: withdrawCase)
        item.post("archive", use: archiveCase)
        item.get("events", use: listCaseEvents)
    }

    /// Answers with the case detail after an action, with its new ETag.
    func detail(_ req: Request, _ caseID: UUID, status: HTTPResponseStatus = .ok) async throws -> Response {
        let detail = try await req.caseDetails.load(caseID, for: try req.requirePrincipal())
        return try Response.json(detail, status: status, etag: detail.summary.version)
    }

    @Sendable func updateCase(req: Request) async throws -> Response {
        let caseID = try req.uuidParameter("caseID")
        let input = try req.content.decode(UpdateCaseRequest.self)
        _ = try await req.flow.update(caseID, with: input, expectedVersion: try req.ifMatchVersion(), by: try req.requirePrincipal())
        return try await detail(req, caseID)
    }

    @Sendable func submitCase(req: Request) async throws -> Response {
        let caseID = try req.uuidParameter("caseID")
        let principal = try req.requirePrincipal()
        return try await IdempotentRequest(req, principal: principal).respond {
            _ = try await req.flow.submit(caseID, by: principal)
            return try await detail(req, caseID)
        }
    }

    @Sendable func requestDeficiencies(req: Request) async throws -> Response {
        let caseID = try req.uuidParameter("caseID")
        _ = try await req.flow.requestDeficiencies(caseID, try req.content.decode(DeficiencyRequestInput.self), by: try req.requirePrincipal())
        return try await detail(req, caseID)
    }

    @Sendable func markComplete(req: Request) async throws -> Response {
        let caseID = try req.uuidParameter("caseID")
        _ = try await req.flow.markComplete(caseID, by: try req.requirePrincipal())
        return try await detail(req, caseID)
    }

    @Sendable func startConsultation(req: Request) async throws -> Response {
        let caseID = try req.uuidParameter("caseID")
        _ = try await req.flow.startConsultation(caseID, try req.content.decode(ConsultationInput.self), by: try req.requirePrincipal())
        return try await detail(req, caseID)
    }

    @Sendable func submitStatement(req: Request) async throws -> Response {
        let caseID = try req.uuidParameter("caseID")
        let consultationID = try req.uuidParameter("consultationID", notFound: AppError(.notFound, "Diese Beteiligung gibt es nicht."))
        _ = try await req.flow.submitStatement(caseID, consultation: consultationID, try req.content.decode(StatementInput.self), by: try req.requirePrincipal())
        return try await detail(req, caseID)
    }

    @Sendable func assessCase(req: Request) async throws -> Response {
        let caseID = try req.uuidParameter("caseID")
        _ = try await req.flow.assess(caseID, try req.content.decode(AssessmentInput.self), by: try req.requirePrincipal())
        return try await detail(req, caseID)
    }

    @Sendable func draftDecision(req: Request) async throws -> Response {
        let caseID = try req.uuidParameter("caseID")
        _ = try await req.flow.draftDecision(caseID, try req.content.decode(DecisionDraftInput.self), by: try req.requirePrincipal())
        return try await detail(req, caseID)
    }

    @Sendable func approveDecision(req: Request) async throws -> Response {
        let caseID = try req.uuidParameter("caseID")
        _ = try await req.flow.approveDecision(caseID, by: try req.requirePrincipal())
        return try await detail(req, caseID)
    }

    /// The issued notice: PDF by default, `?format=html` for the same text as HTML.
    @Sendable func getDecisionDocument(req: Request) async throws -> Response {
        let caseID = try req.uuidParameter("caseID")
        let (decision, pdf, title) = try await req.flow.decisionDocument(caseID, by: try req.requirePrincipal())
        var headers = HTTPHeaders()
        if (try? req.query.get(String.self, at: "format")) == "html" {
            headers.contentType = .html
            let notice = NoticeMarkup.html(NoticeMarkup.blocks(decision.noticeText ?? "", title: ""))
            return Response(status: .ok, headers: headers, body: .init(string: "<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>\(NoticeMarkup.escape(title))</title></head><body><main>\(notice)</main></body></html>"))
        }
        let response = Response.file(pdf, mediaType: "application/pdf", fileName: "Bescheid.pdf", inline: true)
        response.headers.replaceOrAdd(name: "X-PDF-Producer", value: decision.pdfProducer ?? "")
        return response
    }

    @Sendable func notifyConstructionStart(req: Request) async throws -> Response {
        let caseID = try req.uuidParameter("caseID")
        _ = try await req.flow.notifyConstructionStart(caseID, try req.content.decode(ConstructionStartInput.self), by: try req.requirePrincipal())
        return try await detail(req, caseID)
    }

    @Sendable func listInspections(req: Request) async throws -> [InspectionDTO] {
        let caseID = try req.uuidParameter("caseID")
        return try await req.caseDetails.load(caseID, for: try req.requirePrincipal()).inspections
    }

    @Sendable func recordInspection(req: Request) async throws -> Response {
        let caseID = try req.uuidParameter("caseID")
        let inspectionID = try req.uuidParameter("inspectionID", notFound: AppError(.notFound, "Diese Abnahme gibt es nicht."))
        _ = try await req.flow.recordInspection(caseID, inspection: inspectionID, try req.content.decode(InspectionInput.self), by: try req.requirePrincipal())
        return try await detail(req, caseID)
    }

    @Sendable func notifyCompletion(req: Request) async throws -> Response {
        let caseID = try req.uuidParameter("caseID")
        _ = try await req.flow.notifyCompletion(caseID, by: try req.requirePrincipal())
        return try await detail(req, caseID)
    }

    @Sendable func withdrawCase(req: Request) async throws -> Response {
        let caseID = try req.uuidParameter("caseID")
        _ = try await req.flow.withdraw(caseID, by: try req.requirePrincipal())
        return try await detail(req, caseID)
    }

    @Sendable func archiveCase(req: Request) async throws -> Response {
        let caseID = try req.uuidParameter("caseID")
        _ = try await req.flow.archive(caseID, by: try req.requirePrincipal())
        return try await detail(req, caseID)
    }

    @Sendable func listCaseEvents(req: Request) async throws -> [CaseEventDTO] {
        try await req.caseDetails.events(try req.uuidParameter("caseID"), for: try req.requirePrincipal())
    }
}
