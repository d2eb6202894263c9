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
    static let boundary = "zuegig-test-grenze"
    /// A 1×1 pixel PNG.
    static let png = Data(base64Encoded: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")!

    static func multipart(_ fields: [String: String], files: [(name: String, data: Data)]) -> Data {
        var body = Data()
        for (name, value) in fields {
            body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8))
        }
        for file in files {
            body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"photos[]\"; filename=\"\(file.name)\"\r\nContent-Type: application/octet-stream\r\n\r\n".utf8))
            body.append(file.data)
            body.append(Data("\r\n".utf8))
        }
        body.append(Data("--\(boundary)--\r\n".utf8))
        return body
    }

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
            var fields = ["result": "passedWithDefects", "findings": "Geländer fehlt im 2. OG", "defects": "Absturzsicherung Treppenhaus anbringen | 2026-12-15"]
            fields["_csrf"] = try #require(inspector.csrfToken(from: try await inspector.request(.GET, dayPath)))
            let notAPhoto = try await inspector.request(.POST, protocolPath, raw: Self.multipart(fields, files: [("baustelle.jpg", Data("kein Bild".utf8))]),
                                                        contentType: "multipart/form-data; boundary=\(Self.boundary)")
            #expect(notAPhoto.status == .unsupportedMediaType)
            #expect(notAPhoto.body.string.contains("kein Foto im Format JPEG oder PNG"))
            #expect(try await VisitRequestModel.find(fromCase.id, on: app.db)?.status == .confirmed, "a refused photo stores nothing")
            let recorded = try await inspector.request(.POST, protocolPath, raw: Self.multipart(fields, files: [("treppenhaus.png", Self.png), ("", Data())]),
                                                       contentType: "multipart/form-data; boundary=\(Self.boundary)")
            #expect(recorded.body.string.contains("Protokoll zu „\(fromCase.title)“ gespeichert (1 Fotos)"))
            let photo = try #require(try await VisitPhotoModel.query(on: app.db).filter(\.$visitID == fromCase.id!).first())
            let photoPath = "/termine/\(fromCase.id!.uuidString.lowercased())/fotos/\(photo.id!.uuidString.lowercased())"
            #expect(recorded.body.string.contains(photoPath))
            let shown = try await inspector.request(.GET, photoPath)
            #expect(shown.headers.contentType == .png)
            #expect(Data(buffer: shown.body) == Self.png)
            let foreignInspector = HTMLTests.Browser(app)
            _ = try await foreignInspector.logIn("leitung@beispielhausen.demo.zuegig.de")
            #expect(try await foreignInspector.request(.GET, photoPath).status == .notFound)
            let inspection = try #require(try await InspectionModel.find(fromCase.inspectionID, on: app.db))
            #expect(inspection.result == "passedWithDefects")
            #expect(inspection.findings.contains("Frist bis 2026-12-15"))
            #expect(inspection.findings.contains("Fotos im Protokoll: 1"))
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

    @Test func visitsComeFromCasesOrByHandAndAnAbsentInspectorIsPlannedAround() async throws {
        try await TestApp.run { app in
            let lead = HTMLTests.Browser(app)
            _ = try await lead.logIn("leitung@demo.zuegig.de")
            let dataPage = "/verwaltung/termine/daten"
            let monday = VisitHTMLController.week(nil, services: app.zuegig).description

            // A case with project data (ETRS89/UTM 33) yields the site's latitude and longitude.
            let site = try #require(try await CaseModel.query(on: app.db).filter(\.$step == .constructionStarted).first())
            let project = try String(contentsOfFile: TestApp.packageFile("Demo/vorhaben-lindenweg-12.json"), encoding: .utf8)
            try await CaseProjectModel(authorityID: site.authorityID, caseID: site.requireID(), project: project,
                                       box: (390_020, 5_819_010, 390_045, 5_819_050), updatedBy: site.applicantID).create(on: app.db)
            let located = try #require(try await VisitIntake.location(of: site.requireID(), scope: TenantScope(authorityID: site.authorityID, database: app.db)))
            #expect(abs(located.lat - 52.5102) < 0.001 && abs(located.lon - 13.3796) < 0.001)

            // By hand: linked by the case number, placed from its project data; bad windows are refused and nothing is stored.
            let before = try await VisitRequestModel.query(on: app.db).count()
            let bad = try await Self.form(lead, "\(dataPage)/besuche", ["title": "Baukontrolle Gerüst", "address": "Parkstraße 21", "duration": "45",
                                                                      "caseNumber": site.number ?? "", "windows": "morgen früh"], csrfFrom: dataPage)
            #expect(bad.status == .badRequest || bad.status == .unprocessableEntity)
            #expect(bad.body.string.contains("JJJJ-MM-TT HH:MM-HH:MM"))
            #expect(bad.body.string.contains("Baukontrolle Gerüst"), "the entered values are kept")
            #expect(try await VisitRequestModel.query(on: app.db).count() == before)
            let added = try await Self.form(lead, "\(dataPage)/besuche", ["title": "Baukontrolle Gerüst", "address": "Parkstraße 21", "duration": "45",
                                                                        "caseNumber": site.number ?? "", "windows": "\(monday) 09:00-11:00", "priority": "3"], csrfFrom: dataPage)
            #expect(added.body.string.contains("Besuch „Baukontrolle Gerüst“ angelegt"))
            let manual = try #require(try await VisitRequestModel.query(on: app.db).filter(\.$title == "Baukontrolle Gerüst").first())
            #expect(manual.caseID == site.id && manual.located && abs(manual.lat - located.lat) < 1e-9 && manual.priority == 3)

            // A visit without a location waits; once entered, it is planned.
            let inspection = try #require(try await InspectionModel.query(on: app.db).filter(\.$caseID == site.requireID()).first())
            try await CaseProjectModel.query(on: app.db).delete()
            let waiting = try await VisitIntake.request(for: inspection, of: site, createdBy: site.applicantID, on: app.db)
            #expect(!waiting.located)
            #expect(try await lead.request(.GET, "/verwaltung/termine").body.string.contains("1 Besuche haben noch keinen Standort"))
            _ = try await Self.form(lead, "/verwaltung/termine/vorschlag", ["woche": monday])
            let first = try #require(try await VisitPlanModel.query(on: app.db).filter(\.$status == .proposed).first())
            #expect(!first.input.contains(waiting.id!.uuidString), "not planned without a location")
            let badLocation = try await Self.form(lead, "/verwaltung/termine/besuche/\(waiting.id!.uuidString.lowercased())/lage", ["lat": "0", "lon": "0"], csrfFrom: dataPage)
            #expect(badLocation.body.string.contains("Atlantik"))
            _ = try await Self.form(lead, "/verwaltung/termine/besuche/\(waiting.id!.uuidString.lowercased())/lage", ["lat": "52,5102", "lon": "13,3796"], csrfFrom: dataPage)
            #expect(try await VisitRequestModel.find(waiting.id, on: app.db)?.located == true)

            // Accept a plan; then an inspector falls ill on Monday: the next proposal plans around the absence and says so.
            _ = try await Self.form(lead, "/verwaltung/termine/vorschlag", ["woche": monday])
            let plan = try #require(try await VisitPlanModel.query(on: app.db).filter(\.$status == .proposed).first())
            #expect(plan.input.contains(waiting.id!.uuidString) && plan.input.contains(manual.id!.uuidString))
            _ = try await Self.form(lead, "/verwaltung/termine/plaene/\(plan.id!.uuidString.lowercased())/annehmen", [:])
            let mondayVisits = try await VisitRequestModel.query(on: app.db).filter(\.$status == .confirmed).filter(\.$plannedDate == monday).all()
            let ill = try #require(mondayVisits.first?.inspectorID)
            let profile = try #require(try await InspectorProfileModel.query(on: app.db).filter(\.$userID == ill).first())
            let saved = try await Self.form(lead, "\(dataPage)/pruefer/\(ill.uuidString.lowercased())", [
                "homeLabel": profile.homeLabel, "lat": String(profile.homeLat), "lon": String(profile.homeLon), "hoursFrom": profile.hoursFrom,
                "hoursTo": profile.hoursTo, "fridayTo": profile.fridayTo ?? "", "skills": profile.skills, "daysOff": "\(monday) bis \(monday)",
            ], csrfFrom: dataPage)
            #expect(saved.body.string.contains("1 Abwesenheitstag"))
            let replanned = try await Self.form(lead, "/verwaltung/termine/vorschlag", ["woche": monday])
            #expect(replanned.status == .ok)
            let next = try #require(try await VisitPlanModel.query(on: app.db).filter(\.$status == .proposed).first())
            let output = try JSONDecoder().decode(VisitPlanOutput.self, from: Data(next.plan.utf8))
            #expect(!output.routes.contains { $0.inspector == ill.uuidString && $0.date == monday })
            #expect(output.notices.count == mondayVisits.filter { $0.inspectorID == ill }.count)
            let badDays = try await Self.form(lead, "\(dataPage)/pruefer/\(ill.uuidString.lowercased())", [
                "homeLabel": "x", "lat": "52.5", "lon": "13.4", "hoursFrom": "16:00", "hoursTo": "08:00", "daysOff": "nächste Woche",
            ], csrfFrom: dataPage)
            #expect(badDays.body.string.contains("Beginn vor Ende") && badDays.body.string.contains("nächste Woche"))
            #expect(try await InspectorProfileModel.find(profile.id, on: app.db)?.daysOff == monday, "a refused form changes nothing")

            // Cancelling; another tenant gets 404 for the same visit; every change is audited.
            let cancelPath = "/verwaltung/termine/besuche/\(manual.id!.uuidString.lowercased())/absagen"
            let foreign = HTMLTests.Browser(app)
            _ = try await foreign.logIn("leitung@beispielhausen.demo.zuegig.de")
            #expect(try await Self.form(foreign, cancelPath, [:], csrfFrom: dataPage).status == .notFound)
            #expect(try await Self.form(foreign, "\(dataPage)/pruefer/\(ill.uuidString.lowercased())", ["homeLabel": "x", "lat": "52.5", "lon": "13.4", "hoursFrom": "08:00", "hoursTo": "16:00"], csrfFrom: dataPage).status == .notFound)
            #expect(try await Self.form(lead, cancelPath, [:], csrfFrom: dataPage).body.string.contains("abgesagt"))
            #expect(try await Self.form(lead, cancelPath, [:], csrfFrom: dataPage).status == .conflict)
            let actions = try await AuditEventModel.query(on: app.db).all().map(\.action)
            for action in ["visits.requestAdded", "visits.located", "visits.profileSaved", "visits.cancelled"] { #expect(actions.contains(action), "\(action)") }
        }
    }
}
