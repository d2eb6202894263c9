// Demo data for a first start: two authorities, agencies, one user per role, some cases.
import Fluent
import Foundation
import ZuegigAI
import ZuegigDomain
import ZuegigPersistence

public struct DemoSeeder: Sendable {
    public struct Login: Sendable, Hashable {
        public let email: String
        public let role: String
        public let authority: String?
    }

    public static let password = "zuegig-demo"
    /// (slug, name, case number prefix, Land): Musterstadt follows Berlin's code, Beispielhausen the MBO.
    public static let mainAuthority = ("musterstadt", "Bauaufsicht Musterstadt (Demo)", "BG", "BE")
    public static let otherAuthority = ("beispielhausen", "Bauaufsicht Beispielhausen (Demo)", "BA", "NW")

    let services: ZuegigServices

    public init(services: ZuegigServices) {
        self.services = services
    }

    struct Person {
        let email: String
        let name: String
        let kind: AccountKind
        /// (authority slug, role, agency name)
        let memberships: [(String, StaffRole, String?)]
    }

    static let people: [Person] = [
        Person(email: "antrag@demo.zuegig.de", name: "Alexandra Antrag", kind: .applicant, memberships: []),
        Person(email: "antrag2@demo.zuegig.de", name: "Bernd Bauherr", kind: .applicant, memberships: []),
        Person(email: "architektur@demo.zuegig.de", name: "Clara Entwurf", kind: .architect, memberships: []),
        Person(email: "sachbearbeitung@demo.zuegig.de", name: "Sascha Sachbearbeitung", kind: .staff, memberships: [("musterstadt", .caseWorker, nil)]),
        Person(email: "leitung@demo.zuegig.de", name: "Lena Leitung", kind: .staff, memberships: [("musterstadt", .supervisor, nil)]),
        Person(email: "fachbehoerde@demo.zuegig.de", name: "Felix Feuerwehr", kind: .staff,
               memberships: [("musterstadt", .agency, "Feuerwehr Musterstadt – Vorbeugender Brandschutz")]),
        Person(email: "bauueberwachung@demo.zuegig.de", name: "Ines Inspektion", kind: .staff, memberships: [("musterstadt", .inspector, nil)]),
        Person(email: "bauueberwachung2@demo.zuegig.de", name: "Jonas Wolf", kind: .staff, memberships: [("musterstadt", .inspector, nil)]),
        Person(email: "bauueberwachung3@demo.zuegig.de", name: "Leyla Demir", kind: .staff, memberships: [("musterstadt", .inspector, nil)]),
        Person(email: "bauueberwachung4@demo.zuegig.de", name: "Peter Krause", kind: .staff, memberships: [("musterstadt", .inspector, nil)]),
        Person(email: "admin@demo.zuegig.de", name: "Adrian Admin", kind: .staff, memberships: [("musterstadt", .admin, nil)]),
        Person(email: "sachbearbeitung@beispielhausen.demo.zuegig.de", name: "Berit Beispiel", kind: .staff,
               memberships: [("beispielhausen", .caseWorker, nil)]),
        Person(email: "leitung@beispielhausen.demo.zuegig.de", name: "Hans Hausen", kind: .staff, memberships: [("beispielhausen", .supervisor, nil)]),
    ]

    static let agencies: [(String, String, String, String)] = [
        ("musterstadt", "Feuerwehr Musterstadt – Vorbeugender Brandschutz", "Brandschutz", "brandschutz@musterstadt.demo.zuegig.de"),
        ("musterstadt", "Untere Denkmalschutzbehörde Musterstadt", "Denkmalschutz", "denkmal@musterstadt.demo.zuegig.de"),
        ("musterstadt", "Untere Naturschutzbehörde Musterstadt", "Naturschutz", "natur@musterstadt.demo.zuegig.de"),
        ("beispielhausen", "Straßenverkehrsbehörde Beispielhausen", "Verkehr", "verkehr@beispielhausen.demo.zuegig.de"),
        ("beispielhausen", "Wasserbehörde Beispielhausen", "Wasser", "wasser@beispielhausen.demo.zuegig.de"),
    ]

    /// (authority slug, applicant e-mail, architect e-mail, title, address, step)
    static let cases: [(String, String, String?, String, String, CaseStep)] = [
        ("musterstadt", "antrag@demo.zuegig.de", nil, "Neubau Einfamilienhaus mit Garage", "Lindenweg 12, 12345 Musterstadt", .submitted),
        ("musterstadt", "antrag2@demo.zuegig.de", nil, "Anbau eines Wintergartens", "Am Markt 3, 12345 Musterstadt", .consultation),
        ("musterstadt", "antrag@demo.zuegig.de", "architektur@demo.zuegig.de", "Umbau einer Scheune zum Wohnhaus", "Feldweg 7, 12345 Musterstadt", .assessment),
        ("musterstadt", "antrag2@demo.zuegig.de", nil, "Neubau Mehrfamilienhaus mit Tiefgarage", "Parkstraße 21, 12345 Musterstadt", .constructionStarted),
        ("musterstadt", "antrag@demo.zuegig.de", nil, "Errichtung eines Carports", "Lindenweg 12, 12345 Musterstadt", .draft),
        ("beispielhausen", "antrag@demo.zuegig.de", nil, "Neubau einer Doppelhaushälfte", "Bergstraße 5, 54321 Beispielhausen", .submitted),
    ]

    public static var logins: [Login] {
        people.map { person in
            Login(
                email: person.email,
                role: person.memberships.first.map { $0.1.rawValue } ?? person.kind.rawValue,
                authority: person.memberships.first.map(\.0)
            )
        }
    }

    /// Creates the demo data unless it exists. Returns the logins either way.
    public func seedIfNeeded(on database: any Database) async throws -> [Login] {
        if try await AuthorityModel.query(on: database).filter(\.$slug == Self.mainAuthority.0).first() != nil { return Self.logins }
        let passwordHash = try await services.passwords.hash(Self.password)
        let now = services.now()
        try await database.transaction { transaction in
            let authorities = try await createAuthorities(on: transaction, now: now)
            let agencies = try await createAgencies(authorities, on: transaction)
            let users = try await createPeople(authorities, agencies, passwordHash: passwordHash, on: transaction, now: now)
            try await createCases(authorities, users, agencies, on: transaction, now: now)
        }
        try await seedPlanning(on: database)
        try await seedVisits(on: database)
        try await seedParticipation(on: database)
        return Self.logins
    }

    /// The demo plan (XPlanGML 6.0) of Musterstadt and the project data of the Lindenweg 12 case, which
    /// lies in it; skipped when the demo folder (ZUEGIG_DEMO_DIR) is not there.
    private func seedPlanning(on database: any Database) async throws {
        let folder = URL(fileURLWithPath: services.config.demoDirectory)
        guard let gml = FileManager.default.contents(atPath: folder.appendingPathComponent(Self.demoPlanFile).path),
              let project = FileManager.default.contents(atPath: folder.appendingPathComponent(Self.demoProjectFile).path),
              let authority = try await AuthorityModel.query(on: database).filter(\.$slug == Self.mainAuthority.0).first(),
              let admin = try await UserModel.query(on: database).filter(\.$email == "admin@demo.zuegig.de").first()
        else { return }
        let authorityID = try authority.requireID()
        let plans = PlanService(database: database, services: services)
        _ = try await plans.importPlan(gml, fileName: Self.demoPlanFile, authorityID: authorityID, actorID: try admin.requireID(), actorLabel: admin.email)
        let scope = TenantScope(authorityID: authorityID, database: database)
        guard let item = try await scope.query(CaseModel.self).filter(\.$title == "Neubau Einfamilienhaus mit Garage").first() else { return }
        let site = try ProjectReader.read(project).site
        let box = site.boundingBox
        let model = CaseProjectModel(authorityID: authorityID, caseID: try item.requireID(), project: String(decoding: project, as: UTF8.self),
                                     box: (box.minX, box.minY, box.maxX, box.maxY), updatedBy: try admin.requireID())
        model.planID = try await PlanService.bestPlan(for: site, scope: scope, cache: services.planning.cache)?.0
        try await scope.create(model)
    }

    static let demoPlanFile = "bplan-am-lindenweg.gml"
    static let demoProjectFile = "vorhaben-lindenweg-12.json"

    private func audit(_ action: String, authority: UUID?, subject: (String, UUID), payload: [String: String], on db: any Database, now: Date) async throws {
        try await services.audit(
            AuditEntry(authorityID: authority, actorID: nil, actorLabel: "system:demo", action: action,
                       subjectType: subject.0, subjectID: subject.1.uuidString, payload: payload),
            at: now, on: db
        )
    }

    private func createAuthorities(on db: any Database, now: Date) async throws -> [String: AuthorityModel] {
        var result: [String: AuthorityModel] = [:]
        for (slug, name, prefix, land) in [Self.mainAuthority, Self.otherAuthority] {
            let authority = AuthorityModel(slug: slug, name: name, caseNumberPrefix: prefix, land: land)
            try await authority.create(on: db)
            let id = try authority.requireID()
            try await AuditLog.startChain(for: id, on: db)
            try await audit("authority.created", authority: id, subject: ("authority", id), payload: ["name": name, "slug": slug], on: db, now: now)
            result[slug] = authority
        }
        return result
    }

    private func createAgencies(_ authorities: [String: AuthorityModel], on db: any Database) async throws -> [String: AgencyModel] {
        // Keyed by name; agency names are unique per authority and across the demo.
        var result: [String: AgencyModel] = [:]
        for (slug, name, subject, email) in Self.agencies {
            guard let authorityID = authorities[slug]?.id else { continue }
            let agency = AgencyModel(authorityID: authorityID, name: name, subject: subject, email: email)
            try await TenantScope(authorityID: authorityID, database: db).create(agency)
            result[name] = agency
        }
        return result
    }

    private func createPeople(
        _ authorities: [String: AuthorityModel], _ agencies: [String: AgencyModel], passwordHash: String, on db: any Database, now: Date
    ) async throws -> [String: UserModel] {
        var result: [String: UserModel] = [:]
        for person in Self.people {
            let user = UserModel(email: person.email, displayName: person.name, kind: person.kind, passwordHash: passwordHash)
            try await user.create(on: db)
            let userID = try user.requireID()
            try await audit("account.created", authority: nil, subject: ("user", userID), payload: ["email": person.email, "kind": person.kind.rawValue], on: db, now: now)
            for (slug, role, agencyName) in person.memberships {
                guard let authorityID = authorities[slug]?.id else { continue }
                let membership = MembershipModel(userID: userID, authorityID: authorityID, role: role, agencyID: agencyName.flatMap { agencies[$0]?.id })
                try await TenantScope(authorityID: authorityID, database: db).create(membership)
                try await audit("membership.granted", authority: authorityID, subject: ("user", userID), payload: ["role": role.rawValue], on: db, now: now)
            }
            result[person.email] = user
        }
        return result
    }

    private func createCases(
        _ authorities: [String: AuthorityModel], _ users: [String: UserModel], _ agencies: [String: AgencyModel], on db: any Database, now: Date
    ) async throws {
        let today = Day(now, in: TimeZone(identifier: "Europe/Berlin") ?? .gmt)
        for (slug, applicant, architect, title, address, step) in Self.cases {
            guard let authority = authorities[slug], let authorityID = authority.id, let applicantID = users[applicant]?.id,
                  let procedure = services.procedures.defaultProcedure(inLand: authority.land)
            else { continue }
            let item = CaseModel(
                authorityID: authorityID, title: title, siteAddress: address, procedure: procedure.id, step: step,
                applicantID: applicantID, architectID: architect.flatMap { users[$0]?.id }
            )
            item.buildingClass = 3
            item.declaredCostCents = 45_000_000
            item.parcel = "Gemarkung \(slug.capitalized), Flur 3, Flurstück 112/4"
            item.projectDescription = "Demo-Vorhaben: \(title)."
            if step != .draft {
                item.number = try await CaseNumbering.next(for: authority, year: today.year, on: db).description
                item.submittedAt = now
            }
            let scope = TenantScope(authorityID: authorityID, database: db)
            try await scope.create(item)
            let caseID = try item.requireID()
            try await audit("case.created", authority: authorityID, subject: ("case", caseID),
                            payload: ["title": title, "step": step.rawValue, "number": item.number ?? ""], on: db, now: now)
            try await addStepData(item, procedure: procedure, land: authority.land, agencies: agencies, today: today, on: db)
        }
    }

    /// What a case in `step` would have by now, so that every demo role finds work: deadlines, a consultation
    /// of the fire brigade, an issued decision and due inspections.
    private func addStepData(
        _ item: CaseModel, procedure: ProcedureDefinition, land: String, agencies: [String: AgencyModel], today: Day, on db: any Database
    ) async throws {
        let caseID = try item.requireID()
        let scope = TenantScope(authorityID: item.authorityID, database: db)
        let engine = ProcedureEngine(procedure: procedure, calculator: DeadlineCalculator(land: procedure.land ?? Land(rawValue: land) ?? .BE))
        let startedBy: CaseAction? = switch item.step {
        case .submitted: .submit
        case .consultation: .startConsultation
        case .assessment: .assess
        default: nil
        }
        for definition in procedure.deadlines where startedBy.map(definition.startsWith.contains) == true {
            let started = engine.start(definition, on: today)
            try await scope.create(DeadlineModel(
                authorityID: item.authorityID, caseID: caseID, definitionID: definition.id, label: definition.label, legalBasis: definition.legalBasis,
                startDay: started.startDay.description, dueDay: started.result.lastDay.description, note: "",
                onExpiry: definition.onExpiry.rawValue, owedBy: definition.owedBy.rawValue, reminderDays: definition.reminderDaysBefore
            ))
        }
        if item.step == .consultation, let fireBrigade = agencies.values.first(where: { $0.authorityID == item.authorityID && $0.subject == "Brandschutz" }) {
            let due = procedure.deadlines.first { $0.owedBy == .agency }.map { engine.start($0, on: today).result.lastDay } ?? today.adding(days: 30)
            try await scope.create(ConsultationModel(authorityID: item.authorityID, caseID: caseID, agencyID: try fireBrigade.requireID(), dueDay: due.description))
        }
        if item.step == .constructionStarted {
            let decision = DecisionModel(
                authorityID: item.authorityID, caseID: caseID, outcome: DecisionOutcome.approve.rawValue, conditions: [],
                reasons: "Das Vorhaben entspricht den öffentlich-rechtlichen Vorschriften.", feeCents: 0, feeExplanation: "Demo", draftedBy: item.applicantID
            )
            decision.approvedAt = services.now()
            try await scope.create(decision)
            for inspection in procedure.inspections {
                try await scope.create(InspectionModel(authorityID: item.authorityID, caseID: caseID, kind: inspection.kind.rawValue, legalBasis: inspection.legalBasis))
            }
        }
    }
}
