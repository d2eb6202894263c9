// Small request helpers shared by the flow controllers.
import Foundation
import Vapor

extension Request {
    func uuidParameter(_ name: String, notFound: AppError = .caseNotFound) throws -> UUID {
        guard let id = parameters.get(name, as: UUID.self) else { throw notFound }
        return id
    }

    /// The version in `If-Match: "3"` (also W/"3"); nil when absent.
    func ifMatchVersion() throws -> Int? {
        guard let raw = headers.first(name: .ifMatch) else { return nil }
        let cleaned = raw.replacingOccurrences(of: "W/", with: "").trimmingCharacters(in: CharacterSet(charactersIn: "\" "))
        guard let version = Int(cleaned) else {
            throw AppError(.preconditionFailed, "If-Match enthält kein gültiges ETag dieses Vorgangs.")
        }
        return version
    }

    var flow: CaseFlow { CaseFlow(database: db, services: zuegig) }
    var caseDetails: CaseDetails { CaseDetails(database: db, services: zuegig) }
}

extension Response {
    static func json(_ value: some Encodable, status: HTTPResponseStatus = .ok, etag version: Int? = nil) throws -> Response {
        let response = Response(status: status)
        try response.content.encode(value, using: JSONEncoder.api)
        if let version { response.headers.replaceOrAdd(name: .eTag, value: "\"\(version)\"") }
        return response
    }
}

extension Response {
    /// A stored file as a download (attachment) or inline view.
    static func file(_ data: Data, mediaType: String, fileName: String, inline: Bool = false) -> Response {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: mediaType)
        let safeName = fileName.replacingOccurrences(of: "\"", with: "")
        headers.replaceOrAdd(name: .contentDisposition, value: "\(inline ? "inline" : "attachment"); filename=\"\(safeName)\"")
        return Response(status: .ok, headers: headers, body: .init(data: data))
    }
}

extension JSONEncoder {
    static var api: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return encoder
    }
}
