// Public participation end to end: the form's limits (length, attachments, spam guard, rate limit,
// closed period), that published views and every export carry no personal data while authorised
// staff see the original, import from CSV/JSONL/e-mail with the channel, stored analysis, and the
// weighing table with group answers; another tenant gets 404.
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import ZuegigServer
import ZuegigDomain
import ZuegigPersistence

struct ParticipationTests {
    static let slug = "quartier-am-lindenweg"
    static let boundary = "zuegig-beteiligung"

    /// A clock the test moves forward (the form's time trap and the period depend on it).
    final class TestClock: @unchecked Sendable {
        private let lock = NSLock()
        private var current = Date()
        var now: Date { lock.withLock { current } }
        func advance(_ seconds: TimeInterval) { lock.withLock { current = current.addingTimeInterval(seconds) } }
    }

    static func multipart(_ fields: [String: String], files: [(field: String, name: String, data: Data)]) -> Data {
        var body = Data()
        for (name, value) in fields.sorted(by: { $0.key < $1.key }) {
            body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8))
        }
        for file in files {
            body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(file.field)\"; filename=\"\(file.name)\"\r\nContent-Type: application/octet-stream\r\n\r\n".utf8))
            body.append(file.data)
            body.append(Data("\r\n".utf8))
        }
        body.append(Data("--\(boundary)--\r\n".utf8))
        return body
    }

    static func value(_ name: String, in html: String) -> String? {
        guard let range = html.range(of: "name=\"\(name)\" value=\"") else { return nil }
        return String(html[range.upperBound...].prefix { $0 != "\"" })
    }

    /// Loads the public page and sends the form with `fields` (token and CSRF taken from the page unless given).
    static func submit(_ browser: HTMLTests.Browser, _ fields: [String: String], files: [(String, Data)] = [], clock: TestClock? = nil,
                       wait: TimeInterval = 10) async throws -> TestingHTTPResponse {
        let page = try await browser.request(.GET, "/beteiligung/\(slug)")
        clock?.advance(wait)
        var all = fields
        all["_csrf"] = all["_csrf"] ?? browser.csrfToken(from: page)
        all["token"] = all["token"] ?? value("token", in: page.body.string)
        return try await browser.request(.POST, "/beteiligung/\(slug)", raw: multipart(all, files: files.map { ("attachments[]", $0.0, $0.1) }),
                                         contentType: "multipart/form-data; boundary=\(boundary)")
    }

    static let statement = "Ich wende mich gegen die geplante Tiefgarage am Lindenweg, weil der Verkehr in unserer Straße schon heute zu stark ist."

    @Test func thePublicFormKeepsItsLimitsAndClosesAfterThePeriod() async throws {
        let clock = TestClock()
        try await TestApp.run(now: { clock.now }) { app in
            let citizen = HTMLTests.Browser(app)
            let page = try await citizen.request(.GET, "/beteiligung/\(Self.slug)")
            #expect(page.status == .ok)
            #expect(page.body.string.contains("Stellungnahme abgeben") && page.body.string.contains("name=\"website\""))
            let before = try await StatementModel.query(on: app.db).count()

            let tooFast = try await Self.submit(citizen, ["text": Self.statement], clock: clock, wait: 0)
            #expect(tooFast.status == .badRequest)
            #expect(tooFast.body.string.contains("zu schnell"))
            let bot = try await Self.submit(citizen, ["text": Self.statement, "website": "http://spam.example"], clock: clock)
            #expect(bot.status == .badRequest)
            let forged = try await Self.submit(citizen, ["text": Self.statement, "token": "1.abc"], clock: clock)
            #expect(forged.body.string.contains("Das Formular ist abgelaufen"))
            let short = try await Self.submit(citizen, ["text": "zu kurz"], clock: clock)
            #expect(short.status == .badRequest && short.body.string.contains("mindestens 10 Zeichen"))
            let long = try await Self.submit(citizen, ["text": String(repeating: "Lärm ", count: 4_001)], clock: clock)
            #expect(long.body.string.contains("höchstens 20000 sind möglich"))
            #expect(long.body.string.contains("Lärm Lärm"), "the text is kept for correction")
            let badMail = try await Self.submit(citizen, ["text": Self.statement, "email": "kein-at-zeichen"], clock: clock)
            #expect(badMail.body.string.contains("E-Mail-Adresse ist ungültig"))
            let fourFiles = try await Self.submit(citizen, ["text": Self.statement], files: Array(repeating: ("bild.png", VisitTests.png), count: 4), clock: clock)
            #expect(fourFiles.body.string.contains("Höchstens 3 Anlagen"))
            let fakePDF = try await Self.submit(citizen, ["text": Self.statement], files: [("plan.pdf", Data("kein PDF".utf8))], clock: clock)
            #expect(fakePDF.body.string.contains("Dateiformat wird nicht angenommen"))
            let huge = try await Self.submit(citizen, ["text": Self.statement], files: [("gross.png", VisitTests.png + Data(count: 10 * 1_048_576))], clock: clock)
            #expect(huge.body.string.contains("größer als 10 MB"))
            #expect(try await StatementModel.query(on: app.db).count() == before, "nothing refused is stored")

            let accepted = try await Self.submit(citizen, ["text": Self.statement, "email": "anwohnerin@example.org"], files: [("foto.png", VisitTests.png)], clock: clock)
            #expect(accepted.status == .created)
            #expect(accepted.body.string.contains("Ihre Eingangsnummer"))
            let receipt = try #require(accepted.body.string.range(of: "STN-").map { String(accepted.body.string[$0.lowerBound...].prefix(12)) })
            let stored = try #require(try await StatementModel.query(on: app.db).filter(\.$receiptNumber == receipt).first())
            #expect(stored.channel == "online" && stored.clientHash != nil && stored.authorEmail == "anwohnerin@example.org")
            #expect(try await StatementAttachmentModel.query(on: app.db).filter(\.$statementID == stored.requireID()).count() == 1)
            #expect(try await JobModel.query(on: app.db).filter(\.$kind == ParticipationService.analysisJobKind).count() == 1)

            // Rate limit: five per sender and hour.
            for _ in 0..<4 { #expect(try await Self.submit(citizen, ["text": Self.statement], clock: clock).status == .created) }
            let sixth = try await Self.submit(citizen, ["text": Self.statement], clock: clock)
            #expect(sixth.status == .tooManyRequests)
            #expect(sixth.body.string.contains("bereits 5 Stellungnahmen"))
            clock.advance(3_700)
            #expect(try await Self.submit(citizen, ["text": Self.statement], clock: clock).status == .created, "the limit is per hour")

            // A form left open for more than a day must be reloaded.
            let stalePage = try await citizen.request(.GET, "/beteiligung/\(Self.slug)")
            clock.advance(25 * 3_600)
            let stale = try await citizen.request(.POST, "/beteiligung/\(Self.slug)", raw: Self.multipart(
                ["text": Self.statement, "_csrf": citizen.csrfToken(from: stalePage) ?? "", "token": Self.value("token", in: stalePage.body.string) ?? ""], files: []),
                contentType: "multipart/form-data; boundary=\(Self.boundary)")
            #expect(stale.body.string.contains("Das Formular ist abgelaufen"))

            // After the period the form is closed and refuses statements.
            clock.advance(40 * 86_400)
            let closedPage = try await citizen.request(.GET, "/beteiligung/\(Self.slug)")
            #expect(closedPage.body.string.contains("Das Formular ist geschlossen"))
            #expect(!closedPage.body.string.contains("name=\"website\""))
            let late = try await Self.submit(citizen, ["text": Self.statement, "_csrf": citizen.csrfToken(from: stalePage) ?? ""], clock: clock)
            #expect(late.status == .conflict)
            #expect(late.body.string.contains("abgelaufen"))
        }
    }

    @Test func publishedViewsAndExportsCarryNoPersonalDataButAuthorisedStaffSeeTheOriginal() async throws {
        let clock = TestClock()
        try await TestApp.run(now: { clock.now }) { app in
            let citizen = HTMLTests.Browser(app)
            let text = """
                Sehr geehrte Damen und Herren,
                die Fällung der Linden am Lindenweg lehne ich ab. Die Bäume spenden Schatten und sind Lebensraum für Vögel.
                Mit freundlichen Grüßen
                Hannelore Wiesenthal-Krüger, Birkenweg 17, 12345 Musterstadt, Telefon 030 98765432, hannelore.wk@example.org
                """
            let sent = try await Self.submit(citizen, ["text": text, "name": "Hannelore Wiesenthal-Krüger", "address": "Birkenweg 17, 12345 Musterstadt",
                                                       "email": "hannelore.wk@example.org"], clock: clock)
            #expect(sent.status == .created)
            let personal = ["Hannelore", "Wiesenthal", "Birkenweg 17", "hannelore.wk@example.org", "98765432"]
            for value in personal { #expect(!sent.body.string.contains(value), "receipt shows \(value)") }
            #expect(try await ZuegigApp.runJobs(app) >= 1)
            let stored = try #require(try await StatementModel.query(on: app.db).filter(\.$authorEmail == "hannelore.wk@example.org").first())
            #expect(stored.clusterID != nil, "the analysis placed the new statement in a topic")
            #expect(stored.anonymizedText.contains("Lebensraum für Vögel"))

            let staff = HTMLTests.Browser(app)
            _ = try await staff.logIn("sachbearbeitung@demo.zuegig.de")
            let participation = try #require(try await ParticipationModel.query(on: app.db).filter(\.$slug == Self.slug).first())
            let base = "/verwaltung/beteiligungen/\(try participation.requireID().uuidString.lowercased())"
            let overview = try await staff.request(.GET, base)
            #expect(overview.status == .ok)
            let published = try await staff.request(.POST, "\(base)/veroeffentlichen", form: ["_csrf": staff.csrfToken(from: overview) ?? "", "published": "1"])
            #expect(published.body.string.contains("veröffentlicht"))

            var views: [(String, String)] = []
            for path in ["/beteiligung/\(Self.slug)", "/beteiligung/\(Self.slug)/ergebnis", "/beteiligung"] {
                let response = try await citizen.request(.GET, path)
                #expect(response.status == .ok, "\(path)")
                views.append((path, response.body.string))
            }
            for format in ["csv", "xlsx", "html", "pdf"] {
                let response = try await staff.request(.GET, "\(base)/abwaegung.\(format)")
                #expect(response.status == .ok, "\(format)")
                // The XLSX is a stored (uncompressed) ZIP, so its XML text is readable in the bytes.
                views.append((format, String(decoding: Data(buffer: response.body), as: UTF8.self)))
            }
            #expect(views[1].1.contains("Lebensraum für Vögel"), "the published result shows the anonymised text")
            #expect(views[3].1.contains("Lebensraum für Vögel") && views[4].1.contains("Lebensraum für Vögel"), "CSV and XLSX carry the statements")
            #expect(views[6].1.hasPrefix("%PDF"))
            for (view, body) in views {
                for value in personal { #expect(!body.contains(value), "\(view) shows \(value)") }
            }

            let topic = try #require(try await StatementClusterModel.find(stored.clusterID, on: app.db)).number
            let clusterPage = try await staff.request(.GET, "\(base)/themen/\(topic)?seite=\(1 + (try await position(of: stored, app: app)) / ClusterPage.pageSize)")
            #expect(clusterPage.body.string.contains("Hannelore Wiesenthal-Krüger"), "the case worker may read the original")
            let admin = HTMLTests.Browser(app)
            _ = try await admin.logIn("admin@demo.zuegig.de")
            let adminPage = try await admin.request(.GET, "\(base)/themen/\(topic)")
            #expect(adminPage.status == .ok && !adminPage.body.string.contains("Wiesenthal"), "administration sees only anonymised text")
            let agency = HTMLTests.Browser(app)
            _ = try await agency.logIn("fachbehoerde@demo.zuegig.de")
            #expect(try await agency.request(.GET, base).status == .forbidden)
            let other = HTMLTests.Browser(app)
            _ = try await other.logIn("sachbearbeitung@beispielhausen.demo.zuegig.de")
            #expect(try await other.request(.GET, base).status == .notFound)
            #expect(try await other.request(.GET, "\(base)/abwaegung.csv").status == .notFound)
        }
    }

    func position(of statement: StatementModel, app: Application) async throws -> Int {
        try await StatementModel.query(on: app.db).filter(\.$clusterID == statement.clusterID).filter(\.$sequence < statement.sequence).count()
    }

    static let csv = """
        Kennung;Name;Stellungnahme;Eingangsweg;Datum
        B-1;Otto Brandt;"Die Tiefgarage wird den Verkehr im Lindenweg verdoppeln. Bitte prüfen Sie eine Zufahrt über die Hauptstraße.";Brief;03.11.2026
        B-2;;"Der Spielplatz an der Schule fehlt im Entwurf; bitte sehen Sie Flächen für Kinder vor.";Fax;04.11.2026
        """
    static let jsonl = #"{"id": "J-1", "text": "Die Linden am Lindenweg müssen erhalten bleiben, sie prägen das ganze Viertel."}"# + "\n"
    static let eml = """
        From: =?ISO-8859-1?Q?J=FCrgen_M=FCller?= <juergen.mueller@example.org>
        To: bauleitplanung@musterstadt.example
        Subject: Einwendung B-Plan 4-12
        Date: Tue, 10 Nov 2026 09:15:00 +0100
        Message-ID: <einwendung-42@example.org>
        MIME-Version: 1.0
        Content-Type: text/plain; charset=utf-8
        Content-Transfer-Encoding: 8bit

        Sehr geehrte Damen und Herren, gegen die fünfgeschossige Bebauung am Lindenweg erhebe ich Einwendungen: Sie verschattet unsere Gärten.
        Jürgen Müller
        """

    @Test func importedStatementsAreAnalysedAndTheWeighingTableAnswersGroupsAndTopics() async throws {
        try await TestApp.run { app in
            let staff = HTMLTests.Browser(app)
            _ = try await staff.logIn("sachbearbeitung@demo.zuegig.de")
            let list = try await staff.request(.GET, "/verwaltung/beteiligungen")
            #expect(list.body.string.contains("Quartier am Lindenweg"))
            let csrf = try #require(staff.csrfToken(from: list))
            let invalid = try await staff.request(.POST, "/verwaltung/beteiligungen", form: ["_csrf": csrf, "title": "B", "phase": "gibt-es/nicht", "firstDay": "morgen"])
            #expect(invalid.status == .badRequest)
            #expect(invalid.body.string.contains("Titel mit 3 bis 200 Zeichen") && invalid.body.string.contains("Datum an (JJJJ-MM-TT)"))
            let created = try await staff.request(.POST, "/verwaltung/beteiligungen", form: [
                "_csrf": csrf, "title": "Planfeststellung Ortsumgehung Falkenau", "phase": "vwvfg-planfeststellung/hearing-public", "firstDay": "2026-11-02",
            ])
            #expect(created.status == .seeOther)
            let base = try #require(created.headers.first(name: .location))
            let participation = try #require(try await ParticipationModel.query(on: app.db).filter(\.$title == "Planfeststellung Ortsumgehung Falkenau").first())
            // One month from 2026-11-02 ends on 2026-12-01; objections two weeks longer: 2026-12-15.
            #expect(participation.publicationLastDay == "2026-12-01" && participation.lastDay == "2026-12-15")

            let overview = try await staff.request(.GET, base)
            let upload = Self.multipart(["_csrf": staff.csrfToken(from: overview) ?? ""], files: [
                ("files[]", "eingang.csv", Data(Self.csv.utf8)), ("files[]", "online.jsonl", Data(Self.jsonl.utf8)),
                ("files[]", "einwendung.eml", Data(Self.eml.replacingOccurrences(of: "\n", with: "\r\n").utf8)),
            ])
            let imported = try await staff.request(.POST, "\(base)/import", raw: upload, contentType: "multipart/form-data; boundary=\(Self.boundary)")
            #expect(imported.body.string.contains("4 Stellungnahmen importiert"), "\(imported.body.string.prefix(2000))")
            let again = try await staff.request(.POST, "\(base)/import", raw: upload, contentType: "multipart/form-data; boundary=\(Self.boundary)")
            #expect(again.body.string.contains("0 Stellungnahmen importiert, 4 bereits vorhandene übersprungen"))
            let statements = try await StatementModel.query(on: app.db).filter(\.$participationID == participation.requireID()).sort(\.$sequence).all()
            #expect(statements.map(\.channel) == ["letter", "fax", "jsonl", "email"])
            #expect(statements[3].authorName == "Jürgen Müller" && !statements[3].anonymizedText.contains("Müller"))
            #expect(statements[0].authorName == "Otto Brandt")

            // Form letters: three copies of one letter with different signatures.
            let letter = "Wir fordern, dass die Linden am Lindenweg erhalten bleiben und die Tiefgarage an anderer Stelle gebaut wird. Der Verkehr vor der Grundschule ist schon heute gefährlich."
            let copies = ["Anna Weber", "Karl Schmitt", "Lea Wolf"].enumerated().map { index, name in
                #"{"id": "F-\#(index)", "text": "\#(letter) Mit freundlichen Grüßen \#(name)"}"#
            }.joined(separator: "\n")
            let formLetters = Self.multipart(["_csrf": staff.csrfToken(from: overview) ?? ""], files: [("files[]", "formschreiben.jsonl", Data(copies.utf8))])
            #expect(try await staff.request(.POST, "\(base)/import", raw: formLetters, contentType: "multipart/form-data; boundary=\(Self.boundary)").status == .ok)

            let analysed = try await staff.request(.POST, "\(base)/auswerten", form: ["_csrf": staff.csrfToken(from: overview) ?? ""])
            #expect(analysed.body.string.contains("Ausgewertet: 7 Stellungnahmen, 1 Formschreiben-Gruppen"))
            let all = try await StatementModel.query(on: app.db).filter(\.$participationID == participation.requireID()).sort(\.$sequence).all()
            #expect(all.allSatisfy { $0.clusterID != nil })
            let group = all.filter { $0.duplicateLeaderID != nil }
            #expect(group.count == 3 && Set(group.map(\.duplicateLeaderID)).count == 1)

            // One answer for the whole group.
            let member = try #require(group.last)
            let topic = try #require(try await StatementClusterModel.find(member.clusterID, on: app.db))
            let topicPage = try await staff.request(.GET, "\(base)/themen/\(topic.number)")
            #expect(topicPage.body.string.contains("für alle 3 Schreiben dieser Gruppe"))
            let groupAnswer = try await staff.request(.POST, "\(base)/stellungnahmen/\(try member.requireID().uuidString.lowercased())/antwort", form: [
                "_csrf": staff.csrfToken(from: topicPage) ?? "", "answer": "Die Lindenallee wird als zu erhalten festgesetzt.", "decision": "considered", "group": "1",
            ])
            #expect(groupAnswer.body.string.contains("Antwort für alle 3 Schreiben der Gruppe gespeichert"))
            let answered = try await StatementModel.query(on: app.db).filter(\.$duplicateLeaderID == member.duplicateLeaderID).all()
            #expect(answered.allSatisfy { $0.decision == "considered" && $0.answer == "Die Lindenallee wird als zu erhalten festgesetzt." })
            let missingDecision = try await staff.request(.POST, "\(base)/themen/\(try topic.requireID().uuidString.lowercased())/antwort", form: [
                "_csrf": staff.csrfToken(from: topicPage) ?? "", "answer": "Text ohne Ergebnis",
            ])
            #expect(missingDecision.status == .badRequest && missingDecision.body.string.contains("Ergebnis der Abwägung"))
            let topicAnswer = try await staff.request(.POST, "\(base)/themen/\(try topic.requireID().uuidString.lowercased())/antwort", form: [
                "_csrf": staff.csrfToken(from: topicPage) ?? "", "answer": "Die Hinweise zum Thema werden geprüft.", "decision": "noted",
            ])
            let inTopic = all.filter { $0.clusterID == topic.id }.count
            #expect(topicAnswer.body.string.contains("\(inTopic) Stellungnahmen, \(inTopic) beantwortet, 0 offen"))

            // Once answers exist, a new statement joins an existing topic; the topics stay.
            let topicsBefore = try await StatementClusterModel.query(on: app.db).filter(\.$participationID == participation.requireID()).all(\.$id)
            let late = Self.multipart(["_csrf": staff.csrfToken(from: overview) ?? ""], files: [
                ("files[]", "nachzuegler.jsonl", Data(#"{"id": "N-1", "text": "Auch ich bitte darum, die Linden am Lindenweg zu erhalten und den Verkehr vor der Grundschule zu beruhigen."}"#.utf8)),
            ])
            _ = try await staff.request(.POST, "\(base)/import", raw: late, contentType: "multipart/form-data; boundary=\(Self.boundary)")
            #expect(try await ZuegigApp.runJobs(app) >= 1)
            let topicsAfter = try await StatementClusterModel.query(on: app.db).filter(\.$participationID == participation.requireID()).all(\.$id)
            #expect(Set(topicsBefore) == Set(topicsAfter))
            let newcomer = try #require(try await StatementModel.query(on: app.db).filter(\.$externalID == "N-1").first())
            #expect(newcomer.clusterID != nil)
            let summary = try #require(try await ParticipationModel.find(participation.requireID(), on: app.db)?.analysisSummary)
            #expect(summary.contains("\"mode\":\"incremental\""))
        }
    }
}
