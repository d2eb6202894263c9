// Resolves the principal once per request: bearer tokens for the API, the session cookie for pages.
// The API never accepts the cookie, so a cross-site form cannot act through it.
import Vapor

struct IdentityMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let store = SessionStore(database: request.db, now: request.zuegig.now())
        if request.url.path.hasPrefix("/api/") {
            if let bearer = request.headers.bearerAuthorization {
                guard let principal = try await store.resolve(token: bearer.token, kind: .api) else {
                    throw AppError(.unauthenticated, "Das Zugangstoken ist ungültig oder abgelaufen.")
                }
                request.principal = principal
            }
        } else if let token = request.cookies[SessionCookie.name]?.string {
            request.principal = try await store.resolve(token: token, kind: .browser)
        }
        if let principal = request.principal {
            request.logger[metadataKey: "user"] = "\(principal.userID)"
            if let authority = principal.activeAuthorityID { request.logger[metadataKey: "tenant"] = "\(authority)" }
        }
        return try await next.respond(to: request)
    }
}
