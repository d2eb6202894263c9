// The department routing rules an authority edits itself: supervisors and admins change them, case
// workers may not, invalid lines are refused with the line named and nothing stored, the next
// analysis suggests the new department (also when the weighing has begun), another authority keeps
// the shipped rules, and every change is audited.
import Fluent
import Foundation
import Testing
import Vapor
import ZuegigAI
@testable import ZuegigPersistence
@testable import ZuegigServer

struct RoutingRulesTests {
    @Test func anAuthorityEditsItsRoutingRulesAndTheNextAnalysisUsesThem() async throws {
        try await TestApp.run { app in
            let caseWorker = HTMLTests.Browser(app)
            _ = try await caseWorker.logIn("sachbearbeitung@demo.zuegig.de")
            #expect(try await caseWorker.request(.GET, "/verwaltung/zustaendigkeiten").status == .forbidden)

            let supervisor = HTMLTests.Browser(app)
            _ = try await supervisor.logIn("leitung@demo.zuegig.de")
            let page = try await supervisor.request(.GET, "/verwaltung/zustaendigkeiten")
            #expect(page.status == .ok)
            #expect(page.body.string.contains("Es gelten die mitgelieferten Regeln") && page.body.string.contains("Untere Wasserbehörde: Hochwasser"))
            let csrf = try #require(supervisor.csrfToken(from: page))

            let stored = { try await TemplateModel.query(on: app.db).filter(\.$name == RoutingRulesService.documentName).count() }
            for (lines, message) in [
                ("Baumamt Linde, Baum", "Zeile 1: Es fehlt der Doppelpunkt"),
                ("# Anmerkung\nBaumamt: Linde\nBaumamt: Eiche", "Zeile 3: Die Stelle „Baumamt“ steht schon"),
                ("Baumamt:  , ", "Zeile 1: Nach dem Doppelpunkt fehlen die Stichwörter"),
                ("Baumamt: und", "„und“ ist kein Stichwort"),
                ("", "Es ist keine Regel angegeben"),
            ] {
                let refused = try await supervisor.request(.POST, "/verwaltung/zustaendigkeiten", form: ["_csrf": csrf, "rules": lines])
                #expect(refused.status == .badRequest, "\(lines)")
                #expect(refused.body.string.contains(message), "\(lines): \(refused.body.string.prefix(300))")
            }
            #expect(try await stored() == 0, "refused rules store nothing")

            let saved = try await supervisor.request(.POST, "/verwaltung/zustaendigkeiten", form: [
                "_csrf": csrf, "rules": "# Eigene Regeln\nGrünflächenamt Musterstadt (Baumschutz): Baum, Bäume, Linde, Eiche\nAmt 61: Stadtplanung: Höhe, Geschosse",
            ])
            #expect(saved.status == .ok)
            #expect(saved.body.string.contains("2 Regeln gespeichert") && saved.body.string.contains("Amt 61: Stadtplanung: Höhe, Geschosse"))
            #expect(try await stored() == 1)
            #expect(try await AuditEventModel.query(on: app.db).filter(\.$action == "routing.updated").count() == 1)

            // The demo participation's weighing has begun: its topics stay, their suggestions follow the new rules.
            let participation = try #require(try await ParticipationModel.query(on: app.db).filter(\.$slug == "quartier-am-lindenweg").first())
            let topicsBefore = try await StatementClusterModel.query(on: app.db).filter(\.$participationID == participation.requireID()).sort(\.$number).all().map(\.keywords)
            let summary = try await ParticipationService(database: app.db, services: app.zuegig).analyse(participation.requireID())
            #expect(summary.mode == .incremental)
            let clusters = try await StatementClusterModel.query(on: app.db).filter(\.$participationID == participation.requireID()).sort(\.$number).all()
            #expect(clusters.map(\.keywords) == topicsBefore)
            let departments = clusters.map(\.departments).joined()
            #expect(departments.contains("Grünflächenamt Musterstadt (Baumschutz)"), "\(departments.prefix(500))")
            #expect(!departments.contains("Untere Wasserbehörde"), "the shipped rules no longer apply")

            // Another authority still has the shipped rules and cannot see these.
            let other = HTMLTests.Browser(app)
            _ = try await other.logIn("leitung@beispielhausen.demo.zuegig.de")
            let otherPage = try await other.request(.GET, "/verwaltung/zustaendigkeiten")
            #expect(otherPage.status == .ok && otherPage.body.string.contains("Es gelten die mitgelieferten Regeln"))
            #expect(!otherPage.body.string.contains("Grünflächenamt Musterstadt"))

            let reset = try await supervisor.request(.POST, "/verwaltung/zustaendigkeiten/zuruecksetzen", form: ["_csrf": csrf])
            #expect(reset.body.string.contains("Die mitgelieferten Regeln gelten wieder"))
            #expect(try await stored() == 0)
            #expect(try await AuditEventModel.query(on: app.db).filter(\.$action == "routing.reset").count() == 1)
            #expect(try await caseWorker.request(.POST, "/verwaltung/zustaendigkeiten/zuruecksetzen", form: ["_csrf": caseWorker.csrfToken(from: page) ?? ""]).status != .ok)
        }
    }
}
