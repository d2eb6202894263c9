// Importing a plan from the command line (`zuegig plan import`): no user session, so the audit entry
// names the command as the actor.
import Fluent
import Foundation
import Vapor
import ZuegigPersistence

extension ZuegigApp {
    /// The system actor of command-line imports (no user row).
    static let commandLineActor = UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1))

    public static func importPlan(_ app: Application, data: Data, fileName: String, authoritySlug: String) async throws -> String {
        _ = try await prepare(app)
        guard let authority = try await AuthorityModel.query(on: app.db).filter(\.$slug == authoritySlug).first() else {
            throw AppError(.notFound, "Eine Behörde \(authoritySlug) gibt es nicht.")
        }
        let plan = try await PlanService(database: app.db, services: app.zuegig)
            .importPlan(data, fileName: fileName, authorityID: try authority.requireID(), actorID: commandLineActor, actorLabel: "zuegig plan import")
        var lines = ["Plan \"\(plan.name)\" (XPlanGML \(plan.version)) für \(authority.name) gespeichert: \(plan.featureCount) ausgewertete Festsetzungen, id \(plan.id.uuidString.lowercased())."]
        if !plan.otherFeatures.isEmpty { lines.append("Nicht ausgewertet (in der Datei gespeichert): " + plan.otherFeatures.keys.sorted().map { "\($0) (\(plan.otherFeatures[$0] ?? 0))" }.joined(separator: ", ")) }
        lines += plan.warnings.map { "Hinweis: \($0)" }
        return lines.joined(separator: "\n")
    }
}
