// Sets the CSRF cookie when a page minted a new form token.
import Vapor

struct CSRFCookieMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let response = try await next.respond(to: request)
        CSRF.attachCookie(from: request, to: response)
        return response
    }
}
