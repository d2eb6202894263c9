// Demo site visits for Musterstadt: planning data for its four inspectors, a generated week of
// visit requests for next week (two of them from the Parkstraße case's due inspections), and a
// proposed plan on the board.
import Fluent
import Foundation
import ZuegigAI
import ZuegigDomain
import ZuegigPersistence

extension DemoSeeder {
    static let inspectorOffices: [(email: String, label: String, lat: Double, lon: Double, skills: [String])] = [
        ("bauueberwachung@demo.zuegig.de", "Rathaus Musterstadt", 52.520, 13.405, ["brandschutz"]),
        ("bauueberwachung2@demo.zuegig.de", "Rathaus Musterstadt", 52.520, 13.405, []),
        ("bauueberwachung3@demo.zuegig.de", "Bürgeramt Nord", 52.565, 13.390, ["brandschutz"]),
        ("bauueberwachung4@demo.zuegig.de", "Bürgeramt Süd", 52.470, 13.420, []),
    ]

    func seedVisits(on database: any Database) async throws {
        guard let authority = try await AuthorityModel.query(on: database).filter(\.$slug == Self.mainAuthority.0).first(),
              let planner = try await UserModel.query(on: database).filter(\.$email == "leitung@demo.zuegig.de").first() else { return }
        let authorityID = try authority.requireID()
        let scope = TenantScope(authorityID: authorityID, database: database)
        for office in Self.inspectorOffices {
            guard let user = try await UserModel.query(on: database).filter(\.$email == office.email).first() else { continue }
            try await scope.create(InspectorProfileModel(
                authorityID: authorityID, userID: try user.requireID(), homeLabel: office.label, homeLat: office.lat, homeLon: office.lon,
                hoursFrom: "07:30", hoursTo: "16:00", fridayTo: "13:30", skills: office.skills, daysOff: []
            ))
        }
        let today = Day(services.now(), in: GermanDate.berlin)
        let monday = today.adding(days: 8 - today.isoWeekday)
        let week = VisitWeekGenerator.week(visits: 36, inspectors: 4, days: 5, firstDay: monday.description,
                                           centre: .init(lat: 52.52, lon: 13.40), radiusKm: 8, seed: 20261123)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        // The Parkstraße case's due inspections become the first two requests.
        let site = try await scope.query(CaseModel.self).filter(\.$step == .constructionStarted).first()
        var inspections: [InspectionModel] = []
        var applicant: UserModel?
        if let site {
            inspections = try await scope.query(InspectionModel.self).filter(\.$caseID == site.requireID()).all()
            applicant = try await UserModel.find(site.applicantID, on: database)
        }
        for (index, visit) in week.visits.enumerated() {
            let inspection = index < inspections.count ? inspections[index] : nil
            let title = inspection.map { $0.kind == "shell" ? "Rohbauabnahme" : "Schlussabnahme" } ?? visit.title ?? "Baukontrolle"
            try await scope.create(VisitRequestModel(
                authorityID: authorityID, caseID: inspection?.caseID, inspectionID: inspection?.id, title: title,
                address: inspection != nil ? site?.siteAddress ?? "" : "\(visit.address ?? "Hauptstraße 1"), 12345 Musterstadt",
                lat: visit.location.lat, lon: visit.location.lon, durationMinutes: visit.durationMinutes,
                windows: String(decoding: try encoder.encode(visit.windows ?? []), as: UTF8.self), skills: visit.skills ?? [],
                priority: visit.priority ?? 1, latestDate: nil,
                contactName: inspection != nil ? applicant?.displayName : "Bauherrschaft \(visit.address ?? "")",
                contactEmail: inspection != nil ? applicant?.email : nil, createdBy: try planner.requireID()
            ))
        }
    }
}
