// The planning data behind the board: inspectors' profiles (office, hours, skills, days off: an
// inspector falling ill is a day off, and the next proposal re-plans around it), visit requests
// added by hand, a missing location entered, and a request cancelled. Every change is audited.
import Fluent
import Foundation
import ZuegigAI
import ZuegigDomain
import ZuegigPersistence

extension VisitService {
    /// Staff of the authority with the inspector role (candidates for planning data).
    func inspectorStaff(tenant: TenantContext) async throws -> [UserModel] {
        let members = try await tenant.scope.query(MembershipModel.self).filter(\.$role == .inspector).all()
        return try await UserModel.query(on: database).filter(\.$id ~~ members.map(\.userID)).sort(\.$displayName).all()
    }

    func saveProfile(for userID: UUID, _ form: VisitForms.Profile, tenant: TenantContext) async throws -> InspectorProfileModel {
        try AppError.check(Permissions.decide(.planVisits, by: tenant.principal.actor))
        guard try await inspectorStaff(tenant: tenant).contains(where: { $0.id == userID }) else {
            throw AppError(.notFound, "Diese Person ist keine Prüferin / kein Prüfer dieser Behörde.")
        }
        let profile = try await tenant.scope.query(InspectorProfileModel.self).filter(\.$userID == userID).first()
            ?? InspectorProfileModel(authorityID: tenant.authorityID, userID: userID, homeLabel: "", homeLat: 0, homeLon: 0,
                                     hoursFrom: "", hoursTo: "", fridayTo: nil, skills: [], daysOff: [])
        profile.homeLabel = form.homeLabel
        profile.homeLat = form.home.lat
        profile.homeLon = form.home.lon
        profile.hoursFrom = form.hoursFrom
        profile.hoursTo = form.hoursTo
        profile.fridayTo = form.fridayTo
        profile.skills = form.skills.joined(separator: ",")
        profile.daysOff = form.daysOff.joined(separator: ",")
        try await database.transaction { transaction in
            if profile.id == nil { try await tenant.scope.on(transaction).create(profile) } else { try await profile.save(on: transaction) }
            try await audit("visits.profileSaved", subject: ("inspector", userID.uuidString),
                            ["skills": profile.skills, "daysOff": String(form.daysOff.count)], tenant: tenant, on: transaction)
        }
        return profile
    }

    func addRequest(_ form: VisitForms.Request, tenant: TenantContext) async throws -> VisitRequestModel {
        try AppError.check(Permissions.decide(.planVisits, by: tenant.principal.actor))
        var caseID: UUID?
        var position = form.position
        if let number = form.caseNumber {
            guard let item = try await tenant.scope.query(CaseModel.self).filter(\.$number == number).first() else {
                throw AppError(.validation, "Einen Vorgang mit dem Aktenzeichen „\(number)“ gibt es nicht.", fieldErrors: ["caseNumber": ["Unbekanntes Aktenzeichen."]])
            }
            caseID = try item.requireID()
            if position == nil { position = try await VisitIntake.location(of: try item.requireID(), scope: tenant.scope) }
        }
        let linkedCase = caseID
        guard let position else {
            throw AppError(.validation, "Bitte die Koordinaten der Baustelle angeben (der Vorgang hat keine Projektdaten mit Lage).",
                           fieldErrors: ["lat": ["Breite und Länge angeben."]])
        }
        let request = VisitRequestModel(
            authorityID: tenant.authorityID, caseID: caseID, inspectionID: nil, title: form.title, address: form.address,
            lat: position.lat, lon: position.lon, durationMinutes: form.durationMinutes, windows: try Self.json(form.windows),
            skills: form.skills, priority: form.priority, latestDate: form.latestDate, contactName: form.contactName,
            contactEmail: form.contactEmail, createdBy: tenant.principal.userID
        )
        try await database.transaction { transaction in
            try await tenant.scope.on(transaction).create(request)
            try await audit("visits.requestAdded", subject: ("visit", try request.requireID().uuidString),
                            ["title": form.title, "case": linkedCase?.uuidString ?? ""], tenant: tenant, on: transaction)
        }
        return request
    }

    func locate(_ requestID: UUID, lat: Double, lon: Double, tenant: TenantContext) async throws -> VisitRequestModel {
        try AppError.check(Permissions.decide(.planVisits, by: tenant.principal.actor))
        let request = try await self.request(requestID, tenant: tenant)
        guard request.status == .open || request.status == .confirmed else { throw AppError(.conflict, "Dieser Besuch ist bereits erledigt oder abgesagt.") }
        request.lat = lat
        request.lon = lon
        request.located = true
        try await database.transaction { transaction in
            try await request.save(on: transaction)
            try await audit("visits.located", subject: ("visit", requestID.uuidString), ["lat": String(lat), "lon": String(lon)], tenant: tenant, on: transaction)
        }
        return request
    }

    func cancel(_ requestID: UUID, tenant: TenantContext) async throws -> VisitRequestModel {
        try AppError.check(Permissions.decide(.planVisits, by: tenant.principal.actor))
        let request = try await self.request(requestID, tenant: tenant)
        guard request.status == .open || request.status == .confirmed else { throw AppError(.conflict, "Dieser Besuch ist bereits erledigt oder abgesagt.") }
        let wasConfirmed = request.status == .confirmed
        request.status = .cancelled
        request.sequence += 1
        try await database.transaction { transaction in
            try await request.save(on: transaction)
            try await audit("visits.cancelled", subject: ("visit", requestID.uuidString), ["wasConfirmed": String(wasConfirmed)], tenant: tenant, on: transaction)
        }
        return request
    }

}
