// CSRF protection for HTML forms: a random token in a cookie that every form must echo (double submit),
// on top of SameSite=Lax session cookies.
import Vapor

enum CSRF {
    static let fieldName = "_csrf"

    /// The token for forms on this page; a new one is set on the response if the request has none.
    static func token(for request: Request) -> String {
        if let existing = request.cookies[SessionCookie.csrfName]?.string, existing.count >= 32 { return existing }
        if let fresh = request.storage[FreshTokenKey.self] { return fresh }
        let fresh = SecretToken.make()
        request.storage[FreshTokenKey.self] = fresh
        return fresh
    }

    /// Adds the cookie when `token(for:)` minted a new token during this request.
    static func attachCookie(from request: Request, to response: Response) {
        guard let fresh = request.storage[FreshTokenKey.self] else { return }
        response.cookies[SessionCookie.csrfName] = HTTPCookies.Value(
            string: fresh, maxAge: 12 * 3600, path: "/", isSecure: request.zuegig.config.secureCookies,
            isHTTPOnly: true, sameSite: .strict
        )
    }

    static func verify(_ request: Request) throws {
        let submitted = (try? request.content.get(String.self, at: fieldName)) ?? ""
        guard let cookie = request.cookies[SessionCookie.csrfName]?.string, !submitted.isEmpty,
              SecretToken.equal(cookie, submitted)
        else {
            throw AppError(.csrf, "Das Formular ist abgelaufen oder wurde nicht von dieser Seite gesendet. Bitte laden Sie die Seite neu und versuchen Sie es erneut.")
        }
    }

    private struct FreshTokenKey: StorageKey {
        typealias Value = String
    }
}
