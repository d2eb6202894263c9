// What every page needs from the request: who is logged in, the form token, where we are.
import Vapor

struct PageContext: Sendable {
    let principal: Principal?
    let csrfToken: String
    let path: String

    init(_ request: Request) {
        principal = request.principal
        csrfToken = CSRF.token(for: request)
        path = request.url.path
    }

    init(principal: Principal?, csrfToken: String, path: String) {
        self.principal = principal
        self.csrfToken = csrfToken
        self.path = path
    }
}
