// The case pages: list (inbox by nearest deadline), new application, case page with its action forms,
// document upload and download, the decision PDF, and the decision template for admins.
import Fluent
import Foundation
import Vapor
import ZuegigAI
import ZuegigDomain
import ZuegigPersistence

struct CaseHTMLController: RouteCollection {
    let maxUploadBytes: Int

    func boot(routes: any RoutesBuilder) throws {
        routes.get("vorgaenge", use: list)
        routes.get("vorgaenge", "neu", use: newForm)
        routes.post("vorgaenge", "neu", use: create)
        routes.get("vorgaenge", ":caseID", use: show)
        routes.post("vorgaenge", ":caseID", "aktionen", ":action", use: act)
        routes.on(.POST, "vorgaenge", ":caseID", "dokumente", body: .collect(maxSize: ByteCount(value: maxUploadBytes + 64 * 1024)), use: upload)
        routes.get("vorgaenge", ":caseID", "dokumente", ":documentID", use: download)
        routes.post("vorgaenge", ":caseID", "dokumente", ":documentID", "pruefung", use: review)
        routes.get("vorgaenge", ":caseID", "bescheid.pdf", use: decisionPDF)
        routes.get("verwaltung", "bescheidvorlage", use: templateForm)
        routes.post("verwaltung", "bescheidvorlage", use: saveTemplate)
    }

    @Sendable func list(req: Request) async throws -> Response {
        guard let principal = req.principal else { return HTMLResponse.redirect(to: "/anmelden") }
        let page = try await CaseService(database: req.db).list(for: principal.actor, cursor: nil, limit: CaseService.maxPageSize)
        // The inbox reads by the nearest deadline; cases without a running deadline follow by case number.
        let ordered = page.items.sorted { ($0.nextDeadline ?? "9999", $0.number ?? "~") < ($1.nextDeadline ?? "9999", $1.number ?? "~") }
        return HTMLResponse.page(CaseListPage(context: PageContext(req), cases: ordered))
    }

    @Sendable func newForm(req: Request) async throws -> Response {
        guard req.principal != nil else { return HTMLResponse.redirect(to: "/anmelden") }
        return HTMLResponse.page(NewCasePage(context: PageContext(req), authorities: try await authorities(req)))
    }

    func authorities(_ req: Request) async throws -> [AuthorityDTO] {
        try await AuthorityModel.query(on: req.db).sort(\.$name).all().map(AuthorityDTO.init)
    }

    struct NewCaseForm: Content {
        let authority: String
        let title: String
        let siteAddress: String
        let parcel: String?
        let description: String?
        let buildingClass: Int?
        let declaredCostEuros: String?
    }

    @Sendable func create(req: Request) async throws -> Response {
        try CSRF.verify(req)
        let principal = try req.requirePrincipal()
        let form = try req.content.decode(NewCaseForm.self)
        let values = ["authority": form.authority, "title": form.title, "siteAddress": form.siteAddress, "parcel": form.parcel ?? "",
                      "description": form.description ?? "", "buildingClass": form.buildingClass.map(String.init) ?? "", "declaredCostEuros": form.declaredCostEuros ?? ""]
        do {
            let cost = try form.declaredCostEuros.flatMap { text -> Double? in
                let trimmed = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".")
                guard !trimmed.isEmpty else { return nil }
                guard let value = Double(trimmed) else {
                    throw AppError(.validation, "Bitte geben Sie die Baukosten als Zahl an.", fieldErrors: ["declaredCostEuros": ["Bitte eine Zahl angeben."]])
                }
                return value
            }
            let request = CreateCaseRequest(authority: form.authority, title: form.title, siteAddress: form.siteAddress, procedure: nil, parcel: form.parcel,
                                            description: form.description, buildingClass: form.buildingClass, declaredCostEuros: cost)
            let created = try await CaseService(database: req.db).createDraft(request, by: principal, services: req.zuegig)
            return HTMLResponse.redirect(to: "/vorgaenge/\(created.id.uuidString.lowercased())")
        } catch let error as AppError where error.status.code < 500 && error.kind != .notFound {
            return HTMLResponse.page(NewCasePage(context: PageContext(req), authorities: try await authorities(req), values: values, error: error), status: error.status)
        }
    }

    @Sendable func show(req: Request) async throws -> Response {
        guard req.principal != nil else { return HTMLResponse.redirect(to: "/anmelden") }
        return try await Self.renderCase(req, caseID: try req.uuidParameter("caseID"))
    }

    /// The case page; `projectError` and `submittedProject` show a refused project data form again.
    static func renderCase(_ req: Request, caseID: UUID, error: AppError? = nil, projectError: String? = nil, submittedProject: String? = nil,
                           status: HTTPStatus? = nil) async throws -> Response {
        let principal = try req.requirePrincipal()
        let detail = try await req.caseDetails.load(caseID, for: principal)
        async let documents = DocumentService(database: req.db, services: req.zuegig).list(caseID, for: principal)
        async let events = req.caseDetails.events(caseID, for: principal)
        let agencies = principal.kind == .staff
            ? try await TenantScope(authorityID: detail.summary.authority.id, database: req.db).query(AgencyModel.self).sort(\.$name).all()
                .map { (id: try $0.requireID(), name: $0.name) }
            : []
        let intake = IntakeService.canSee(principal) ? try await IntakeService(database: req.db, services: req.zuegig).overview(caseID, for: principal) : nil
        var page = CasePage(context: PageContext(req), detail: detail, documents: try await documents.map(DocumentDTO.init),
                            events: try await events, agencies: agencies, intake: intake, canReviewIntake: principal.actor.has(.caseWorker), error: error)
        if let view = try await PlanService(database: req.db, services: req.zuegig).view(caseID, for: principal) {
            page.planCheck = PlanCheckSection(
                check: view.outcome.dto(caseID: caseID), map: view.outcome.map, project: view.project,
                casePath: page.path, context: page.context, canEdit: PlanService.canEdit(principal, item: view.item),
                projectError: projectError, submittedProject: submittedProject
            )
            page.planSummary = view.outcome.result.map { PlanCheckSummary.german($0) }
        }
        return HTMLResponse.page(page, status: status ?? error?.status ?? .ok)
    }

    /// One action form; invalid input or a refused step shows the case page again with the reason.
    @Sendable func act(req: Request) async throws -> Response {
        try CSRF.verify(req)
        let principal = try req.requirePrincipal()
        let caseID = try req.uuidParameter("caseID")
        guard let action = req.parameters.get("action").flatMap(CaseAction.init(rawValue:)) else {
            throw AppError(.notFound, "Diese Aktion gibt es nicht.")
        }
        do {
            try await CaseFormAction(req: req, principal: principal, caseID: caseID).perform(action)
            return HTMLResponse.redirect(to: "/vorgaenge/\(caseID.uuidString.lowercased())")
        } catch let error as AppError where error.status.code < 500 && error.kind != .notFound {
            return try await Self.renderCase(req, caseID: caseID, error: error)
        }
    }

    struct UploadForm: Content {
        let file: File
        let kind: String
    }

    @Sendable func upload(req: Request) async throws -> Response {
        try CSRF.verify(req)
        let principal = try req.requirePrincipal()
        let caseID = try req.uuidParameter("caseID")
        do {
            guard let form = try? req.content.decode(UploadForm.self), form.file.data.readableBytes > 0 else {
                throw AppError(.validation, "Bitte wählen Sie eine Datei aus.", fieldErrors: ["file": ["Keine Datei ausgewählt."]])
            }
            _ = try await DocumentService(database: req.db, services: req.zuegig).upload(
                to: caseID, kind: form.kind, fileName: form.file.filename, data: Data(buffer: form.file.data), replaces: nil, by: principal)
            return HTMLResponse.redirect(to: "/vorgaenge/\(caseID.uuidString.lowercased())#unterlagen")
        } catch let error as AppError where error.status.code < 500 && error.kind != .notFound {
            return try await Self.renderCase(req, caseID: caseID, error: error)
        }
    }

    /// Accepts or corrects the suggestions for one document (form fields `kind` and `field.<name>`).
    @Sendable func review(req: Request) async throws -> Response {
        try CSRF.verify(req)
        let principal = try req.requirePrincipal()
        let caseID = try req.uuidParameter("caseID")
        let documentID = try req.uuidParameter("documentID", notFound: AppError(.notFound, "Das Dokument wurde nicht gefunden."))
        let form = (try? req.content.decode([String: String].self)) ?? [:]
        var fields: [String: String] = [:]
        for (key, value) in form where key.hasPrefix("field.") { fields[String(key.dropFirst("field.".count))] = value }
        let input = DocumentReviewInput(kind: form["kind"], fields: fields.isEmpty ? nil : fields)
        do {
            try await IntakeService(database: req.db, services: req.zuegig).review(caseID, document: documentID, input: input, by: principal)
            return HTMLResponse.redirect(to: "/vorgaenge/\(caseID.uuidString.lowercased())#dok-\(documentID.uuidString.lowercased())")
        } catch let error as AppError where error.status.code < 500 && error.kind != .notFound {
            return try await Self.renderCase(req, caseID: caseID, error: error)
        }
    }

    @Sendable func download(req: Request) async throws -> Response {
        let caseID = try req.uuidParameter("caseID")
        let documentID = try req.uuidParameter("documentID", notFound: AppError(.notFound, "Das Dokument wurde nicht gefunden."))
        let (document, data) = try await DocumentService(database: req.db, services: req.zuegig).download(caseID, document: documentID, for: try req.requirePrincipal())
        return Response.file(data, mediaType: document.mediaType, fileName: document.fileName)
    }

    @Sendable func decisionPDF(req: Request) async throws -> Response {
        let (_, pdf, _) = try await req.flow.decisionDocument(try req.uuidParameter("caseID"), by: try req.requirePrincipal())
        return Response.file(pdf, mediaType: "application/pdf", fileName: "Bescheid.pdf", inline: true)
    }

    @Sendable func templateForm(req: Request) async throws -> Response {
        guard req.principal != nil else { return HTMLResponse.redirect(to: "/anmelden") }
        let tenant = try TenantContext(req)
        try AppError.check(Permissions.decide(.editTemplates, by: tenant.principal.actor))
        let stored = try await tenant.scope.query(TemplateModel.self).filter(\.$name == DefaultTemplates.decisionName).first()
        return HTMLResponse.page(TemplatePage(context: PageContext(req), body: stored?.body ?? DefaultTemplates.decision, isDefault: stored == nil))
    }

    @Sendable func saveTemplate(req: Request) async throws -> Response {
        try CSRF.verify(req)
        let tenant = try TenantContext(req)
        let body = try req.content.get(String.self, at: "body")
        do {
            try await TemplateService(database: req.db, services: req.zuegig).saveDecisionTemplate(body, tenant: tenant)
            return HTMLResponse.page(TemplatePage(context: PageContext(req), body: body, isDefault: false, saved: true))
        } catch let error as AppError where error.kind == .validation {
            return HTMLResponse.page(TemplatePage(context: PageContext(req), body: body, isDefault: false, error: error), status: error.status)
        }
    }
}
