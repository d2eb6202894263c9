// The whole building-permit procedure through the HTTP API, checking state and audit events at every step.
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import ZuegigServer
import ZuegigDomain
import ZuegigInterop
import ZuegigPersistence
import ZuegigTestSupport

/// Drives the API as one person at a time, decoding the case after each step.
struct FlowClient {
    let app: Application
    let token: String

    @discardableResult
    func expect(_ method: HTTPMethod, _ path: String, json: (some Encodable)? = nil as String?, headers extra: HTTPHeaders = [:],
                status: HTTPStatus, sourceLocation: SourceLocation = #_sourceLocation) async throws -> TestingHTTPResponse {
        var headers = extra
        headers.bearerAuthorization = BearerAuthorization(token: token)
        var body = ByteBuffer()
        if let json {
            headers.contentType = .json
            body = ByteBuffer(data: try JSONEncoder().encode(json))
        }
        let response = try await app.testing().performTest(request: TestingHTTPRequest(method: method, url: URI(path: path), headers: headers, body: body))
        #expect(response.status == status, "\(method) \(path): \(response.body.string.prefix(400))", sourceLocation: sourceLocation)
        return response
    }

    func step(_ method: HTTPMethod = .POST, _ path: String, json: (some Encodable)? = nil as String?, headers: HTTPHeaders = [:],
              sourceLocation: SourceLocation = #_sourceLocation) async throws -> CaseDetailDTO {
        try await expect(method, path, json: json, headers: headers, status: .ok, sourceLocation: sourceLocation).content.decode(CaseDetailDTO.self)
    }

    func upload(_ caseID: String, kind: String, fileName: String, data: Data, status: HTTPStatus = .created) async throws -> TestingHTTPResponse {
        let boundary = "zuegig-\(UUID().uuidString)"
        var body = Data()
        body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n\(kind)\r\n".utf8))
        body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(fileName)\"\r\nContent-Type: application/octet-stream\r\n\r\n".utf8))
        body.append(data)
        body.append(Data("\r\n--\(boundary)--\r\n".utf8))
        var headers = HTTPHeaders()
        headers.bearerAuthorization = BearerAuthorization(token: token)
        headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
        let response = try await app.testing().performTest(request: TestingHTTPRequest(
            method: .POST, url: URI(path: "/api/v1/cases/\(caseID)/documents"), headers: headers, body: ByteBuffer(data: body)))
        #expect(response.status == status, "upload \(fileName): \(response.body.string.prefix(300))")
        return response
    }
}

/// A minimal valid PDF with text, as architects' tools would produce.
func samplePDF(_ text: String) -> Data {
    ZuegigInterop.SimplePDF(title: text, blocks: [.paragraph(text)]).render()
}

struct FlowTests {
    func auditActions(_ app: Application, caseID: String) async throws -> [String] {
        try await AuditEventModel.query(on: app.db).filter(\.$subjectID == caseID.uppercased()).sort(\.$sequence).all().map(\.action)
    }

    @Test func theWholeProcedureFromDraftToCompletion() async throws {
        try await TestApp.run { app in
            let applicant = FlowClient(app: app, token: try await app.token("antrag@demo.zuegig.de"))
            let worker = FlowClient(app: app, token: try await app.token("sachbearbeitung@demo.zuegig.de"))
            let supervisor = FlowClient(app: app, token: try await app.token("leitung@demo.zuegig.de"))
            let fireBrigade = FlowClient(app: app, token: try await app.token("fachbehoerde@demo.zuegig.de"))
            let inspector = FlowClient(app: app, token: try await app.token("bauueberwachung@demo.zuegig.de"))
            let agencies = try await worker.expect(.GET, "/api/v1/agencies", status: .ok).content.decode([AdministrationAPIController.AgencyDTO].self)
            let fireID = try #require(agencies.first { $0.subject == "Brandschutz" }?.id)
            let monumentsID = try #require(agencies.first { $0.subject == "Denkmalschutz" }?.id)

            // Draft with the project data.
            let draft = try await applicant.expect(.POST, "/api/v1/cases", json: CreateCaseRequest(
                authority: "musterstadt", title: "Neubau Zweifamilienhaus", siteAddress: "Birkenweg 4, 12345 Musterstadt",
                procedure: "be-vereinfacht", parcel: "Musterstadt, Flur 2, Flurstück 77", description: "Zweigeschossiges Wohnhaus",
                buildingClass: 2, declaredCostEuros: 420_000), status: .created).content.decode(CaseDetailDTO.self)
            let id = draft.summary.id.uuidString.lowercased()
            let base = "/api/v1/cases/\(id)"
            #expect(draft.summary.step == "draft")
            #expect(draft.requiredDocuments.map(\.kind).contains("lageplan"))
            #expect(!draft.requiredDocuments.map(\.kind).contains("brandschutznachweis"), "not for building class 2")

            // Upload two of the required documents, then submit (with an idempotency key, twice).
            try await applicant.upload(id, kind: "lageplan", fileName: "lageplan.pdf", data: samplePDF("Lageplan Birkenweg 4"))
            try await applicant.upload(id, kind: "bauzeichnung", fileName: "grundrisse.pdf", data: samplePDF("Grundriss EG"))
            var key = HTTPHeaders()
            key.replaceOrAdd(name: "Idempotency-Key", value: "submit-\(id)")
            let submitted = try await applicant.step(.POST, "\(base)/submit", headers: key)
            let replay = try await applicant.expect(.POST, "\(base)/submit", headers: key, status: .ok)
            #expect(replay.headers.first(name: "Idempotent-Replayed") == "true")
            #expect(submitted.summary.step == "submitted")
            let number = try #require(submitted.summary.number)
            #expect(number.range(of: #"^BG-\d{4}-\d{5}$"#, options: .regularExpression) != nil)
            #expect(submitted.deadlines.contains { $0.label == "Prüfung der Vollständigkeit" && $0.status == "running" })

            // Incomplete: marking it complete is refused with the missing documents named; a deficiency request follows.
            let refused = try await worker.expect(.POST, "\(base)/complete", status: .conflict)
            #expect(refused.problem?.detail.contains("Baubeschreibung") == true)
            let deficient = try await worker.step(.POST, "\(base)/deficiency-requests", json: DeficiencyRequestInput(
                items: ["Baubeschreibung fehlt", "Berechnung GRZ/GFZ fehlt", "Auszug aus dem Liegenschaftskataster fehlt", "Statistischer Erhebungsbogen fehlt"],
                message: "Bitte reichen Sie die Unterlagen nach.", dueDate: nil))
            #expect(deficient.summary.step == "deficienciesRequested")
            #expect(deficient.deadlines.contains { $0.owedBy == "applicant" && $0.status == "running" })
            #expect(deficient.deadlines.contains { $0.label == "Prüfung der Vollständigkeit" && $0.status == "met" })

            // The applicant supplies the documents and answers.
            for (kind, name) in [("baubeschreibung", "baubeschreibung.pdf"), ("berechnungMassDerNutzung", "grz.pdf"),
                                 ("liegenschaftskataster", "kataster.pdf"), ("statistik", "statistik.pdf")] {
                try await applicant.upload(id, kind: kind, fileName: name, data: samplePDF(name))
            }
            let supplied = try await applicant.step(.POST, "\(base)/submit")
            #expect(supplied.summary.step == "submitted")
            #expect(supplied.deficiencyRequests.first?.answered == true)

            let complete = try await worker.step(.POST, "\(base)/complete")
            #expect(complete.summary.step == "complete")

            // Two agencies consulted; the fire brigade consents with a condition, monuments without.
            let consulting = try await worker.step(.POST, "\(base)/consultations", json: ConsultationInput(agencies: [fireID, monumentsID]))
            #expect(consulting.summary.step == "consultation")
            #expect(consulting.consultations.count == 2)
            let fireTask = try #require(consulting.consultations.first { $0.agencyID == fireID })
            let fireView = try await fireBrigade.step(.GET, base)
            #expect(fireView.consultations.map(\.agencyID) == [fireID], "an agency sees only its own task")
            _ = try await fireBrigade.step(.POST, "\(base)/consultations/\(fireTask.id.uuidString.lowercased())/statement", json: StatementInput(
                verdict: "consentWithConditions", text: "Aus Sicht des Brandschutzes bestehen keine Bedenken.",
                conditions: ["Die Feuerwehrzufahrt ist dauerhaft freizuhalten."]))
            let monumentsTask = try #require(consulting.consultations.first { $0.agencyID == monumentsID })
            try await fireBrigade.expect(.POST, "\(base)/consultations/\(monumentsTask.id.uuidString.lowercased())/statement",
                                         json: StatementInput(verdict: "consent", text: "Fremde Stellungnahme", conditions: nil), status: .notFound)

            // Assessment and the decision with the agency's condition taken over.
            let assessing = try await worker.step(.POST, "\(base)/assessment", json: AssessmentInput(note: "Vorhaben fügt sich ein, Abstandsflächen eingehalten."))
            #expect(assessing.summary.step == "assessment")
            let drafted = try await worker.step(.PUT, "\(base)/decision", json: DecisionDraftInput(
                outcome: "approveWithConditions", conditions: nil, adoptStatementConditions: true,
                reasons: "Das Vorhaben ist nach § 63 BauO Bln genehmigungsfähig."))
            #expect(drafted.summary.step == "decisionDraft")
            #expect(drafted.decision?.conditions == ["Die Feuerwehrzufahrt ist dauerhaft freizuhalten."])
            #expect(drafted.decision?.feeCents == 210_000, "5 ‰ of 420,000 €")

            // Four eyes: the drafter cannot approve; a case worker lacks the role; the supervisor approves.
            let ownApproval = try await worker.expect(.POST, "\(base)/decision/approval", status: .forbidden)
            #expect(ownApproval.problem?.detail.contains("Rolle") == true)
            let approved = try await supervisor.step(.POST, "\(base)/decision/approval")
            #expect(approved.summary.step == "decided")
            #expect(approved.decision?.approved == true)

            let pdf = try await applicant.expect(.GET, "\(base)/decision/document", status: .ok)
            #expect(Data(buffer: pdf.body).starts(with: Data("%PDF".utf8)))
            let producer = pdf.headers.first(name: "X-PDF-Producer") ?? ""
            if PDFRendering.findOnPath("weasyprint") != nil { #expect(producer.contains("PDF/A-3b"), "\(producer)") }
            #expect(PDFText.tool != nil || !PDFText.isCI, "pdftotext (poppler-utils) must be installed in CI")
            if let text = try PDFText.extract(Data(buffer: pdf.body)) {
                for part in [number, "Rechtsbehelfsbelehrung", "Feuerwehrzufahrt"] { #expect(text.contains(part), "PDF text lacks \(part)") }
            }
            let html = try await applicant.expect(.GET, "\(base)/decision/document?format=html", status: .ok).body.string
            for part in [number, "Nebenbestimmungen", "Feuerwehrzufahrt", "2.100,00 €", "Rechtsbehelfsbelehrung", "Alexandra Antrag"] {
                #expect(html.contains(part), "notice lacks \(part)")
            }

            // Construction, inspections, completion, archive.
            let tomorrow = Day(Date().addingTimeInterval(86_400), in: GermanDate.berlin).description
            let started = try await applicant.step(.POST, "\(base)/construction-start", json: ConstructionStartInput(startDate: tomorrow))
            #expect(started.summary.step == "constructionStarted")
            let inspections = try await inspector.expect(.GET, "\(base)/inspections", status: .ok).content.decode([InspectionDTO].self)
            #expect(Set(inspections.map(\.kind)) == ["shell", "final"])
            // Each inspection is a request on the visit board; without project data its location is unknown.
            let visits = try await VisitRequestModel.query(on: app.db).filter(\.$caseID == UUID(uuidString: id)!).all()
            #expect(Set(visits.compactMap(\.inspectionID)) == Set(inspections.map(\.id)))
            #expect(visits.allSatisfy { !$0.located && $0.status == .open && $0.contactEmail == "antrag@demo.zuegig.de" })
            let early = try await applicant.expect(.POST, "\(base)/completion", status: .conflict)
            #expect(early.problem?.detail.contains("Baubeginn angezeigt") == true, "refused by step")
            let shell = try #require(inspections.first { $0.kind == "shell" })
            let final = try #require(inspections.first { $0.kind == "final" })
            try await inspector.expect(.POST, "\(base)/inspections/\(final.id.uuidString.lowercased())",
                                       json: InspectionInput(result: "passedWithDefects", findings: nil), status: .badRequest)
            _ = try await inspector.step(.POST, "\(base)/inspections/\(shell.id.uuidString.lowercased())", json: InspectionInput(result: "passed", findings: nil))
            let missingFinal = try await applicant.expect(.POST, "\(base)/completion", status: .conflict)
            #expect(missingFinal.problem?.detail.contains("Schlussabnahme") == true, "refused by the inspections guard")
            let recorded = try await inspector.step(.POST, "\(base)/inspections/\(final.id.uuidString.lowercased())",
                                                    json: InspectionInput(result: "passedWithDefects", findings: "Geländer im OG fehlt; Frist 4 Wochen."))
            #expect(recorded.summary.step == "inspections")
            #expect(recorded.inspections.allSatisfy { $0.result != nil })
            let closed = try await VisitRequestModel.query(on: app.db).filter(\.$caseID == UUID(uuidString: id)!).all()
            #expect(closed.allSatisfy { $0.status == .done }, "recording the inspections closes their visits")
            let completed = try await applicant.step(.POST, "\(base)/completion")
            #expect(completed.summary.step == "completed")
            let archived = try await worker.step(.POST, "\(base)/archive")
            #expect(archived.summary.step == "archived")

            // Every step is in the audit log, and the chain holds.
            let actions = try await auditActions(app, caseID: id)
            for expected in ["case.created", "case.documentUploaded", "case.submit", "case.requestDeficiencies", "case.supplyDocuments",
                             "case.markComplete", "case.startConsultation", "case.submitStatement", "case.assess", "case.draftDecision",
                             "case.approveDecision", "case.notifyConstructionStart", "case.recordInspection", "case.notifyCompletion", "case.archive"] {
                #expect(actions.contains(expected), "audit lacks \(expected)")
            }
            #expect(actions.filter { $0 == "case.submit" }.count == 1, "the idempotent retry did not submit twice")
            guard case .intact = try await AuditLog.verify(on: app.db) else {
                Issue.record("audit chain broken after the flow")
                return
            }
            let timeline = try await applicant.expect(.GET, "\(base)/events", status: .ok).content.decode([CaseEventDTO].self)
            #expect(timeline.map(\.label).contains("Bescheid erlassen"))
            #expect(!timeline.map(\.label).contains("Prüfvermerk"), "internal notes stay internal")
        }
    }

    @Test func staleETagsMissingIfMatchAndWrongStepsAreRefused() async throws {
        try await TestApp.run { app in
            let applicant = FlowClient(app: app, token: try await app.token("antrag@demo.zuegig.de"))
            let draftID = try await app.demoCaseID("Errichtung eines Carports")
            let base = "/api/v1/cases/\(draftID)"
            let current = try await applicant.expect(.GET, base, status: .ok)
            let etag = try #require(current.headers.first(name: .eTag))

            try await applicant.expect(.PATCH, base, json: UpdateCaseRequest(title: "Carport mit Abstellraum"), status: HTTPStatus(statusCode: 428))
            var ifMatch = HTTPHeaders()
            ifMatch.replaceOrAdd(name: .ifMatch, value: etag)
            let updated = try await applicant.step(.PATCH, base, json: UpdateCaseRequest(title: "Carport mit Abstellraum", buildingClass: 1), headers: ifMatch)
            #expect(updated.summary.title == "Carport mit Abstellraum")
            let stale = try await applicant.expect(.PATCH, base, json: UpdateCaseRequest(title: "Doch nur ein Carport"), headers: ifMatch, status: .preconditionFailed)
            #expect(stale.problem?.detail.contains("inzwischen geändert") == true)
            let invalid = try await applicant.expect(.PATCH, base, json: UpdateCaseRequest(buildingClass: 9), headers: ifMatch, status: .badRequest)
            #expect(invalid.problem?.errors?["buildingClass"] != nil)

            // Wrong step: a case worker cannot see a draft; an applicant cannot approve anything.
            let worker = FlowClient(app: app, token: try await app.token("sachbearbeitung@demo.zuegig.de"))
            try await worker.expect(.POST, "\(base)/complete", status: .notFound)
            let submittedCase = try await app.demoCaseID("Neubau Einfamilienhaus mit Garage")
            let wrongStep = try await worker.expect(.POST, "/api/v1/cases/\(submittedCase)/decision/approval", status: .forbidden)
            #expect(wrongStep.problem?.detail.isEmpty == false)
            let notNow = try await worker.expect(.POST, "/api/v1/cases/\(submittedCase)/inspections/\(UUID().uuidString)", json: InspectionInput(result: "passed", findings: nil), status: .forbidden)
            #expect(notNow.problem != nil)
            let assessTooEarly = try await worker.expect(.PUT, "/api/v1/cases/\(submittedCase)/decision",
                json: DecisionDraftInput(outcome: "approve", conditions: nil, adoptStatementConditions: nil, reasons: "x"), status: .conflict)
            #expect(assessTooEarly.problem?.title == "Aktion im aktuellen Verfahrensschritt nicht möglich")
        }
    }

    @Test func uploadsAreCheckedByTheirBytesAndSizeAndNothingIsStoredHalf() async throws {
        try await TestApp.run { app in
            let applicant = FlowClient(app: app, token: try await app.token("antrag@demo.zuegig.de"))
            let draftID = try await app.demoCaseID("Errichtung eines Carports")
            let html = try await applicant.upload(draftID, kind: "lageplan", fileName: "plan.pdf", data: Data("<html>kein PDF</html>".utf8), status: .unsupportedMediaType)
            #expect(html.problem?.detail.contains("PDF, PNG, JPEG und TIFF") == true)
            var encrypted = samplePDF("geheim")
            encrypted.insert(contentsOf: Data("/Encrypt 9 0 R\n".utf8), at: encrypted.count - 40)
            try await applicant.upload(draftID, kind: "lageplan", fileName: "geheim.pdf", data: encrypted, status: .unsupportedMediaType)
            let truncated = samplePDF("abgeschnitten").prefix(200)
            try await applicant.upload(draftID, kind: "lageplan", fileName: "kaputt.pdf", data: Data(truncated), status: .unsupportedMediaType)
            try await applicant.upload(draftID, kind: "erfunden", fileName: "x.pdf", data: samplePDF("x"), status: .badRequest)
            let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) + Data(repeating: 1, count: 64)
            let stored = try await applicant.upload(draftID, kind: "lageplan", fileName: "lageplan.PDF", data: png).content.decode(DocumentDTO.self)
            #expect(stored.mediaType == "image/png", "the bytes decide, not the name")
            #expect(stored.fileName == "lageplan.png")
            let replacement = try await applicant.expect(.GET, "/api/v1/cases/\(draftID)/documents", status: .ok).content.decode([DocumentDTO].self)
            #expect(replacement.count == 1, "refused uploads left nothing behind")
            let download = try await applicant.expect(.GET, "/api/v1/cases/\(draftID)/documents/\(stored.id.uuidString.lowercased())", status: .ok)
            #expect(Data(buffer: download.body) == png)
            // Another applicant cannot list or fetch it.
            let other = FlowClient(app: app, token: try await app.token("antrag2@demo.zuegig.de"))
            try await other.expect(.GET, "/api/v1/cases/\(draftID)/documents/\(stored.id.uuidString.lowercased())", status: .notFound)
            try await other.upload(draftID, kind: "lageplan", fileName: "fremd.pdf", data: samplePDF("fremd"), status: .notFound)
        }
    }

    @Test func oversizedUploadsAreRefusedBeforeAnythingIsStored() async throws {
        try await TestApp.run(environment: ["ZUEGIG_MAX_UPLOAD_MB": "1"]) { app in
            let applicant = FlowClient(app: app, token: try await app.token("antrag@demo.zuegig.de"))
            let draftID = try await app.demoCaseID("Errichtung eines Carports")
            var big = samplePDF("groß")
            big.insert(contentsOf: Data(repeating: 0x20, count: 1_100_000), at: 20)
            let response = try await applicant.upload(draftID, kind: "lageplan", fileName: "gross.pdf", data: big, status: .payloadTooLarge)
            #expect(response.problem?.status == 413)
            let documents = try await applicant.expect(.GET, "/api/v1/cases/\(draftID)/documents", status: .ok).content.decode([DocumentDTO].self)
            #expect(documents.isEmpty)
        }
    }
}
