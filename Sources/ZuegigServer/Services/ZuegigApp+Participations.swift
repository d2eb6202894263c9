// Importing statements into a participation from the command line (`zuegig comments import`): files
// or folders of CSV, JSON Lines and e-mails; the audit entry names the command as the actor.
import Fluent
import Foundation
import Vapor
import ZuegigInterop
import ZuegigPersistence

extension ZuegigApp {
    public static func importStatements(_ app: Application, participationSlug: String, files: [(name: String, data: Data)]) async throws -> String {
        _ = try await prepare(app)
        let service = ParticipationService(database: app.db, services: app.zuegig)
        let (participation, authority) = try await service.publicParticipation(slug: participationSlug)
        let result = StatementFiles.read(files)
        let report = try await service.importStatements(result, into: participation, source: files.map(\.name).joined(separator: ", "),
                                                        actor: (commandLineActor, "zuegig comments import"))
        var lines = ["\(report.imported) Stellungnahmen in „\(participation.title)“ (\(authority.name)) importiert, \(report.skippedKnown) bereits vorhandene übersprungen; die Auswertung ist eingeplant."]
        lines += report.problems.map { "Nicht übernommen: \($0)" }
        return lines.joined(separator: "\n")
    }
}
