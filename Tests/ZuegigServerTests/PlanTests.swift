// The plan check end to end: the demo case lies in the demo plan and shows findings and a map;
// admins import XPlanGML; project data is validated, linked by geometry and audited; other tenants,
// agencies and strangers get 404, non-admins 403.
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import ZuegigServer
import ZuegigPersistence

struct PlanTests {
    static let demoCase = "Neubau Einfamilienhaus mit Garage"

    func raw(_ app: Application, _ method: HTTPMethod, _ path: String, body: Data, contentType: String, token: String) async throws -> TestingHTTPResponse {
        var headers = HTTPHeaders()
        headers.bearerAuthorization = BearerAuthorization(token: token)
        headers.replaceOrAdd(name: .contentType, value: contentType)
        return try await app.testing().performTest(request: TestingHTTPRequest(method: method, url: URI(path: path), headers: headers, body: ByteBuffer(data: body)))
    }

    @Test func theDemoCaseLiesInTheDemoPlanAndShowsFindingsAndTheMap() async throws {
        try await TestApp.run { app in
            let worker = try await app.token("sachbearbeitung@demo.zuegig.de")
            let caseID = try await app.demoCaseID(Self.demoCase)
            let response = try await app.get("/api/v1/cases/\(caseID)/plan-check", token: worker)
            #expect(response.status == .ok)
            let check = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]
            #expect(check?["planName"] as? String == "Bebauungsplan Nr. 12 \"Am Lindenweg\"")
            let report = try #require(check?["report"] as? [String: Any])
            #expect((report["zone"] as? [String: Any])?["type"] as? String == "WA")
            let findings = try #require(report["findings"] as? [[String: Any]])
            #expect(findings.contains { $0["check"] as? String == "grz" && $0["status"] as? String == "ok" })
            #expect(findings.contains { $0["check"] as? String == "setback" && $0["status"] as? String == "violation" })

            let map = try await app.get("/api/v1/cases/\(caseID)/plan-check/map", token: worker)
            #expect(map.status == .ok)
            #expect(map.headers.contentType?.description.hasPrefix("image/svg+xml") == true)
            #expect(map.body.string.contains("<title id=\"map-title\">"))
            #expect(map.body.string.contains("Verstoß 1"))

            let applicant = try await app.token("antrag@demo.zuegig.de")
            #expect(try await app.get("/api/v1/cases/\(caseID)/plan-check", token: applicant).status == .ok)
        }
    }

    @Test func otherTenantsAgenciesAndStrangersGetNotFound() async throws {
        try await TestApp.run { app in
            let caseID = try await app.demoCaseID(Self.demoCase)
            let planID = try #require(try await PlanModel.query(on: app.db).first()?.id).uuidString
            let foreign = try await app.token("sachbearbeitung@beispielhausen.demo.zuegig.de")
            for path in ["/api/v1/cases/\(caseID)/plan-check", "/api/v1/cases/\(caseID)/project", "/api/v1/cases/\(caseID)/plan-check/map", "/api/v1/plans/\(planID)"] {
                let response = try await app.get(path, token: foreign)
                #expect(response.status == .notFound, "\(path)")
                #expect(!response.body.string.contains("Lindenweg"))
            }
            #expect(try await app.get("/api/v1/plans", token: foreign).body.string == "[]")
            let agency = try await app.token("fachbehoerde@demo.zuegig.de")
            #expect(try await app.get("/api/v1/cases/\(caseID)/plan-check", token: agency).status == .notFound)
            let stranger = try await app.token("antrag2@demo.zuegig.de")
            #expect(try await app.get("/api/v1/cases/\(caseID)/plan-check", token: stranger).status == .notFound)
        }
    }

    @Test func adminsImportXPlanGMLAndOthersMayNot() async throws {
        try await TestApp.run { app in
            let admin = try await app.token("admin@demo.zuegig.de")
            let sample = try Data(contentsOf: URL(fileURLWithPath: TestApp.packageFile("Tests/ZuegigGeoTests/Samples/bp_plan.gml")))
            let imported = try await raw(app, .POST, "/api/v1/plans", body: sample, contentType: "application/gml+xml", token: admin)
            #expect(imported.status == .created)
            let plan = try #require(try JSONSerialization.jsonObject(with: Data(buffer: imported.body)) as? [String: Any])
            #expect(plan["version"] as? String == "5.3")
            #expect((plan["otherFeatures"] as? [String: Int])?["BP_Wegerecht"] == 1)
            #expect((plan["warnings"] as? [String])?.isEmpty == false)

            let worker = try await app.token("sachbearbeitung@demo.zuegig.de")
            #expect(try await raw(app, .POST, "/api/v1/plans", body: sample, contentType: "application/gml+xml", token: worker).status == .forbidden)
            let broken = try await raw(app, .POST, "/api/v1/plans", body: Data("<XPlanAuszug><oops>".utf8), contentType: "application/xml", token: admin)
            #expect(broken.status == .badRequest)
            #expect(broken.problem?.detail.contains("kein gültiges XML") == true)
            let list = try await app.get("/api/v1/plans", token: worker)
            #expect((try JSONSerialization.jsonObject(with: Data(buffer: list.body)) as? [Any])?.count == 2)
            let events = try await AuditEventModel.query(on: app.db).filter(\.$action == "plan.imported").count()
            #expect(events == 2)
            // The admin page lists both plans.
            let browser = HTMLTests.Browser(app)
            _ = try await browser.logIn("admin@demo.zuegig.de")
            let page = try await browser.request(.GET, "/verwaltung/plaene")
            #expect(page.status == .ok)
            #expect(page.body.string.contains("bp_plan"))
        }
    }

    @Test func projectDataIsValidatedLinkedByGeometryAndAudited() async throws {
        try await TestApp.run { app in
            let worker = try await app.token("sachbearbeitung@demo.zuegig.de")
            let caseID = try await app.demoCaseID("Anbau eines Wintergartens")
            let open = #"{"site": {"type": "Polygon", "coordinates": [[[390050, 5819010], [390075, 5819010], [390075, 5819050]]]}, "buildings": []}"#
            let refused = try await raw(app, .PUT, "/api/v1/cases/\(caseID)/project", body: Data(open.utf8), contentType: "application/json", token: worker)
            #expect(refused.status == .badRequest)
            #expect(refused.problem?.detail.contains("nicht geschlossen") == true)
            #expect(try await app.get("/api/v1/cases/\(caseID)/project", token: worker).status == .notFound)

            func ring(_ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double) -> [[Double]] {
                [[390000 + x0, 5819000 + y0], [390000 + x1, 5819000 + y0], [390000 + x1, 5819000 + y1], [390000 + x0, 5819000 + y1], [390000 + x0, 5819000 + y0]]
            }
            let collection: [String: Any] = ["type": "FeatureCollection", "features": [
                ["type": "Feature", "properties": ["role": "site", "use": "gastronomie"], "geometry": ["type": "Polygon", "coordinates": [ring(120, 10, 150, 50)]]],
                ["type": "Feature", "properties": ["role": "building", "height": 9, "fullStoreys": 4, "grossFloorArea": 600],
                 "geometry": ["type": "Polygon", "coordinates": [ring(125, 15, 145, 30)]]],
            ]]
            let saved = try await raw(app, .PUT, "/api/v1/cases/\(caseID)/project", body: try JSONSerialization.data(withJSONObject: collection),
                                      contentType: "application/geo+json", token: worker)
            #expect(saved.status == .ok)
            #expect(saved.body.string.contains("Am Lindenweg"))
            let check = try await app.get("/api/v1/cases/\(caseID)/plan-check", token: worker)
            let report = try #require((try JSONSerialization.jsonObject(with: Data(buffer: check.body)) as? [String: Any])?["report"] as? [String: Any])
            let findings = try #require(report["findings"] as? [[String: Any]])
            // MI allows restaurants; 4 storeys exceed Zmax 3; the building stands on the Baulinie y = 15.
            #expect(findings.contains { $0["check"] as? String == "use" && $0["status"] as? String == "ok" })
            #expect(findings.contains { $0["check"] as? String == "storeys" && $0["status"] as? String == "violation" && $0["limit"] as? Double == 3 })
            #expect(findings.contains { $0["check"] as? String == "buildingLine" && $0["status"] as? String == "ok" })
            #expect(try await AuditEventModel.query(on: app.db).filter(\.$action == "case.projectUpdated").count() == 1)

            let agency = try await app.token("fachbehoerde@demo.zuegig.de")
            let denied = try await raw(app, .PUT, "/api/v1/cases/\(caseID)/project", body: try JSONSerialization.data(withJSONObject: collection),
                                       contentType: "application/json", token: agency)
            #expect(denied.status == .notFound || denied.status == .forbidden)
        }
    }

    @Test func theCasePageShowsTheFindingsTableAndMap() async throws {
        try await TestApp.run { app in
            let browser = HTMLTests.Browser(app)
            _ = try await browser.logIn("sachbearbeitung@demo.zuegig.de")
            let caseID = try await app.demoCaseID(Self.demoCase)
            let page = try await browser.request(.GET, "/vorgaenge/\(caseID)")
            #expect(page.status == .ok)
            let html = page.body.string
            #expect(html.contains("Prüfung gegen den Bebauungsplan"))
            #expect(html.contains("✗ nicht eingehalten"))
            #expect(html.contains("§ 19 Abs. 4 BauNVO"))
            #expect(html.contains("<svg"))
            #expect(html.contains("Vorhabensdaten (JSON oder GeoJSON)"))
            // A broken project shows the page again with a German message, and keeps the stored data.
            let refused = try await browser.request(.POST, "/vorgaenge/\(caseID)/vorhaben", form: [
                "_csrf": try #require(browser.csrfToken(from: page)), "project": "{\"site\": 1}",
            ])
            #expect(refused.status == .badRequest)
            #expect(refused.body.string.contains("Das Baugrundstück"))
            #expect(try await browser.request(.GET, "/vorgaenge/\(caseID)").body.string.contains("Lindenweg"))
        }
    }
}
