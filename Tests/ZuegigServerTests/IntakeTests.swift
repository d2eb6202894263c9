// Document intake end to end: uploads queue a job, the worker reads the text with the real
// pdftotext/tesseract, the case worker sees suggestions, corrects them, and gets the completeness
// check; missing tools, bad files and other tenants are handled.
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
import ZuegigTestSupport

/// A PDF whose lines are the given text (a real text layer).
func textPDF(_ lines: [String]) -> Data {
    SimplePDF(title: lines.first ?? "", blocks: lines.dropFirst().map { .paragraph($0) }).render()
}

/// A scanned page: the PDF rendered to a PNG with pdftoppm (no text layer), or nil without poppler.
func scannedPNG(_ lines: [String]) throws -> Data? {
    guard let tool = ExternalTool.find("pdftoppm") else { return nil }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zuegig-scan-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let pdf = folder.appendingPathComponent("page.pdf")
    try textPDF(lines).write(to: pdf)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: tool.path)
    process.arguments = ["-r", "200", "-gray", "-png", "-singlefile", pdf.path, folder.appendingPathComponent("page").path]
    try process.run()
    process.waitUntilExit()
    return FileManager.default.contents(atPath: folder.appendingPathComponent("page.png").path)
}

struct IntakeTests {
    static let sitePlan = [
        "Amtlicher Lageplan zum Bauantrag", "Vermessungsbüro Kramer, Öffentlich bestellter Vermessungsingenieur",
        "Gemarkung: Oberfeld", "Flur: 3", "Flurstück: 117/2", "Grundstücksfläche: 812,50 m²",
        "Baugrundstück: Birkenweg 4, 12345 Musterstadt", "Maßstab 1:500, Lagebezug ETRS89/UTM, Höhenbezug NHN",
        "Grenzabstände und Abstandsflächen nach § 6 BauO Bln sind eingetragen.", "GRZ geplant 0,35",
    ]
    static let fireSafety = [
        "Brandschutznachweis", "Bauherr: Anna Berger", "Gebäudeklasse 2",
        "Erster Rettungsweg über die notwendige Treppe, zweiter Rettungsweg über anleiterbare Fenster der Feuerwehr.",
        "Tragende Wände feuerhemmend (F 30), Rauchwarnmelder in allen Aufenthaltsräumen.",
        "Feuerwehrzufahrt über die öffentliche Straße, Löschwasserversorgung durch Hydranten.",
    ]
    static let description = [
        "Baubeschreibung", "Bauherr: Anna Berger", "Entwurfsverfasser: Dipl.-Ing. Jonas Wagner",
        "Nutzung: Wohngebäude mit zwei Wohneinheiten", "Gebäudeklasse 2", "Anzahl der Vollgeschosse: 2",
        "Konstruktion: Mauerwerk, Stahlbetondecken, Satteldach", "GRZ: 0,42",
    ]

    func draft(_ applicant: FlowClient) async throws -> String {
        let detail = try await applicant.expect(.POST, "/api/v1/cases", json: CreateCaseRequest(
            authority: "musterstadt", title: "Neubau Zweifamilienhaus Birkenweg", siteAddress: "Birkenweg 4, 12345 Musterstadt",
            procedure: "be-vereinfacht", parcel: "Oberfeld, Flur 3, Flurstück 117/2", description: "Wohnhaus",
            buildingClass: 2, declaredCostEuros: 420_000), status: .created).content.decode(CaseDetailDTO.self)
        return detail.summary.id.uuidString.lowercased()
    }

    @Test func suggestionsFromRealTextExtractionAndTheCompletenessCheck() async throws {
        let image = try scannedPNG(Self.description)
        if image == nil, PDFText.isCI { Issue.record("pdftoppm is required in CI") }
        try await TestApp.run { app in
            guard app.zuegig.intake.tools.canReadTextLayer && app.zuegig.intake.tools.canRecognise else {
                if PDFText.isCI { Issue.record("pdftotext and tesseract (deu) are required in CI: \(app.zuegig.intake.tools.summary)") }
                return
            }
            let applicant = FlowClient(app: app, token: try await app.token("antrag@demo.zuegig.de"))
            let worker = FlowClient(app: app, token: try await app.token("sachbearbeitung@demo.zuegig.de"))
            let caseID = try await draft(applicant)
            try await applicant.upload(caseID, kind: "lageplan", fileName: "lageplan.pdf", data: textPDF(Self.sitePlan))
            // Mislabelled: a fire safety report uploaded as site plan.
            let mislabelled = try await applicant.upload(caseID, kind: "lageplan", fileName: "plan2.pdf", data: textPDF(Self.fireSafety))
                .content.decode(DocumentDTO.self)
            try await applicant.upload(caseID, kind: "baubeschreibung", fileName: "scan.png", data: try #require(image))
            _ = try await applicant.step(.POST, "/api/v1/cases/\(caseID)/submit")
            #expect(try await JobQueue.pendingCount(on: app.db) == 3)

            #expect(try await ZuegigApp.runJobs(app) == 3)

            let intake = try await worker.expect(.GET, "/api/v1/cases/\(caseID)/intake", status: .ok).content.decode(IntakeOverviewDTO.self)
            let plan = try #require(intake.documents.first { $0.fileName == "lageplan.pdf" })
            #expect(plan.textStatus == "available")
            #expect(plan.pages.map(\.method) == ["textLayer"])
            #expect(plan.suggestion?.kind == "lageplan")
            #expect(plan.suggestion?.decisiveTerms.isEmpty == false)
            let planFields = Dictionary(uniqueKeysWithValues: plan.fields.map { ($0.field, $0) })
            #expect(planFields["flurstueck"]?.value == "117/2")
            #expect(planFields["gemarkung"]?.value == "Oberfeld")
            #expect(planFields["grundstuecksflaeche"]?.value == "812.5")
            #expect(planFields["grz"]?.value == "0.35")
            #expect(planFields["flurstueck"]?.page == 1)

            let fire = try #require(intake.documents.first { $0.fileName == "plan2.pdf" })
            #expect(fire.suggestion?.kind == "brandschutznachweis")

            let scan = try #require(intake.documents.first { $0.fileName == "scan.png" })
            #expect(scan.pages.map(\.method) == ["ocr"])
            #expect(scan.suggestion?.bestGuess == "baubeschreibung")
            #expect(scan.fields.contains { $0.field == "grz" && $0.value == "0.42" })

            // The declared GRZ differs between the site plan and the description; drawings are missing.
            let report = intake.completeness
            #expect(report.inconsistencies.contains { $0.field == .grz })
            #expect(report.missing.contains { $0.kind == "bauzeichnung" })
            #expect(!report.isComplete)
            #expect(report.deficiencyDraft.contains("Widersprüchliche Angaben"))
            #expect(report.deficiencyDraft.contains("Bauzeichnungen"))

            // The case worker corrects the kind of the mislabelled file; the correction is kept.
            let reviewPath = "/api/v1/cases/\(caseID)/documents/\(mislabelled.id.uuidString.lowercased())/review"
            try await worker.expect(.POST, reviewPath, json: DocumentReviewInput(kind: "brandschutznachweis", fields: nil), status: .ok)
            let documents = try await worker.expect(.GET, "/api/v1/cases/\(caseID)/documents", status: .ok).content.decode([DocumentDTO].self)
            #expect(documents.first { $0.id == mislabelled.id }?.kind == "brandschutznachweis")
            let reviews = try await DocumentReviewModel.query(on: app.db).filter(\.$documentID == mislabelled.id).all()
            #expect(reviews.map(\.verdict) == ["accepted"])
            // A field correction that is not a number is refused with a German message; nothing is stored.
            let bad = try await worker.expect(.POST, reviewPath, json: DocumentReviewInput(kind: nil, fields: ["grz": "viel"]), status: .badRequest)
            #expect(bad.problem?.detail.contains("Bitte prüfen") == true)
            #expect(try await DocumentReviewModel.query(on: app.db).count() == 1)
            try await worker.expect(.POST, reviewPath, json: DocumentReviewInput(kind: nil, fields: ["gebaeudeklasse": "3"]), status: .ok)
            // A kind correction (the suggestion was Brandschutznachweis) is exported with the text for retraining.
            #expect(try await CorrectionExport.lines(on: app.db).isEmpty)
            try await worker.expect(.POST, reviewPath, json: DocumentReviewInput(kind: "sonstiges", fields: nil), status: .ok)
            let exported = try await CorrectionExport.lines(on: app.db)
            #expect(exported.count == 1)
            #expect(exported.first?.contains("\"kind\":\"sonstiges\"") == true)
            #expect(exported.first?.contains("Rettungsweg") == true)
            let audit = try await AuditEventModel.query(on: app.db).filter(\.$action == "case.documentReviewed").count()
            #expect(audit == 3)

            // The completeness endpoint and the case page show the same.
            let completeness = try await worker.expect(.GET, "/api/v1/cases/\(caseID)/completeness", status: .ok).content.decode(CompletenessReport.self)
            #expect(completeness.missing.map(\.kind) == report.missing.map(\.kind))
            let browser = HTMLTests.Browser(app)
            _ = try await browser.logIn("sachbearbeitung@demo.zuegig.de")
            let page = try await browser.request(.GET, "/vorgaenge/\(caseID)")
            #expect(page.body.string.contains("Eingangsprüfung mit KI-Vorschlägen"))
            #expect(page.body.string.contains("Vorschlag: Lageplan"))
            #expect(page.body.string.contains("Vollständigkeitsprüfung (Vorschlag)"))
            #expect(page.body.string.contains("Widersprüchliche Angaben"))
        }
    }

    @Test func applicantsAgenciesAndOtherAuthoritiesGet404() async throws {
        try await TestApp.run { app in
            let applicant = FlowClient(app: app, token: try await app.token("antrag@demo.zuegig.de"))
            let caseID = try await draft(applicant)
            try await applicant.upload(caseID, kind: "lageplan", fileName: "lageplan.pdf", data: textPDF(Self.sitePlan))
            _ = try await applicant.step(.POST, "/api/v1/cases/\(caseID)/submit")
            try await applicant.expect(.GET, "/api/v1/cases/\(caseID)/intake", status: .notFound)
            let foreign = FlowClient(app: app, token: try await app.token("sachbearbeitung@beispielhausen.demo.zuegig.de"))
            try await foreign.expect(.GET, "/api/v1/cases/\(caseID)/intake", status: .notFound)
            try await foreign.expect(.GET, "/api/v1/cases/\(caseID)/completeness", status: .notFound)
            let agency = FlowClient(app: app, token: try await app.token("fachbehoerde@demo.zuegig.de"))
            try await agency.expect(.GET, "/api/v1/cases/\(caseID)/intake", status: .notFound)
            let documentID = try #require(try await DocumentModel.query(on: app.db).first()?.id).uuidString.lowercased()
            try await foreign.expect(.POST, "/api/v1/cases/\(caseID)/documents/\(documentID)/review",
                                     json: DocumentReviewInput(kind: "vollmacht", fields: nil), status: .notFound)
            #expect(try await DocumentReviewModel.query(on: app.db).count() == 0)
        }
    }

    @Test func withoutTextToolsTheDocumentIsStoredAndMarkedUnavailable() async throws {
        try await TestApp.run(environment: ["ZUEGIG_TEXT_TOOLS": "0"]) { app in
            let applicant = FlowClient(app: app, token: try await app.token("antrag@demo.zuegig.de"))
            let worker = FlowClient(app: app, token: try await app.token("sachbearbeitung@demo.zuegig.de"))
            let caseID = try await draft(applicant)
            let uploaded = try await applicant.upload(caseID, kind: "lageplan", fileName: "lageplan.pdf", data: textPDF(Self.sitePlan))
                .content.decode(DocumentDTO.self)
            _ = try await applicant.step(.POST, "/api/v1/cases/\(caseID)/submit")
            _ = try await ZuegigApp.runJobs(app)
            let intake = try await worker.expect(.GET, "/api/v1/cases/\(caseID)/intake", status: .ok).content.decode(IntakeOverviewDTO.self)
            let document = try #require(intake.documents.first)
            #expect(document.textStatus == "unavailable")
            #expect(document.textMessage?.contains("Texterkennung nicht verfügbar") == true)
            #expect(document.suggestion == nil)
            #expect(intake.completeness.notices.contains { $0.kind == .textUnavailable })
            // Nothing is lost: the file is still there, byte for byte.
            let download = try await worker.expect(.GET, "/api/v1/cases/\(caseID)/documents/\(uploaded.id.uuidString.lowercased())", status: .ok)
            #expect(Data(buffer: download.body) == textPDF(Self.sitePlan))
        }
    }

    @Test func brokenEncryptedEmptyAndHugeFilesAreRefusedAndNothingIsLost() async throws {
        try await TestApp.run(environment: ["ZUEGIG_MAX_UPLOAD_MB": "1"]) { app in
            let applicant = FlowClient(app: app, token: try await app.token("antrag@demo.zuegig.de"))
            let caseID = try await draft(applicant)
            try await applicant.upload(caseID, kind: "lageplan", fileName: "lageplan.pdf", data: textPDF(Self.sitePlan))
            var encrypted = textPDF(["Verschlüsselt"])
            encrypted.append(Data("\ntrailer << /Encrypt 5 0 R >>\n%%EOF\n".utf8))
            let cases: [(String, Data)] = [
                ("leer.pdf", Data()),
                ("kaputt.pdf", Data("%PDF-1.7\n1 0 obj << /Type /Catalog".utf8)),
                ("geheim.pdf", encrypted),
                ("programm.pdf", Data([0x7F, 0x45, 0x4C, 0x46, 1, 2, 3])),
                ("riesig.pdf", Data("%PDF-1.7\n".utf8) + Data(repeating: 0x20, count: 1_200_000)),
            ]
            for (name, data) in cases {
                let response = try await applicant.upload(caseID, kind: "lageplan", fileName: name, data: data, status: response(for: data))
                #expect(response.problem?.detail.isEmpty == false, "\(name) has a German message")
            }
            #expect(try await app.get("/health").status == .ok)
            let documents = try await applicant.expect(.GET, "/api/v1/cases/\(caseID)/documents", status: .ok).content.decode([DocumentDTO].self)
            #expect(documents.map(\.fileName) == ["lageplan.pdf"])
            #expect(try await JobQueue.pendingCount(on: app.db) == 1)
        }
    }

    func response(for data: Data) -> HTTPStatus {
        if data.count > 1_048_576 { return .payloadTooLarge }
        return .unsupportedMediaType
    }

    @Test func concurrentWorkersClaimEachJobOnce() async throws {
        try await TestApp.run { app in
            for index in 0..<6 {
                try await JobQueue.enqueue(kind: "test", subject: String(index), authorityID: nil, at: Date(), on: app.db)
            }
            let claimed = try await withThrowingTaskGroup(of: String?.self) { group in
                for _ in 0..<12 { group.addTask { try await JobQueue.claim(now: Date(), on: app.db)?.subject } }
                var subjects: [String] = []
                for try await subject in group { if let subject { subjects.append(subject) } }
                return subjects
            }
            #expect(claimed.sorted() == ["0", "1", "2", "3", "4", "5"])
        }
    }
}
