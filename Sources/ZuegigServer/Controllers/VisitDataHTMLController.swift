// The German pages behind the visit board: inspectors' planning data, visits added by hand, a
// missing location entered, a visit cancelled. Invalid input shows the page again with the messages
// and the entered values; nothing is stored half.
import Fluent
import Foundation
import Vapor
import ZuegigDomain
import ZuegigPersistence

struct VisitDataHTMLController: RouteCollection {
    static let notFound = AppError(.notFound, "Diesen Besuch gibt es nicht.")

    func boot(routes: any RoutesBuilder) throws {
        routes.get("verwaltung", "termine", "daten", use: page)
        routes.post("verwaltung", "termine", "daten", "besuche", use: add)
        routes.post("verwaltung", "termine", "daten", "pruefer", ":userID", use: saveProfile)
        routes.post("verwaltung", "termine", "besuche", ":visitID", "lage", use: locate)
        routes.post("verwaltung", "termine", "besuche", ":visitID", "absagen", use: cancel)
    }

    func render(_ req: Request, values: [String: String] = [:], fieldErrors: [String: [String]] = [:], message: String? = nil,
                error: String? = nil, status: HTTPResponseStatus = .ok) async throws -> Response {
        let tenant = try TenantContext(req)
        try AppError.check(Permissions.decide(.planVisits, by: tenant.principal.actor))
        let service = VisitService(database: req.db, services: req.zuegig)
        async let requests = service.activeRequests(tenant: tenant)
        async let staff = service.inspectorStaff(tenant: tenant)
        async let profiles = tenant.scope.query(InspectorProfileModel.self).all()
        let page = VisitDataPage(
            context: PageContext(req), requests: try await requests, staff: try await staff,
            profiles: Dictionary(try await profiles.map { ($0.userID, $0) }, uniquingKeysWith: { first, _ in first }),
            values: values, fieldErrors: fieldErrors, message: message, error: error
        )
        return HTMLResponse.page(page, status: status)
    }

    /// Runs a change and shows the page with its message, or with the validation problem and the entered values.
    func respond(_ req: Request, values: [String: String] = [:], _ change: () async throws -> String) async throws -> Response {
        do {
            return try await render(req, message: try await change())
        } catch let error as AppError where error.kind == .validation || error.kind == .conflict {
            return try await render(req, values: values, fieldErrors: error.fieldErrors, error: error.detail, status: error.status)
        }
    }

    @Sendable func page(req: Request) async throws -> Response {
        guard req.principal != nil else { return HTMLResponse.redirect(to: "/anmelden") }
        return try await render(req)
    }

    @Sendable func add(req: Request) async throws -> Response {
        try CSRF.verify(req)
        let fields = (try? req.content.decode([String: String].self)) ?? [:]
        var values = fields
        values[CSRF.fieldName] = nil
        return try await respond(req, values: values) {
            let request = try await VisitService(database: req.db, services: req.zuegig).addRequest(try VisitForms.Request.parse(fields), tenant: try TenantContext(req))
            return "Besuch „\(request.title)“ angelegt; er wird beim nächsten Wochenvorschlag berücksichtigt."
        }
    }

    @Sendable func saveProfile(req: Request) async throws -> Response {
        try CSRF.verify(req)
        let fields = (try? req.content.decode([String: String].self)) ?? [:]
        let userID = try req.uuidParameter("userID", notFound: AppError(.notFound, "Diese Person gibt es nicht."))
        return try await respond(req) {
            let profile = try await VisitService(database: req.db, services: req.zuegig).saveProfile(for: userID, try VisitForms.Profile.parse(fields), tenant: try TenantContext(req))
            let absent = profile.daysOffList.count
            return "Planungsdaten gespeichert (\(absent == 1 ? "1 Abwesenheitstag" : "\(absent) Abwesenheitstage")). Schlagen Sie die Woche neu vor, um sie zu berücksichtigen."
        }
    }

    @Sendable func locate(req: Request) async throws -> Response {
        try CSRF.verify(req)
        let visitID = try req.uuidParameter("visitID", notFound: Self.notFound)
        return try await respond(req) {
            var validation = Validation()
            let position = VisitForms.position(lat: try? req.content.get(String.self, at: "lat"), lon: try? req.content.get(String.self, at: "lon"), into: &validation)
            try validation.finish()
            let request = try await VisitService(database: req.db, services: req.zuegig).locate(visitID, lat: position!.lat, lon: position!.lon, tenant: try TenantContext(req))
            return "Standort von „\(request.title)“ gespeichert; der Besuch wird beim nächsten Vorschlag eingeplant."
        }
    }

    @Sendable func cancel(req: Request) async throws -> Response {
        try CSRF.verify(req)
        let visitID = try req.uuidParameter("visitID", notFound: Self.notFound)
        return try await respond(req) {
            let request = try await VisitService(database: req.db, services: req.zuegig).cancel(visitID, tenant: try TenantContext(req))
            return "Besuch „\(request.title)“ abgesagt."
        }
    }
}
