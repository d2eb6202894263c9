// Documents of a case in the API: multipart upload, list, download.
import Fluent
import Foundation
import Vapor
import ZuegigPersistence

struct DocumentAPIController: RouteCollection {
    let maxUploadBytes: Int

    func boot(routes: any RoutesBuilder) throws {
        let documents = routes.grouped("cases", ":caseID", "documents")
        // Room for the multipart framing around the largest file.
        documents.on(.POST, body: .collect(maxSize: ByteCount(value: maxUploadBytes + 64 * 1024)), use: uploadDocument)
        documents.get(use: listDocuments)
        documents.get(":documentID", use: downloadDocument)
    }

    struct UploadForm: Content {
        let file: File
        let kind: String
        let replaces: UUID?
    }

    @Sendable func uploadDocument(req: Request) async throws -> Response {
        let caseID = try req.uuidParameter("caseID")
        let form: UploadForm
        do {
            form = try req.content.decode(UploadForm.self)
        } catch {
            throw AppError(.validation, "Bitte senden Sie die Datei als multipart/form-data mit den Feldern file und kind.")
        }
        let document = try await DocumentService(database: req.db, services: req.zuegig).upload(
            to: caseID, kind: form.kind, fileName: form.file.filename, data: Data(buffer: form.file.data), replaces: form.replaces,
            by: try req.requirePrincipal()
        )
        let response = try Response.json(try DocumentDTO(document), status: .created)
        response.headers.replaceOrAdd(name: .location, value: "/api/v1/cases/\(caseID.uuidString.lowercased())/documents/\(try document.requireID().uuidString.lowercased())")
        return response
    }

    @Sendable func listDocuments(req: Request) async throws -> [DocumentDTO] {
        try await DocumentService(database: req.db, services: req.zuegig).list(try req.uuidParameter("caseID"), for: try req.requirePrincipal())
            .map(DocumentDTO.init)
    }

    @Sendable func downloadDocument(req: Request) async throws -> Response {
        let caseID = try req.uuidParameter("caseID")
        let documentID = try req.uuidParameter("documentID", notFound: AppError(.notFound, "Das Dokument wurde nicht gefunden."))
        let (document, data) = try await DocumentService(database: req.db, services: req.zuegig).download(caseID, document: documentID, for: try req.requirePrincipal())
        let response = Response.file(data, mediaType: document.mediaType, fileName: document.fileName)
        response.headers.replaceOrAdd(name: .eTag, value: "\"\(document.sha256)\"")
        return response
    }
}
