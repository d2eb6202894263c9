// The case pages and their forms: applicant creates, uploads and submits; the case worker decides on completeness.
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import ZuegigServer
import ZuegigInterop

struct CasePagesTests {
    func multipart(_ browser: HTMLTests.Browser, _ path: String, csrf: String, kind: String, fileName: String, data: Data) async throws -> TestingHTTPResponse {
        let boundary = "b-\(UUID().uuidString)"
        var body = Data()
        for (name, value) in [("_csrf", csrf), ("kind", kind)] {
            body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8))
        }
        body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(fileName)\"\r\nContent-Type: application/pdf\r\n\r\n".utf8))
        body.append(data)
        body.append(Data("\r\n--\(boundary)--\r\n".utf8))
        return try await browser.request(.POST, path, raw: body, contentType: "multipart/form-data; boundary=\(boundary)")
    }

    @Test func applicantSubmitsThroughTheFormsAndTheCaseWorkerRequestsWhatIsMissing() async throws {
        try await TestApp.run { app in
            let applicant = HTMLTests.Browser(app)
            _ = try await applicant.logIn("antrag2@demo.zuegig.de")
            let form = try await applicant.request(.GET, "/vorgaenge/neu")
            #expect(form.body.string.contains("<h1>Neuer Bauantrag</h1>"))
            let created = try await applicant.request(.POST, "/vorgaenge/neu", form: [
                "_csrf": try #require(applicant.csrfToken(from: form)), "authority": "musterstadt", "title": "Gartenhaus mit Schuppen",
                "siteAddress": "Ahornweg 9, 12345 Musterstadt", "parcel": "Flur 1, Flurstück 5", "buildingClass": "1",
                "declaredCostEuros": "18.500,00", "description": "Holzgartenhaus",
            ])
            #expect(created.status == .seeOther)
            let casePath = try #require(created.headers.first(name: .location))
            let page = try await applicant.request(.GET, casePath)
            #expect(page.body.string.contains("Antragsentwurf"))
            #expect(page.body.string.contains("18.500,00 €"))
            let csrf = try #require(applicant.csrfToken(from: page))

            let refused = try await multipart(applicant, "\(casePath)/dokumente", csrf: csrf, kind: "lageplan", fileName: "plan.pdf", data: Data("kein pdf".utf8))
            #expect(refused.status == .unsupportedMediaType)
            #expect(refused.body.string.contains("Dieses Dateiformat wird nicht angenommen"))
            let uploaded = try await multipart(applicant, "\(casePath)/dokumente", csrf: csrf, kind: "lageplan", fileName: "plan.pdf", data: samplePDF("Lageplan"))
            #expect(uploaded.status == .seeOther)
            let submitted = try await applicant.request(.POST, "\(casePath)/aktionen/submit", form: ["_csrf": csrf])
            #expect(submitted.status == .seeOther)
            let afterSubmit = try await applicant.request(.GET, casePath).body.string
            #expect(afterSubmit.contains("Eingegangen – Vollständigkeitsprüfung"))
            #expect(afterSubmit.contains("Prüfung der Vollständigkeit"))

            let worker = HTMLTests.Browser(app)
            _ = try await worker.logIn("sachbearbeitung@demo.zuegig.de")
            let inbox = try await worker.request(.GET, "/vorgaenge").body.string
            #expect(inbox.contains("Gartenhaus mit Schuppen"))
            #expect(inbox.contains("Nächste Frist"))
            let workerPage = try await worker.request(.GET, casePath)
            #expect(workerPage.body.string.contains("Unterlagen nachfordern"))
            let workerCSRF = try #require(worker.csrfToken(from: workerPage))
            let tooEarly = try await worker.request(.POST, "\(casePath)/aktionen/markComplete", form: ["_csrf": workerCSRF])
            #expect(tooEarly.status == .conflict)
            #expect(tooEarly.body.string.contains("Es fehlen erforderliche Bauvorlagen"))
            let requested = try await worker.request(.POST, "\(casePath)/aktionen/requestDeficiencies",
                                                     form: ["_csrf": workerCSRF, "items": "Baubeschreibung fehlt\nStatistischer Erhebungsbogen fehlt", "message": ""])
            #expect(requested.status == .seeOther)
            let applicantView = try await applicant.request(.GET, casePath).body.string
            #expect(applicantView.contains("Baubeschreibung fehlt"))
            #expect(applicantView.contains("Nachgereichte Unterlagen einreichen"))
            let foreign = HTMLTests.Browser(app)
            _ = try await foreign.logIn("sachbearbeitung@beispielhausen.demo.zuegig.de")
            #expect(try await foreign.request(.GET, casePath).status == .notFound)
        }
    }
}
