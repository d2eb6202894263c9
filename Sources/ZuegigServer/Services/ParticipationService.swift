// Participations of planning procedures: creating one for a phase (its period computed from the
// procedure file and the authority's calendar), the documents published for it, finding it by its
// public address, and whether its form is open today.
import Crypto
import Fluent
import Foundation
import ZuegigDomain
import ZuegigPersistence

struct ParticipationService: Sendable {
    let database: any Database
    let services: ZuegigServices

    static let notFound = AppError(.notFound, "Diese Beteiligung gibt es nicht.")
    static let maxDocuments = 30

    var support: ParticipationSupport { services.participation }

    // MARK: Reading

    func list(tenant: TenantContext) async throws -> [ParticipationModel] {
        try await tenant.scope.query(ParticipationModel.self).sort(\.$firstDay, .descending).all()
    }

    func require(_ id: UUID, tenant: TenantContext) async throws -> ParticipationModel {
        guard let participation = try await tenant.scope.find(ParticipationModel.self, id) else { throw Self.notFound }
        return participation
    }

    /// The participation behind a public address, with its authority.
    func publicParticipation(slug: String) async throws -> (participation: ParticipationModel, authority: AuthorityModel) {
        guard slug.count <= 120, let participation = try await ParticipationModel.query(on: database).filter(\.$slug == slug).first(),
              let authority = try await AuthorityModel.find(participation.authorityID, on: database)
        else { throw Self.notFound }
        return (participation, authority)
    }

    func documents(of participation: ParticipationModel) async throws -> [ParticipationDocumentModel] {
        try await TenantScope(authorityID: participation.authorityID, database: database).query(ParticipationDocumentModel.self)
            .filter(\.$participationID == participation.id!).sort(\.$createdAt).all()
    }

    static func period(_ participation: ParticipationModel) -> ParticipationPeriod {
        guard let first = Day(iso: participation.firstDay), let publication = Day(iso: participation.publicationLastDay),
              let last = Day(iso: participation.lastDay)
        else { return ParticipationPeriod(firstDay: Day(1970, 1, 1)!, publicationLastDay: Day(1970, 1, 1)!, lastDay: Day(1970, 1, 1)!) }
        return ParticipationPeriod(firstDay: first, publicationLastDay: publication, lastDay: last)
    }

    func today(in authority: AuthorityModel) -> Day {
        Day(services.now(), in: TimeZone(identifier: authority.timeZone) ?? TimeZone(identifier: "Europe/Berlin")!)
    }

    func phase(of participation: ParticipationModel) -> (procedure: PlanningProcedureDefinition, phase: PlanningPhase)? {
        guard let procedure = support.procedure(participation.procedureID), let phase = procedure.phase(participation.phaseID) else { return nil }
        return (procedure, phase)
    }

    // MARK: Changes

    func create(_ form: ParticipationForms.New, tenant: TenantContext) async throws -> ParticipationModel {
        try AppError.check(Permissions.decide(.manageParticipations, by: tenant.principal.actor))
        guard let authority = try await AuthorityModel.find(tenant.authorityID, on: database),
              let procedure = support.procedure(form.procedureID), let phase = procedure.phase(form.phaseID)
        else { throw AppError(.validation, "Dieses Verfahren ist nicht eingerichtet.") }
        let land = procedure.land ?? Land(rawValue: authority.land) ?? .BE
        let period = phase.period(startingOn: form.firstDay, land: land)
        let participation = ParticipationModel(
            authorityID: tenant.authorityID, procedureID: procedure.id, phaseID: phase.id, title: form.title,
            slug: Self.slug(form.title), descriptionText: form.description, firstDay: period.firstDay.description,
            publicationLastDay: period.publicationLastDay.description, lastDay: period.lastDay.description,
            formSecret: SecretToken.make(), createdBy: tenant.principal.userID
        )
        try await database.transaction { db in
            try await tenant.scope.on(db).create(participation)
            try await audit("participation.created", participation, ["phase": phase.id, "firstDay": period.firstDay.description, "lastDay": period.lastDay.description],
                            tenant: tenant, on: db)
        }
        return participation
    }

    func addDocument(_ participationID: UUID, title: String, fileName: String, data: Data, tenant: TenantContext) async throws -> ParticipationDocumentModel {
        try AppError.check(Permissions.decide(.manageParticipations, by: tenant.principal.actor))
        let participation = try await require(participationID, tenant: tenant)
        let format: DocumentFormat
        switch DocumentFormat.detect(data) {
        case .success(let detected): format = detected
        case .failure(let problem): throw AppError(.unsupportedMediaType, problem.germanMessage)
        }
        let existing = try await documents(of: participation).count
        guard existing < Self.maxDocuments else { throw AppError(.validation, "Höchstens \(Self.maxDocuments) Unterlagen je Beteiligung.") }
        let cleanTitle = title.trimmingCharacters(in: .whitespacesAndNewlines)
        guard (1...200).contains(cleanTitle.count) else {
            throw AppError(.validation, "Bitte geben Sie der Unterlage einen Titel (bis 200 Zeichen).", fieldErrors: ["title": ["Bitte geben Sie einen Titel an."]])
        }
        let sha = try services.documents.put(data)
        let document = ParticipationDocumentModel(authorityID: tenant.authorityID, participationID: participationID, title: cleanTitle,
                                                  fileName: String(fileName.prefix(200)), mediaType: format.mediaType, sizeBytes: data.count, sha256: sha)
        try await database.transaction { db in
            try await tenant.scope.on(db).create(document)
            try await audit("participation.documentPublished", participation, ["title": cleanTitle, "sha256": sha], tenant: tenant, on: db)
        }
        return document
    }

    func setResultPublished(_ participationID: UUID, _ published: Bool, tenant: TenantContext) async throws -> ParticipationModel {
        try AppError.check(Permissions.decide(.manageParticipations, by: tenant.principal.actor))
        let participation = try await require(participationID, tenant: tenant)
        participation.resultPublished = published
        try await database.transaction { db in
            try await participation.update(on: db)
            try await audit(published ? "participation.resultPublished" : "participation.resultWithdrawn", participation, [:], tenant: tenant, on: db)
        }
        return participation
    }

    // MARK: Helpers

    /// A readable, unique public address: the title in ASCII plus a random suffix.
    static func slug(_ title: String) -> String {
        let folded = title.lowercased()
            .replacingOccurrences(of: "ä", with: "ae").replacingOccurrences(of: "ö", with: "oe")
            .replacingOccurrences(of: "ü", with: "ue").replacingOccurrences(of: "ß", with: "ss")
            .folding(options: .diacriticInsensitive, locale: nil)
        var slug = ""
        for character in folded {
            if character.isASCII && (character.isLetter || character.isNumber) {
                slug.append(character)
            } else if !slug.hasSuffix("-") && !slug.isEmpty {
                slug.append("-")
            }
        }
        slug = String(slug.prefix(60)).trimmingCharacters(in: CharacterSet(charactersIn: "-"))
        return (slug.isEmpty ? "beteiligung" : slug) + "-" + randomCode(5).lowercased()
    }

    /// Letters and digits without look-alikes (no 0/O, 1/I/L).
    static let codeAlphabet = Array("23456789ABCDEFGHJKMNPQRSTUVWXYZ")

    static func randomCode(_ length: Int) -> String {
        String((0..<length).map { _ in codeAlphabet.randomElement()! })
    }

    func audit(_ action: String, _ participation: ParticipationModel, _ payload: [String: String], tenant: TenantContext, on database: any Database) async throws {
        try await services.audit(
            AuditEntry(authorityID: participation.authorityID, actorID: tenant.principal.userID, actorLabel: tenant.principal.email, action: action,
                       subjectType: "participation", subjectID: participation.id?.uuidString ?? "", payload: payload),
            at: services.now(), on: database
        )
    }

    /// A keyed hash (HMAC-SHA256) with the participation's secret; used for the form token and the senders' addresses.
    static func keyedHash(_ message: String, secret: String) -> String {
        let code = HMAC<SHA256>.authenticationCode(for: Data(message.utf8), using: SymmetricKey(data: Data(secret.utf8)))
        return Data(code).map { String(format: "%02x", $0) }.joined()
    }
}
