// Idempotency-Key: a retried request with the same key gets the stored answer instead of acting twice.
import Fluent
import Foundation
import Vapor
import ZuegigPersistence

struct IdempotentRequest {
    let request: Request
    let principal: Principal

    init(_ request: Request, principal: Principal) {
        self.request = request
        self.principal = principal
    }

    func respond(_ action: () async throws -> Response) async throws -> Response {
        guard let key = request.headers.first(name: "Idempotency-Key") else { return try await action() }
        guard (1...255).contains(key.count) else { throw AppError(.badRequest, "Idempotency-Key muss 1 bis 255 Zeichen lang sein.") }
        let signature = "\(request.method.rawValue) \(request.url.path)"
        if let stored = try await IdempotencyKeyModel.query(on: request.db)
            .filter(\.$userID == principal.userID).filter(\.$key == key).first() {
            guard stored.request == signature else {
                throw AppError(.conflict, "Dieser Idempotency-Key wurde bereits für eine andere Anfrage verwendet.")
            }
            let replay = Response(status: HTTPResponseStatus(statusCode: stored.status))
            replay.headers.contentType = .json
            replay.headers.replaceOrAdd(name: "Idempotent-Replayed", value: "true")
            replay.body = .init(string: stored.body)
            return replay
        }
        let response = try await action()
        let body = response.body.string ?? ""
        try? await IdempotencyKeyModel(userID: principal.userID, key: key, request: signature, status: Int(response.status.code), body: body)
            .create(on: request.db)
        return response
    }
}
