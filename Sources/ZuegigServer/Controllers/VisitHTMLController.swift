// The German pages of site visit planning: the board (propose, accept, fix, invitations) and the
// inspector's day with the protocol form.
import Fluent
import Foundation
import Vapor
import ZuegigDomain
import ZuegigPersistence

struct VisitHTMLController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("verwaltung", "termine", use: board)
        routes.post("verwaltung", "termine", "vorschlag", use: propose)
        routes.post("verwaltung", "termine", "plaene", ":planID", "annehmen", use: accept)
        routes.get("verwaltung", "termine", "plaene", ":planID", "termine.ics", use: planCalendar)
        routes.get("verwaltung", "termine", "besuche", ":visitID", "termin.ics", use: visitCalendar)
        routes.post("verwaltung", "termine", "besuche", ":visitID", "festlegen", use: fix)
        routes.get("termine", use: day)
        let protocolLimit = ByteCount(value: VisitService.maxPhotos * VisitService.maxPhotoBytes + 256 * 1024)
        routes.on(.POST, "termine", ":visitID", "protokoll", body: .collect(maxSize: protocolLimit), use: recordProtocol)
        routes.get("termine", ":visitID", "fotos", ":photoID", use: photo)
    }

    struct ProtocolForm: Content {
        var result: String?
        var findings: String?
        var defects: String?
        var photos: [File]?
    }

    /// The Monday of the week after today (the usual week to plan), or the given one.
    static func week(_ text: String?, services: ZuegigServices) -> Day {
        if let text, let day = Day(iso: text) { return day }
        let today = Day(services.now(), in: GermanDate.berlin)
        return today.adding(days: 8 - today.isoWeekday)
    }

    func render(_ req: Request, week: Day, proposal: VisitService.Proposal? = nil, message: String? = nil, error: String? = nil, status: HTTPResponseStatus = .ok) async throws -> Response {
        let tenant = try TenantContext(req)
        let service = VisitService(database: req.db, services: req.zuegig)
        var shown = proposal
        if shown == nil { shown = try await service.latest(firstDay: Self.firstWorkingDay(week).description, tenant: tenant) }
        let page = VisitBoardPage(
            context: PageContext(req), week: week.description, requests: try await service.activeRequests(tenant: tenant),
            inspectors: try await service.inspectors(tenant: tenant).map { ($0.user.id!, $0.user.displayName) },
            proposal: shown, message: message, error: error
        )
        return HTMLResponse.page(page, status: status)
    }

    static func firstWorkingDay(_ day: Day) -> Day {
        var day = day
        while day.isWeekend { day = day.adding(days: 1) }
        return day
    }

    @Sendable func board(req: Request) async throws -> Response {
        guard req.principal != nil else { return HTMLResponse.redirect(to: "/anmelden") }
        let tenant = try TenantContext(req)
        try AppError.check(Permissions.decide(.planVisits, by: tenant.principal.actor))
        return try await render(req, week: Self.week(try? req.query.get(String.self, at: "woche"), services: req.zuegig))
    }

    @Sendable func propose(req: Request) async throws -> Response {
        try CSRF.verify(req)
        let tenant = try TenantContext(req)
        let week = Self.week(try? req.content.get(String.self, at: "woche"), services: req.zuegig)
        do {
            let proposal = try await VisitService(database: req.db, services: req.zuegig).propose(firstDay: week, tenant: tenant)
            return try await render(req, week: week, proposal: proposal, message: "Neuer Vorschlag: \(proposal.output.totals.assigned) von \(proposal.output.totals.visits) Besuchen eingeplant.")
        } catch let error as AppError where error.kind == .validation {
            return try await render(req, week: week, error: error.detail, status: error.status)
        }
    }

    @Sendable func accept(req: Request) async throws -> Response {
        try CSRF.verify(req)
        let tenant = try TenantContext(req)
        let service = VisitService(database: req.db, services: req.zuegig)
        let proposal = try await service.accept(try req.uuidParameter("planID"), tenant: tenant)
        let week = Day(iso: proposal.model.firstDay) ?? Self.week(nil, services: req.zuegig)
        return try await render(req, week: week, proposal: try await service.plan(proposal.model.requireID(), tenant: tenant),
                                message: "Plan angenommen: Termine bestätigt, in den Vorgängen vermerkt; Einladungen stehen als iCalendar-Dateien bereit.")
    }

    @Sendable func planCalendar(req: Request) async throws -> Response {
        let tenant = try TenantContext(req)
        try AppError.check(Permissions.decide(.planVisits, by: tenant.principal.actor))
        let service = VisitService(database: req.db, services: req.zuegig)
        let proposal = try await service.plan(try req.uuidParameter("planID"), tenant: tenant)
        return Self.calendarResponse(try await service.calendar(try await service.confirmedRequests(inPlan: proposal, tenant: tenant), tenant: tenant), name: "vor-ort-termine-\(proposal.model.firstDay).ics")
    }

    @Sendable func visitCalendar(req: Request) async throws -> Response {
        let tenant = try TenantContext(req)
        let service = VisitService(database: req.db, services: req.zuegig)
        let request = try await service.request(try req.uuidParameter("visitID"), tenant: tenant)
        let mayPlan = Permissions.decide(.planVisits, by: tenant.principal.actor) == .allowed
        guard mayPlan || request.inspectorID == tenant.principal.userID else { throw AppError(.notFound, "Diesen Besuch gibt es nicht.") }
        return Self.calendarResponse(try await service.calendar([request], tenant: tenant), name: "vor-ort-termin.ics")
    }

    static func calendarResponse(_ text: String, name: String) -> Response {
        let response = Response(status: .ok, body: .init(string: text))
        response.headers.contentType = HTTPMediaType(type: "text", subType: "calendar", parameters: ["charset": "utf-8", "method": "REQUEST"])
        response.headers.add(name: .contentDisposition, value: "attachment; filename=\"\(name)\"")
        return response
    }

    @Sendable func fix(req: Request) async throws -> Response {
        try CSRF.verify(req)
        let tenant = try TenantContext(req)
        let service = VisitService(database: req.db, services: req.zuegig)
        let date = (try? req.content.get(String.self, at: "date")) ?? ""
        let week = Self.week(nil, services: req.zuegig)
        do {
            guard let inspector = UUID(uuidString: (try? req.content.get(String.self, at: "inspector")) ?? "") else {
                throw AppError(.validation, "Bitte eine Prüferin oder einen Prüfer wählen.")
            }
            let request = try await service.fix(try req.uuidParameter("visitID"), inspector: inspector, date: date,
                                                start: (try? req.content.get(String.self, at: "start")) ?? "", tenant: tenant)
            return try await render(req, week: Day(iso: date).map(Self.monday) ?? week,
                                    message: "„\(request.title)“ ist auf \(VisitBoardPage.germanDate(date)), \(request.plannedStart ?? "") Uhr festgelegt und bleibt beim Neuplanen fest.")
        } catch let error as AppError where error.kind == .validation {
            return try await render(req, week: Day(iso: date).map(Self.monday) ?? week, error: error.detail, status: error.status)
        }
    }

    static func monday(_ day: Day) -> Day { day.adding(days: 1 - day.isoWeekday) }

    @Sendable func day(req: Request) async throws -> Response {
        guard req.principal != nil else { return HTMLResponse.redirect(to: "/anmelden") }
        return try await renderDay(req, date: (try? req.query.get(String.self, at: "datum")).flatMap { Day(iso: $0) })
    }

    func renderDay(_ req: Request, date: Day?, message: String? = nil, error: String? = nil, status: HTTPResponseStatus = .ok) async throws -> Response {
        let tenant = try TenantContext(req)
        let date = date ?? Day(req.zuegig.now(), in: GermanDate.berlin)
        let requests = try await VisitService(database: req.db, services: req.zuegig).day(date.description, tenant: tenant)
        let cases = try await tenant.scope.query(CaseModel.self).filter(\.$id ~~ requests.compactMap(\.caseID)).all()
        let byID = Dictionary(uniqueKeysWithValues: cases.compactMap { item in item.id.map { ($0, item) } })
        let photos = try await VisitService(database: req.db, services: req.zuegig).photos(of: requests.compactMap(\.id), tenant: tenant)
        let stops = requests.map { request in
            let item = request.caseID.flatMap { byID[$0] }
            return InspectorDayPage.Stop(request: request, caseTitle: item?.title, caseNumber: item?.number,
                                         caseLink: item?.id.map { "/vorgaenge/\($0.uuidString.lowercased())" }, parcel: item?.parcel,
                                         photos: request.id.flatMap { photos[$0] } ?? [])
        }
        return HTMLResponse.page(InspectorDayPage(context: PageContext(req), date: date.description, stops: stops, message: message, error: error), status: status)
    }

    @Sendable func recordProtocol(req: Request) async throws -> Response {
        try CSRF.verify(req)
        let tenant = try TenantContext(req)
        let service = VisitService(database: req.db, services: req.zuegig)
        let visitID = try req.uuidParameter("visitID")
        let request = try await service.request(visitID, tenant: tenant)
        let date = request.plannedDate.flatMap { Day(iso: $0) }
        do {
            guard let form = try? req.content.decode(ProtocolForm.self) else { throw AppError(.validation, "Das Formular ist unvollständig.") }
            let defects = try Self.defects(form.defects ?? "")
            let photos = (form.photos ?? []).filter { $0.data.readableBytes > 0 }.map { (name: $0.filename, data: Data(buffer: $0.data)) }
            _ = try await service.recordProtocol(visitID, result: form.result ?? "", findings: form.findings ?? "", defects: defects, photos: photos, tenant: tenant)
            return try await renderDay(req, date: date, message: "Protokoll zu „\(request.title)“ gespeichert\(photos.isEmpty ? "" : " (\(photos.count) Fotos)").")
        } catch let error as AppError where error.status.code < 500 && error.kind != .notFound {
            return try await renderDay(req, date: date, error: error.detail, status: error.status)
        }
    }

    /// A protocol photo, for the visit's inspector and the planning staff.
    @Sendable func photo(req: Request) async throws -> Response {
        let tenant = try TenantContext(req)
        let notFound = AppError(.notFound, "Dieses Foto gibt es nicht.")
        let request = try await VisitService(database: req.db, services: req.zuegig).request(try req.uuidParameter("visitID", notFound: notFound), tenant: tenant)
        let mayPlan = Permissions.decide(.planVisits, by: tenant.principal.actor) == .allowed
        guard mayPlan || request.inspectorID == tenant.principal.userID,
              let photo = try await tenant.scope.query(VisitPhotoModel.self).filter(\.$id == req.uuidParameter("photoID", notFound: notFound))
                .filter(\.$visitID == request.requireID()).first() else { throw notFound }
        return HTMLResponse.file(try req.zuegig.documents.read(photo.sha256), mediaType: photo.mediaType, fileName: photo.fileName)
    }

    /// "Beschreibung | JJJJ-MM-TT" per line.
    static func defects(_ text: String) throws -> [(text: String, deadline: String)] {
        try text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.map { line in
            let parts = line.split(separator: "|", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[0].isEmpty else {
                throw AppError(.validation, "Mängel bitte je Zeile als „Beschreibung | JJJJ-MM-TT“ angeben (Zeile „\(line)“).")
            }
            return (parts[0], parts[1])
        }
    }
}
