// The German pages of the plan check: the admins' plan list and upload, and the project data form
// on the case page.
import Foundation
import Vapor
import ZuegigDomain

struct PlanHTMLController: RouteCollection {
    let maxUploadBytes: Int

    func boot(routes: any RoutesBuilder) throws {
        routes.get("verwaltung", "plaene", use: plans)
        routes.on(.POST, "verwaltung", "plaene", body: .collect(maxSize: ByteCount(value: maxUploadBytes + 64 * 1024)), use: upload)
        routes.post("vorgaenge", ":caseID", "vorhaben", use: saveProject)
    }

    @Sendable func plans(req: Request) async throws -> Response {
        guard req.principal != nil else { return HTMLResponse.redirect(to: "/anmelden") }
        let tenant = try TenantContext(req)
        try AppError.check(Permissions.decide(.managePlans, by: tenant.principal.actor))
        let list = try await PlanService(database: req.db, services: req.zuegig).list(tenant: tenant)
        return HTMLResponse.page(PlansPage(context: PageContext(req), plans: list))
    }

    struct UploadForm: Content {
        let file: File
    }

    @Sendable func upload(req: Request) async throws -> Response {
        try CSRF.verify(req)
        let tenant = try TenantContext(req)
        let service = PlanService(database: req.db, services: req.zuegig)
        do {
            guard let form = try? req.content.decode(UploadForm.self) else { throw AppError(.validation, "Bitte wählen Sie eine XPlanGML-Datei aus.") }
            let imported = try await service.importPlan(Data(buffer: form.file.data), fileName: form.file.filename, tenant: tenant)
            return HTMLResponse.page(PlansPage(context: PageContext(req), plans: try await service.list(tenant: tenant), imported: imported))
        } catch let error as AppError where error.kind == .validation || error.kind == .payloadTooLarge {
            return HTMLResponse.page(PlansPage(context: PageContext(req), plans: try await service.list(tenant: tenant), error: error), status: error.status)
        }
    }

    @Sendable func saveProject(req: Request) async throws -> Response {
        try CSRF.verify(req)
        let caseID = try req.uuidParameter("caseID")
        let principal = try req.requirePrincipal()
        let text = (try? req.content.get(String.self, at: "project")) ?? ""
        do {
            _ = try await PlanService(database: req.db, services: req.zuegig).saveProject(caseID, data: Data(text.utf8), by: principal)
            return HTMLResponse.redirect(to: "/vorgaenge/\(caseID.uuidString.lowercased())#planpruefung")
        } catch let error as AppError where error.kind == .validation || error.kind == .payloadTooLarge {
            return try await CaseHTMLController.renderCase(req, caseID: caseID, projectError: error.detail, submittedProject: text, status: error.status)
        }
    }
}
