// Uploads (type from the bytes, size limits, versions), listing and download of case documents.
import Fluent
import Foundation
import ZuegigDomain
import ZuegigPersistence

struct DocumentService: Sendable {
    let database: any Database
    let services: ZuegigServices

    static let kinds: [String: String] = Dictionary(
        uniqueKeysWithValues: DocumentKind.allCases.map { ($0.rawValue, $0.germanLabel) }
    )

    func upload(
        to caseID: UUID, kind: String, fileName rawName: String, data: Data, replaces: UUID?, by principal: Principal
    ) async throws -> DocumentModel {
        guard Self.kinds[kind] != nil else {
            throw AppError(.validation, "Unbekannte Art der Unterlage.", fieldErrors: ["kind": ["Bitte wählen Sie die Art der Unterlage."]])
        }
        guard data.count <= services.config.maxUploadBytes else {
            throw AppError(.payloadTooLarge, "Die Datei ist größer als \(services.config.maxUploadBytes / 1_048_576) MB.")
        }
        let format: DocumentFormat
        switch DocumentFormat.detect(data) {
        case .success(let detected): format = detected
        case .failure(let problem): throw AppError(.unsupportedMediaType, problem.germanMessage)
        }
        let fileName = Self.safeName(rawName, format: format)
        let workflow = CaseWorkflow(database: database, services: services)
        try await workflow.check(.uploadDocument, on: caseID, by: principal)
        let (item, _, _) = try await workflow.open(caseID, for: principal)
        let scope = TenantScope(authorityID: item.authorityID, database: database)
        var version = 1
        var originalID: UUID?
        if let replaces {
            guard let previous = try await scope.query(DocumentModel.self).filter(\.$id == replaces).filter(\.$caseID == caseID).first() else {
                throw AppError(.notFound, "Das zu ersetzende Dokument gibt es bei diesem Vorgang nicht.")
            }
            originalID = previous.originalID ?? previous.id
            let versions = try await scope.query(DocumentModel.self).group(.or) { either in
                either.filter(\.$id == originalID ?? replaces).filter(\.$originalID == originalID ?? replaces)
            }.all()
            version = (versions.map(\.version).max() ?? previous.version) + 1
        }
        let hash = try services.documents.put(data)
        let document = DocumentModel(
            authorityID: item.authorityID, caseID: caseID, kind: kind, fileName: fileName, mediaType: format.mediaType,
            sizeBytes: data.count, sha256: hash, version: version, originalID: originalID, uploadedBy: principal.userID
        )
        try await database.transaction { transaction in
            try await TenantScope(authorityID: item.authorityID, database: transaction).create(document)
            // Text extraction and analysis run in the background, queued with the upload itself.
            try await JobQueue.enqueue(kind: DocumentAnalysisWorker.jobKind, subject: try document.requireID().uuidString,
                                       authorityID: item.authorityID, at: services.now(), on: transaction)
            try await services.audit(
                AuditEntry(authorityID: item.authorityID, actorID: principal.userID, actorLabel: principal.email, action: "case.documentUploaded",
                           subjectType: "case", subjectID: caseID.uuidString,
                           payload: ["document": try document.requireID().uuidString, "kind": kind, "sha256": hash, "version": String(document.version)]),
                at: services.now(), on: transaction
            )
        }
        return document
    }

    func list(_ caseID: UUID, for principal: Principal) async throws -> [DocumentModel] {
        let (item, _, _) = try await CaseWorkflow(database: database, services: services).open(caseID, for: principal)
        return try await TenantScope(authorityID: item.authorityID, database: database).query(DocumentModel.self)
            .filter(\.$caseID == caseID).sort(\.$createdAt).all()
    }

    func download(_ caseID: UUID, document documentID: UUID, for principal: Principal) async throws -> (DocumentModel, Data) {
        let (item, _, _) = try await CaseWorkflow(database: database, services: services).open(caseID, for: principal)
        guard let document = try await TenantScope(authorityID: item.authorityID, database: database).query(DocumentModel.self)
            .filter(\.$id == documentID).filter(\.$caseID == caseID).first()
        else { throw AppError(.notFound, "Das Dokument wurde nicht gefunden.") }
        return (document, try services.documents.read(document.sha256))
    }

    /// A file name safe for headers and file systems, with the extension of the detected type.
    static func safeName(_ name: String, format: DocumentFormat) -> String {
        let base = (name as NSString).deletingPathExtension
        let cleaned = String(base.unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) || "-_ .".unicodeScalars.contains($0) }.prefix(120))
        let stem = cleaned.trimmingCharacters(in: .whitespaces).isEmpty ? "dokument" : cleaned.trimmingCharacters(in: .whitespaces)
        let ext = switch format { case .pdf: "pdf"; case .png: "png"; case .jpeg: "jpg"; case .tiff: "tif" }
        return "\(stem).\(ext)"
    }
}
