// Site visits of an authority: the requests, the optimiser's proposed week (stored with its input),
// accepting it (appointments confirmed, a timeline entry in each case, iCalendar invitations),
// moving and locking a visit by hand, the inspector's day and the protocol that closes a visit.
import Fluent
import Foundation
import ZuegigAI
import ZuegigDomain
import ZuegigInterop
import ZuegigPersistence

struct VisitService: Sendable {
    let database: any Database
    let services: ZuegigServices

    /// Seconds the optimiser may take for a proposal in the platform.
    static let timeLimit = 3.0
    static let maxRequestsPerPlan = 2_000
    static let maxPhotos = 6
    static let maxPhotoBytes = 10 * 1_048_576

    struct Proposal: Sendable {
        let model: VisitPlanModel
        let input: VisitPlanInput
        let output: VisitPlanOutput
    }

    // MARK: Data for the planner

    func inspectors(tenant: TenantContext) async throws -> [(profile: InspectorProfileModel, user: UserModel)] {
        let profiles = try await tenant.scope.query(InspectorProfileModel.self).all()
        let users = try await UserModel.query(on: database).filter(\.$id ~~ profiles.map(\.userID)).all()
        let byID = Dictionary(uniqueKeysWithValues: users.compactMap { user in user.id.map { ($0, user) } })
        return profiles.compactMap { profile in byID[profile.userID].map { (profile, $0) } }.sorted { $0.user.displayName < $1.user.displayName }
    }

    func activeRequests(tenant: TenantContext) async throws -> [VisitRequestModel] {
        try await tenant.scope.query(VisitRequestModel.self).filter(\.$status ~~ [.open, .confirmed]).sort(\.$createdAt).all()
    }

    static func windows(_ model: VisitRequestModel) -> [VisitPlanInput.Window] {
        (try? JSONDecoder().decode([VisitPlanInput.Window].self, from: Data(model.windows.utf8))) ?? []
    }

    /// The planner's input for the week: inspectors with profiles, open requests, and the confirmed
    /// appointments of these days (kept fixed).
    func input(firstDay: Day, days: Int, tenant: TenantContext) async throws -> VisitPlanInput {
        var dates: [String] = []
        var day = firstDay
        while dates.count < days {
            if !day.isWeekend { dates.append(day.description) }
            day = day.adding(days: 1)
        }
        let staff = try await inspectors(tenant: tenant)
        guard !staff.isEmpty else { throw AppError(.validation, "Es sind keine Prüferinnen oder Prüfer mit Planungsdaten (Dienstsitz, Arbeitszeit) hinterlegt.") }
        // Requests without a known location wait on the board until someone enters it.
        let requests = try await activeRequests(tenant: tenant).filter { $0.located && ($0.status == .open || dates.contains($0.plannedDate ?? "")) }
        guard requests.count <= Self.maxRequestsPerPlan else { throw AppError(.validation, "Höchstens \(Self.maxRequestsPerPlan) Besuche je Wochenplan.") }
        let inspectors = staff.map { profile, user in
            VisitPlanInput.Inspector(
                id: user.id!.uuidString, name: user.displayName, home: .init(lat: profile.homeLat, lon: profile.homeLon),
                hours: .init(from: profile.hoursFrom, to: profile.hoursTo),
                weekdayHours: profile.fridayTo.map { ["fr": .init(from: profile.hoursFrom, to: $0)] }, skills: profile.skillList, daysOff: profile.daysOffList
            )
        }
        let known = Set(inspectors.map(\.id))
        let visits = requests.map { request in
            var confirmed: VisitPlanInput.Confirmed?
            if request.status == .confirmed, let inspector = request.inspectorID?.uuidString, known.contains(inspector),
               let date = request.plannedDate, let start = request.plannedStart, dates.contains(date) {
                confirmed = .init(inspector: inspector, date: date, start: start)
            }
            return VisitPlanInput.Visit(
                id: request.id!.uuidString, title: request.title, caseId: request.caseID?.uuidString, address: request.address,
                location: .init(lat: request.lat, lon: request.lon), durationMinutes: request.durationMinutes, windows: Self.windows(request),
                skills: request.skillList, priority: request.priority, latestDate: request.latestDate, confirmed: confirmed
            )
        }
        return VisitPlanInput(days: dates, inspectors: inspectors, visits: visits, travel: .init(mode: "straightLine", detourFactor: 1.35, speedKmh: 28))
    }

    // MARK: Proposals

    func propose(firstDay: Day, days: Int = 5, tenant: TenantContext, seed: UInt64 = 1, iterations: Int? = nil) async throws -> Proposal {
        try AppError.check(Permissions.decide(.planVisits, by: tenant.principal.actor))
        guard (1...10).contains(days) else { throw AppError(.validation, "Ein Plan umfasst 1 bis 10 Arbeitstage.") }
        let input = try await input(firstDay: firstDay, days: days, tenant: tenant)
        let planner: VisitPlanner
        do { planner = try VisitPlanner(input) } catch { throw AppError(.validation, error.description) }
        let options = RouteSearch.Options(seed: seed, timeLimit: Self.timeLimit, iterations: iterations)
        // The search is CPU-bound: off the event loop.
        let output = await Task.detached(priority: .userInitiated) { planner.plan(options: options) }.value
        let violations = try VisitPlanChecker.violations(of: output, input: input, travel: input.travelSource())
        guard violations.isEmpty else {
            throw AppError(.internal, "Der Planvorschlag verletzt Bedingungen und wird nicht gezeigt: \(violations.prefix(3).joined(separator: " "))")
        }
        let model = VisitPlanModel(authorityID: tenant.authorityID, firstDay: input.days[0], days: input.days.count,
                                   plan: try Self.json(output), input: try Self.json(input), createdBy: tenant.principal.userID)
        try await database.transaction { transaction in
            try await tenant.scope.on(transaction).query(VisitPlanModel.self).filter(\.$firstDay == input.days[0]).filter(\.$status == .proposed)
                .set(\.$status, to: .superseded).update()
            try await model.create(on: transaction)
            try await audit("visits.proposed", subject: ("visitPlan", try model.requireID().uuidString),
                            ["firstDay": input.days[0], "visits": String(input.visits.count), "assigned": String(output.totals.assigned)], tenant: tenant, on: transaction)
        }
        return Proposal(model: model, input: input, output: output)
    }

    func latest(firstDay: String, tenant: TenantContext) async throws -> Proposal? {
        guard let model = try await tenant.scope.query(VisitPlanModel.self).filter(\.$firstDay == firstDay).filter(\.$status != .superseded)
            .sort(\.$createdAt, .descending).first() else { return nil }
        return try Self.decode(model)
    }

    func plan(_ id: UUID, tenant: TenantContext) async throws -> Proposal {
        guard let model = try await tenant.scope.find(VisitPlanModel.self, id) else { throw AppError(.notFound, "Diesen Wochenplan gibt es nicht.") }
        return try Self.decode(model)
    }

    static func decode(_ model: VisitPlanModel) throws -> Proposal {
        let decoder = JSONDecoder()
        return Proposal(model: model, input: try decoder.decode(VisitPlanInput.self, from: Data(model.input.utf8)),
                        output: try decoder.decode(VisitPlanOutput.self, from: Data(model.plan.utf8)))
    }

    static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// Confirms every planned stop: the request gets its inspector, date and time, each case a timeline entry.
    func accept(_ id: UUID, tenant: TenantContext) async throws -> Proposal {
        try AppError.check(Permissions.decide(.planVisits, by: tenant.principal.actor))
        let proposal = try await plan(id, tenant: tenant)
        guard proposal.model.status == .proposed else { throw AppError(.conflict, "Dieser Plan ist nicht mehr ein offener Vorschlag.") }
        try await database.transaction { transaction in
            let scope = tenant.scope.on(transaction)
            for route in proposal.output.routes {
                for stop in route.stops {
                    guard let requestID = UUID(uuidString: stop.visit), let request = try await scope.find(VisitRequestModel.self, requestID),
                          request.status == .open || request.status == .confirmed else { continue }
                    let changed = request.plannedDate != route.date || request.plannedStart != String(stop.start.prefix(5))
                        || request.inspectorID?.uuidString != route.inspector
                    request.status = .confirmed
                    request.inspectorID = UUID(uuidString: route.inspector)
                    request.plannedDate = route.date
                    request.plannedStart = String(stop.start.prefix(5))
                    request.plannedEnd = String(stop.end.prefix(5))
                    if changed { request.sequence += 1 }
                    try await request.save(on: transaction)
                    if changed, let caseID = request.caseID {
                        try await audit("case.visitScheduled", subject: ("case", caseID.uuidString),
                                        ["visit": requestID.uuidString, "title": request.title, "date": route.date,
                                         "start": String(stop.start.prefix(5)), "inspector": route.inspectorName], tenant: tenant, on: transaction)
                    }
                }
            }
            proposal.model.status = .accepted
            proposal.model.acceptedAt = services.now()
            try await proposal.model.save(on: transaction)
            try await audit("visits.accepted", subject: ("visitPlan", id.uuidString), ["firstDay": proposal.model.firstDay], tenant: tenant, on: transaction)
        }
        return proposal
    }

    /// Fixes a visit by hand (inspector, date, start): it becomes a confirmed appointment the next proposal keeps.
    func fix(_ requestID: UUID, inspector: UUID, date: String, start: String, tenant: TenantContext) async throws -> VisitRequestModel {
        try AppError.check(Permissions.decide(.planVisits, by: tenant.principal.actor))
        guard let request = try await tenant.scope.find(VisitRequestModel.self, requestID) else { throw AppError(.notFound, "Diesen Besuch gibt es nicht.") }
        guard request.status == .open || request.status == .confirmed else { throw AppError(.conflict, "Dieser Besuch ist bereits erledigt oder abgesagt.") }
        guard Day(iso: date) != nil, let begin = ClockTime.seconds(start) else {
            throw AppError(.validation, "Bitte Datum (JJJJ-MM-TT) und Uhrzeit (HH:MM) angeben.", fieldErrors: ["start": ["Format HH:MM"]])
        }
        guard let staff = try await inspectors(tenant: tenant).first(where: { $0.user.id == inspector }) else {
            throw AppError(.validation, "Diese Person ist keine Prüferin / kein Prüfer dieser Behörde.")
        }
        let missing = request.skillList.filter { !staff.profile.skillList.contains($0) }
        guard missing.isEmpty else { throw AppError(.validation, "\(staff.user.displayName) fehlt die Qualifikation \(missing.joined(separator: ", ")).") }
        guard !staff.profile.daysOffList.contains(date) else { throw AppError(.validation, "\(staff.user.displayName) ist am \(date) abwesend.") }
        request.status = .confirmed
        request.inspectorID = inspector
        request.plannedDate = date
        request.plannedStart = ClockTime.text(begin)
        request.plannedEnd = ClockTime.text(begin + request.durationMinutes * 60)
        request.sequence += 1
        try await database.transaction { transaction in
            try await request.save(on: transaction)
            try await audit(request.caseID == nil ? "visits.fixed" : "case.visitScheduled",
                            subject: (request.caseID == nil ? "visit" : "case", (request.caseID ?? requestID).uuidString),
                            ["visit": requestID.uuidString, "title": request.title, "date": date, "start": request.plannedStart ?? "", "inspector": staff.user.displayName],
                            tenant: tenant, on: transaction)
        }
        return request
    }

    // MARK: Invitations

    /// The iCalendar invitation of confirmed visits (to the applicant's contact and the inspector).
    func calendar(_ requests: [VisitRequestModel], tenant: TenantContext) async throws -> String {
        let authority = try await AuthorityModel.find(tenant.authorityID, on: database)
        let staff = Dictionary(uniqueKeysWithValues: try await inspectors(tenant: tenant).map { ($0.user.id!, $0.user) })
        let events = requests.compactMap { request -> CalendarEvent? in
            guard request.status == .confirmed || request.status == .done, let date = request.plannedDate, let start = request.plannedStart, let end = request.plannedEnd else { return nil }
            var attendees: [(name: String, email: String)] = []
            if let email = request.contactEmail { attendees.append((request.contactName ?? email, email)) }
            let inspector = request.inspectorID.flatMap { staff[$0] }
            if let inspector { attendees.append((inspector.displayName, inspector.email)) }
            return CalendarEvent(
                uid: "visit-\(request.id!.uuidString.lowercased())@zuegig", date: date, start: start, end: end,
                summary: "Vor-Ort-Termin: \(request.title)", location: request.address,
                description: "\(request.title) durch \(inspector?.displayName ?? "die Bauaufsicht") (\(authority?.name ?? "Bauaufsicht")). Bitte ermöglichen Sie den Zugang zur Baustelle.",
                organizer: inspector.map { ($0.displayName, $0.email) }, attendees: attendees, sequence: request.sequence
            )
        }
        guard !events.isEmpty else { throw AppError(.notFound, "Für diese Auswahl gibt es keine bestätigten Termine.") }
        return ICalendarWriter.calendar(events, stamp: services.now())
    }

    func confirmedRequests(inPlan proposal: Proposal, tenant: TenantContext) async throws -> [VisitRequestModel] {
        let ids = proposal.output.routes.flatMap { $0.stops.compactMap { UUID(uuidString: $0.visit) } }
        return try await tenant.scope.query(VisitRequestModel.self).filter(\.$id ~~ ids).filter(\.$status ~~ [.confirmed, .done]).all()
    }

    func request(_ id: UUID, tenant: TenantContext) async throws -> VisitRequestModel {
        guard let request = try await tenant.scope.find(VisitRequestModel.self, id) else { throw AppError(.notFound, "Diesen Besuch gibt es nicht.") }
        return request
    }

    // MARK: The inspector's day

    func day(_ date: String, tenant: TenantContext) async throws -> [VisitRequestModel] {
        try AppError.check(Permissions.decide(.inspectVisits, by: tenant.principal.actor))
        return try await tenant.scope.query(VisitRequestModel.self).filter(\.$inspectorID == tenant.principal.userID)
            .filter(\.$plannedDate == date).filter(\.$status ~~ [.confirmed, .done]).sort(\.$plannedStart).all()
    }

    /// Records the protocol: the case's inspection (result and findings with defects and deadlines), and the visit is done.
    func recordProtocol(_ requestID: UUID, result: String, findings: String, defects: [(text: String, deadline: String)],
                        photos: [(name: String, data: Data)] = [], tenant: TenantContext) async throws -> VisitRequestModel {
        try AppError.check(Permissions.decide(.inspectVisits, by: tenant.principal.actor))
        let request = try await self.request(requestID, tenant: tenant)
        guard request.inspectorID == tenant.principal.userID else { throw AppError(.notFound, "Diesen Besuch gibt es nicht.") }
        guard request.status == .confirmed else { throw AppError(.conflict, "Für diesen Besuch ist bereits ein Protokoll erfasst.") }
        for defect in defects where Day(iso: defect.deadline) == nil {
            throw AppError(.validation, "Frist „\(defect.deadline)“ zum Mangel „\(defect.text)“ ist kein Datum (JJJJ-MM-TT).")
        }
        let checkedPhotos = try Self.checkPhotos(photos, limit: min(services.config.maxUploadBytes, Self.maxPhotoBytes))
        let protocolText = ([findings.trimmingCharacters(in: .whitespacesAndNewlines)] + defects.map { "Mangel: \($0.text) – Frist bis \($0.deadline)" }
            + (checkedPhotos.isEmpty ? [] : ["Fotos im Protokoll: \(checkedPhotos.count)"]))
            .filter { !$0.isEmpty }.joined(separator: "\n")
        if let caseID = request.caseID, let inspectionID = request.inspectionID {
            _ = try await CaseFlow(database: database, services: services)
                .recordInspection(caseID, inspection: inspectionID, InspectionInput(result: result, findings: protocolText), by: tenant.principal)
        } else {
            guard InspectionResult(rawValue: result) != nil else { throw AppError(.validation, "Unbekanntes Ergebnis.") }
        }
        request.status = .done
        let hashes = try checkedPhotos.map { try services.documents.put($0.data) }
        try await database.transaction { transaction in
            try await request.save(on: transaction)
            for (photo, hash) in zip(checkedPhotos, hashes) {
                try await tenant.scope.on(transaction).create(VisitPhotoModel(
                    authorityID: tenant.authorityID, visitID: requestID, fileName: photo.name, mediaType: photo.format.mediaType,
                    sizeBytes: photo.data.count, sha256: hash, createdBy: tenant.principal.userID))
            }
            try await audit("visits.protocol", subject: ("visit", requestID.uuidString),
                            ["result": result, "defects": String(defects.count), "photos": String(checkedPhotos.count)], tenant: tenant, on: transaction)
        }
        return request
    }

    /// Photos of a protocol: at most `maxPhotos`, each a JPEG or PNG (by its bytes) within `limit`.
    static func checkPhotos(_ photos: [(name: String, data: Data)], limit: Int) throws -> [(name: String, data: Data, format: DocumentFormat)] {
        guard photos.count <= maxPhotos else { throw AppError(.validation, "Höchstens \(maxPhotos) Fotos je Protokoll.") }
        return try photos.enumerated().map { index, photo in
            guard photo.data.count <= limit else {
                throw AppError(.payloadTooLarge, "Das Foto „\(photo.name)“ ist größer als \(limit / 1_048_576) MB.")
            }
            guard case .success(let format) = DocumentFormat.detect(photo.data), format == .jpeg || format == .png else {
                throw AppError(.unsupportedMediaType, "„\(photo.name)“ ist kein Foto im Format JPEG oder PNG.")
            }
            return (DocumentService.safeName(photo.name.isEmpty ? "foto-\(index + 1)" : photo.name, format: format), photo.data, format)
        }
    }

    func photos(of requestIDs: [UUID], tenant: TenantContext) async throws -> [UUID: [VisitPhotoModel]] {
        Dictionary(grouping: try await tenant.scope.query(VisitPhotoModel.self).filter(\.$visitID ~~ requestIDs).sort(\.$createdAt).all(), by: \.visitID)
    }

    /// One audit entry by the acting planner or inspector, in the given transaction.
    func audit(_ action: String, subject: (type: String, id: String), _ payload: [String: String], tenant: TenantContext, on database: any Database) async throws {
        try await services.audit(
            AuditEntry(authorityID: tenant.authorityID, actorID: tenant.principal.userID, actorLabel: tenant.principal.email, action: action,
                       subjectType: subject.type, subjectID: subject.id, payload: payload),
            at: services.now(), on: database
        )
    }
}
