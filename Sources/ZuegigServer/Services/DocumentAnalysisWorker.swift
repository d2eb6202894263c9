// Runs the document jobs: reads the stored bytes, extracts the text (pdftotext, tesseract),
// classifies and extracts fields, and stores the result. Claimed through JobQueue.
import Fluent
import Foundation
import Logging
import ZuegigAI
import ZuegigDomain
import ZuegigInterop
import ZuegigPersistence

struct DocumentAnalysisWorker: Sendable {
    static let jobKind = "document.analyse"

    let database: any Database
    let services: ZuegigServices
    let logger: Logger

    /// Runs one job if there is one; false when the queue is empty.
    func runOnce() async throws -> Bool {
        guard let job = try await JobQueue.claim(now: services.now(), on: database) else { return false }
        do {
            switch job.kind {
            case Self.jobKind:
                guard let documentID = UUID(uuidString: job.subject) else { throw AppError(.validation, "Ungültiger Auftrag.") }
                try await analyse(documentID)
            case ParticipationService.analysisJobKind:
                guard let participationID = UUID(uuidString: job.subject) else { throw AppError(.validation, "Ungültiger Auftrag.") }
                let summary = try await ParticipationService(database: database, services: services).analyse(participationID)
                logger.info("participation analysed", metadata: ["component": "worker", "statements": "\(summary.statements)", "mode": "\(summary.mode.rawValue)"])
            default:
                throw AppError(.validation, "Unbekannte Auftragsart \(job.kind).")
            }
            try await JobQueue.finish(job, at: services.now(), on: database)
        } catch {
            logger.error("job failed", metadata: ["component": "worker", "job": "\(job.id)", "error": "\(String(reflecting: error))"])
            try await JobQueue.fail(job, error: String(describing: error), at: services.now(), on: database)
        }
        return true
    }

    /// Runs jobs until the queue is empty (tests and `zuegig worker --once`); returns how many ran.
    func drain(limit: Int = 1000) async throws -> Int {
        var count = 0
        while count < limit, try await runOnce() { count += 1 }
        return count
    }

    func analyse(_ documentID: UUID) async throws {
        // The job has no tenant yet: the document row names it, and every later query is scoped.
        guard let document = try await DocumentModel.find(documentID, on: database) else { return }
        let scope = TenantScope(authorityID: document.authorityID, database: database)
        let intake = services.intake
        let text: ExtractedText
        if let data = try? services.documents.read(document.sha256) {
            switch DocumentFormat.detect(data) {
            case .success(let format): text = await TextExtractor(tools: intake.tools).extract(data, format: format)
            case .failure(let problem): text = ExtractedText(pages: [], status: .failed, message: problem.germanMessage)
            }
        } else {
            text = ExtractedText(pages: [], status: .failed, message: "Die gespeicherte Datei fehlt.")
        }
        var analysisJSON = ""
        var suggested: String?
        var confidence: Double?
        if text.status == .available || (text.status == .unavailable && text.pages.contains { $0.method != .none }), let analyzer = intake.analyzer {
            let analysis = analyzer.analyse(pages: text.texts)
            analysisJSON = String(decoding: try JSONEncoder().encode(analysis), as: UTF8.self)
            suggested = analysis.classification.kind?.rawValue
            confidence = analysis.classification.confidence
        }
        let pages = String(decoding: try JSONEncoder().encode(text.pages), as: UTF8.self)
        let message = text.message ?? intake.modelProblem
        if let existing = try await scope.query(DocumentAnalysisModel.self).filter(\.$documentID == documentID).first() {
            existing.textStatus = text.status.rawValue
            existing.textMessage = message
            existing.pages = pages
            existing.suggestedKind = suggested
            existing.confidence = confidence
            existing.analysis = analysisJSON
            existing.model = intake.modelName
            try await existing.update(on: database)
        } else {
            try await scope.create(DocumentAnalysisModel(
                authorityID: document.authorityID, documentID: documentID, textStatus: text.status.rawValue, textMessage: message,
                pages: pages, suggestedKind: suggested, confidence: confidence, analysis: analysisJSON, model: intake.modelName
            ))
        }
        services.metrics.recordDocumentAnalysed(status: text.status.rawValue)
    }
}
