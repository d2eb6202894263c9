// The demo participation of Musterstadt: the formal public participation for a development plan,
// open today, with a published explanatory report, 320 generated statements (Demo/statements.jsonl,
// with form letters and personal data), analysed, and a weighing table that is partly filled: two
// topics answered as a whole, one form-letter group and a few single statements.
import Fluent
import Foundation
import ZuegigDomain
import ZuegigInterop
import ZuegigPersistence

extension DemoSeeder {
    static let demoStatementsFile = "statements.jsonl"

    func seedParticipation(on database: any Database) async throws {
        let file = (services.config.demoDirectory as NSString).appendingPathComponent(Self.demoStatementsFile)
        guard let data = FileManager.default.contents(atPath: file),
              let authority = try await AuthorityModel.query(on: database).filter(\.$slug == Self.mainAuthority.0).first(),
              let caseWorker = try await UserModel.query(on: database).filter(\.$email == "sachbearbeitung@demo.zuegig.de").first(),
              let procedure = services.participation.procedure("baugb-bebauungsplan"), let phase = procedure.phase("formal-public")
        else { return }
        let authorityID = try authority.requireID()
        let today = Day(services.now(), in: GermanDate.berlin)
        let period = phase.period(startingOn: today.adding(days: -20), land: Land(rawValue: authority.land) ?? .BE)
        let participation = ParticipationModel(
            authorityID: authorityID, procedureID: procedure.id, phaseID: phase.id, title: "Bebauungsplan 4-12 „Quartier am Lindenweg“ (Falkenau)",
            slug: "quartier-am-lindenweg", descriptionText: """
                Auf der ehemaligen Gärtnerei am Lindenweg sollen rund 280 Wohnungen, eine Kita, ein Quartiersplatz und eine Tiefgarage entstehen. \
                Der Entwurf des Bebauungsplans mit Begründung ist hier veröffentlicht. Sie können bis zum Ende der Frist eine Stellungnahme abgeben.
                """,
            firstDay: period.firstDay.description, publicationLastDay: period.publicationLastDay.description, lastDay: period.lastDay.description,
            formSecret: SecretToken.make(), createdBy: try caseWorker.requireID()
        )
        let scope = TenantScope(authorityID: authorityID, database: database)
        try await scope.create(participation)
        let report = SimplePDF(title: "Begründung zum Bebauungsplan 4-12", blocks: [
            .title("Begründung zum Bebauungsplan 4-12 „Quartier am Lindenweg“ (Entwurf)"),
            .heading("1. Anlass und Ziel der Planung"),
            .paragraph("Die Stadt Musterstadt will auf der brachliegenden Fläche der ehemaligen Gärtnerei am Lindenweg ein gemischtes Wohnquartier ermöglichen."),
            .heading("2. Festsetzungen"),
            .bullet("Allgemeines Wohngebiet, GRZ 0,4, bis zu fünf Vollgeschosse"),
            .bullet("Tiefgarage mit 190 Stellplätzen, Erhalt der Lindenallee"),
        ])
        try await scope.create(ParticipationDocumentModel(
            authorityID: authorityID, participationID: try participation.requireID(), title: "Begründung zum Entwurf",
            fileName: "begruendung-4-12.pdf", mediaType: "application/pdf", sizeBytes: report.render().count, sha256: try services.documents.put(report.render())
        ))

        let service = ParticipationService(database: database, services: services)
        let records = ((try? StatementJSONLReader.read(data, source: file).statements) ?? []).prefix(services.config.demoStatements).map { $0 }
        let now = services.now()
        let incoming = records.enumerated().map { index, record in
            IncomingStatement(text: record.text, name: record.authorName, address: record.authorAddress, email: record.authorEmail,
                              channel: StatementChannel(rawValue: record.channel) ?? .online, externalID: record.externalID,
                              receivedAt: now.addingTimeInterval(-Double(records.count - index) * 19 * 86_400 / Double(max(1, records.count))))
        }
        _ = try await service.store(incoming, in: participation, actor: (nil, "Demodaten"), auditAction: "participation.statementsImported",
                                    auditPayload: ["source": Self.demoStatementsFile, "count": String(incoming.count)])
        _ = try await service.analyse(try participation.requireID())
        // The analysis has run; the job the arrivals queued has nothing left to do.
        try await JobModel.query(on: database).filter(\.$kind == ParticipationService.analysisJobKind).filter(\.$subject == participation.requireID().uuidString).delete()
        try await fillWeighing(participation, scope: scope, answeredBy: try caseWorker.requireID())
    }

    /// Answers the two largest topics as a whole, the largest form-letter group, and three single statements.
    private func fillWeighing(_ participation: ParticipationModel, scope: TenantScope, answeredBy: UUID) async throws {
        let participationID = try participation.requireID()
        let now = services.now()
        let clusters = try await scope.query(StatementClusterModel.self).filter(\.$participationID == participationID).sort(\.$number).all()
        for cluster in clusters.prefix(2) {
            cluster.answer = "Die Hinweise wurden geprüft. Der Bebauungsplan wird in diesem Punkt nicht geändert; die Begründung wird ergänzt."
            cluster.decision = StatementDecision.partlyConsidered.rawValue
            (cluster.answeredBy, cluster.answeredAt) = (answeredBy, now)
            try await cluster.update(on: scope.database)
        }
        let statements = try await scope.query(StatementModel.self).filter(\.$participationID == participationID).sort(\.$sequence).all()
        let groups = Dictionary(grouping: statements.filter { $0.duplicateLeaderID != nil }, by: { $0.duplicateLeaderID! })
        if let largest = groups.values.max(by: { $0.count < $1.count }) {
            for statement in largest {
                statement.answer = "Das gleichlautende Schreiben wurde in die Abwägung einbezogen. Die Anregung wird berücksichtigt: Der Baumbestand an der Lindenallee wird als zu erhalten festgesetzt."
                statement.decision = StatementDecision.considered.rawValue
                (statement.answeredBy, statement.answeredAt) = (answeredBy, now)
                try await statement.update(on: scope.database)
            }
        }
        for statement in statements.filter({ $0.duplicateLeaderID == nil && $0.answer == nil }).prefix(3) {
            statement.answer = "Die Stellungnahme wird zur Kenntnis genommen. Sie betrifft die Ausführungsplanung und nicht den Bebauungsplan."
            statement.decision = StatementDecision.noted.rawValue
            (statement.answeredBy, statement.answeredAt) = (answeredBy, now)
            try await statement.update(on: scope.database)
        }
    }
}
