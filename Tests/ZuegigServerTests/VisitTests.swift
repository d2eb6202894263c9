// Site visit planning in the platform: the demo week is proposed on the board, accepted (cases get a
// timeline entry, invitations read back as iCalendar), the inspector records the protocol on the
// day view; other tenants get 404, roles without planning 403, bad input a German message.
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import ZuegigServer
import ZuegigAI
import ZuegigDomain
import ZuegigInterop
import ZuegigPersistence

struct VisitTests {
    static func form(_ browser: HTMLTests.Browser, _ path: String, _ fields: [String: String], csrfFrom page: String = "/verwaltung/termine") async throws -> TestingHTTPResponse {
        let source = try await browser.request(.GET, page)
        var fields = fields
        fields["_csrf"] = try #require(browser.csrfToken(from: source))
        return try await browser.request(.POST, path, form: fields)
    }

    @Test func theBoardProposesAcceptsAndSendsInvitationsAndTheInspectorRecordsTheProtocol() async throws {
        try await TestApp.run { app in
            let lead = HTMLTests.Browser(app)
            _ = try await lead.logIn("leitung@demo.zuegig.de")
            let board = try await lead.request(.GET, "/verwaltung/termine")
            #expect(board.status == .ok)
            #expect(board.body.string.contains("36 offene und 0 bestätigte Besuche; 4 Prüferinnen und Prüfer"))
            let week = try #require(try await VisitRequestModel.query(on: app.db).first()).windows
            let firstDay = try #require(week.range(of: "\"date\":\"").map { String(week[$0.upperBound...].prefix(10)) })
            let monday = VisitHTMLController.monday(try #require(Day(iso: firstDay))).description

            let proposed = try await Self.form(lead, "/verwaltung/termine/vorschlag", ["woche": monday])
            #expect(proposed.status == .ok)
            let page = proposed.body.string
            #expect(page.contains("Vorgeschlagener Wochenplan"))
            #expect(page.contains("<svg"))
            #expect(page.contains("Tour A"))
            let plan = try #require(try await VisitPlanModel.query(on: app.db).filter(\.$status == .proposed).first())
            let output = try JSONDecoder().decode(VisitPlanOutput.self, from: Data(plan.plan.utf8))
            #expect(output.totals.assigned >= 30)

            let accepted = try await Self.form(lead, "/verwaltung/termine/plaene/\(plan.id!.uuidString.lowercased())/annehmen", [:])
            #expect(accepted.body.string.contains("Plan angenommen"))
            let confirmed = try await VisitRequestModel.query(on: app.db).filter(\.$status == .confirmed).all()
            #expect(confirmed.count == output.totals.assigned)
            let again = try await Self.form(lead, "/verwaltung/termine/plaene/\(plan.id!.uuidString.lowercased())/annehmen", [:])
            #expect(again.status == .conflict)

            let calendar = try await lead.request(.GET, "/verwaltung/termine/plaene/\(plan.id!.uuidString.lowercased())/termine.ics")
            #expect(calendar.headers.contentType?.description.hasPrefix("text/calendar") == true)
            let events = try ICalendarReader.events(calendar.body.string)
            #expect(events.count == confirmed.count)
            #expect(events.allSatisfy { $0.properties["SUMMARY"]?.hasPrefix("Vor-Ort-Termin") == true && $0.parameters["DTSTART"] == "TZID=Europe/Berlin" })

            // The case's due inspection: the applicant sees the appointment in the timeline.
            let fromCase = try #require(confirmed.first { $0.inspectionID != nil })
            let applicant = try await app.token("antrag2@demo.zuegig.de")
            let timeline = try await app.get("/api/v1/cases/\(fromCase.caseID!.uuidString)/events", token: applicant)
            #expect(timeline.body.string.contains("Vor-Ort-Termin vereinbart"))
            #expect(events.contains { $0.properties.values.contains("mailto:antrag2@demo.zuegig.de") })

            // The inspector's day and the protocol.
            let inspectorUser = try #require(try await UserModel.find(fromCase.inspectorID, on: app.db))
            let inspector = HTMLTests.Browser(app)
            _ = try await inspector.logIn(inspectorUser.email)
            let dayPath = "/termine?datum=\(fromCase.plannedDate!)"
            let day = try await inspector.request(.GET, dayPath)
            #expect(day.body.string.contains(fromCase.title))
            let protocolPath = "/termine/\(fromCase.id!.uuidString.lowercased())/protokoll"
            let badDefect = try await Self.form(inspector, protocolPath, ["result": "passedWithDefects", "findings": "Geländer fehlt", "defects": "Geländer ohne Frist"], csrfFrom: dayPath)
            #expect(badDefect.status == .badRequest || badDefect.status == .unprocessableEntity)
            #expect(badDefect.body.string.contains("Beschreibung | JJJJ-MM-TT"))
            let recorded = try await Self.form(inspector, protocolPath, ["result": "passedWithDefects", "findings": "Geländer fehlt im 2. OG",
                                                                         "defects": "Absturzsicherung Treppenhaus anbringen | 2026-12-15"], csrfFrom: dayPath)
            #expect(recorded.body.string.contains("Protokoll zu „\(fromCase.title)“ gespeichert"))
            let inspection = try #require(try await InspectionModel.find(fromCase.inspectionID, on: app.db))
            #expect(inspection.result == "passedWithDefects")
            #expect(inspection.findings.contains("Frist bis 2026-12-15"))
            #expect(try await VisitRequestModel.find(fromCase.id, on: app.db)?.status == .done)
        }
    }

    @Test func otherTenantsGetNotFoundAndRolesWithoutPlanningAreRefused() async throws {
        try await TestApp.run { app in
            let lead = HTMLTests.Browser(app)
            _ = try await lead.logIn("leitung@demo.zuegig.de")
            let monday = VisitHTMLController.week(nil, services: app.zuegig).description
            _ = try await Self.form(lead, "/verwaltung/termine/vorschlag", ["woche": monday])
            let plan = try #require(try await VisitPlanModel.query(on: app.db).first())
            let visit = try #require(try await VisitRequestModel.query(on: app.db).first())

            let foreign = HTMLTests.Browser(app)
            _ = try await foreign.logIn("leitung@beispielhausen.demo.zuegig.de")
            for path in ["/verwaltung/termine/plaene/\(plan.id!.uuidString.lowercased())/termine.ics", "/verwaltung/termine/besuche/\(visit.id!.uuidString.lowercased())/termin.ics"] {
                let response = try await foreign.request(.GET, path)
                #expect(response.status == .notFound, "\(path)")
            }
            let foreignBoard = try await foreign.request(.GET, "/verwaltung/termine")
            #expect(!foreignBoard.body.string.contains("Tour A"))
            #expect(foreignBoard.body.string.contains("0 offene"))

            let worker = HTMLTests.Browser(app)
            _ = try await worker.logIn("sachbearbeitung@demo.zuegig.de")
            #expect(try await worker.request(.GET, "/verwaltung/termine").status == .forbidden)

            // Fixing a fire-protection visit on an inspector without that skill is refused in German.
            let fire = try #require(try await VisitRequestModel.query(on: app.db).filter(\.$skills == "brandschutz").first())
            let wolf = try #require(try await UserModel.query(on: app.db).filter(\.$email == "bauueberwachung2@demo.zuegig.de").first())
            let refused = try await Self.form(lead, "/verwaltung/termine/besuche/\(fire.id!.uuidString.lowercased())/festlegen",
                                              ["inspector": wolf.id!.uuidString, "date": monday, "start": "09:00"])
            #expect(refused.body.string.contains("fehlt die Qualifikation brandschutz"))
            #expect(try await VisitRequestModel.find(fire.id, on: app.db)?.status == .open)
        }
    }
}
