// The German pages: start, login/logout, registration, case list, case page, audit log.
import Fluent
import Vapor
import ZuegigDomain
import ZuegigPersistence

struct HTMLController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(use: start)
        routes.get("anmelden", use: loginForm)
        routes.post("anmelden", use: login)
        routes.post("abmelden", use: logout)
        routes.get("registrieren", use: registerForm)
        routes.post("registrieren", use: register)
        routes.get("protokoll", use: auditLog)
    }

    struct LoginForm: Content {
        let username: String
        let password: String
    }

    struct RegisterForm: Content {
        let email: String
        let displayName: String
        let password: String
        let kind: String?
    }

    @Sendable func start(req: Request) async throws -> Response {
        let names = try await AuthorityModel.query(on: req.db).sort(\.$name).all().map(\.name)
        return HTMLResponse.page(StartPage(context: PageContext(req), authorities: names))
    }

    @Sendable func loginForm(req: Request) async throws -> Response {
        if req.principal != nil { return HTMLResponse.redirect(to: "/vorgaenge") }
        return HTMLResponse.page(LoginPage(context: PageContext(req)))
    }

    @Sendable func login(req: Request) async throws -> Response {
        try CSRF.verify(req)
        let form = try req.content.decode(LoginForm.self)
        let now = req.zuegig.now()
        do {
            let user = try await AccountService(database: req.db, services: req.zuegig, now: now).login(email: form.username, password: form.password)
            return try await startSession(for: user, req: req, now: now)
        } catch let error as AppError where error.kind == .invalidCredentials || error.kind == .accountLocked {
            let page = LoginPage(context: PageContext(req), email: String(form.username.prefix(254)), errorMessage: error.detail)
            return HTMLResponse.page(page, status: error.status)
        }
    }

    private func startSession(for user: UserModel, req: Request, now: Date) async throws -> Response {
        let config = req.zuegig.config
        let (token, _) = try await AccountService(database: req.db, services: req.zuegig, now: now)
            .startSession(for: user, kind: .browser, authoritySlug: nil, method: "password", lifetime: config.sessionLifetime)
        let response = HTMLResponse.redirect(to: "/vorgaenge")
        response.cookies[SessionCookie.name] = SessionCookie.value(token, maxAge: Int(config.sessionLifetime), secure: config.secureCookies)
        // A new form token after login, so a token planted before login is worthless.
        response.cookies[SessionCookie.csrfName] = HTTPCookies.Value(
            string: SecretToken.make(), maxAge: 12 * 3600, path: "/", isSecure: config.secureCookies, isHTTPOnly: true, sameSite: .strict
        )
        return response
    }

    @Sendable func logout(req: Request) async throws -> Response {
        try CSRF.verify(req)
        if let principal = req.principal {
            try await AccountService(database: req.db, services: req.zuegig, now: req.zuegig.now()).endSession(of: principal)
        }
        let response = HTMLResponse.redirect(to: "/")
        response.cookies[SessionCookie.name] = SessionCookie.expired(secure: req.zuegig.config.secureCookies)
        return response
    }

    @Sendable func registerForm(req: Request) async throws -> Response {
        HTMLResponse.page(RegisterPage(context: PageContext(req)))
    }

    @Sendable func register(req: Request) async throws -> Response {
        try CSRF.verify(req)
        let form = try req.content.decode(RegisterForm.self)
        let kind = AccountKindInput(rawValue: form.kind ?? "applicant") ?? .applicant
        let now = req.zuegig.now()
        do {
            let user = try await AccountService(database: req.db, services: req.zuegig, now: now)
                .register(email: form.email, displayName: form.displayName, password: form.password, kind: kind.accountKind)
            return try await startSession(for: user, req: req, now: now)
        } catch let error as AppError where error.kind == .validation || error.kind == .conflict {
            let page = RegisterPage(
                context: PageContext(req), email: String(form.email.prefix(254)), displayName: String(form.displayName.prefix(120)),
                kind: kind.accountKind, error: error
            )
            return HTMLResponse.page(page, status: error.status)
        }
    }

    @Sendable func auditLog(req: Request) async throws -> Response {
        guard req.principal != nil else { return HTMLResponse.redirect(to: "/anmelden") }
        let tenant = try TenantContext(req)
        let service = AuditService(database: req.db)
        async let events = service.recentEvents(of: tenant, limit: 100)
        async let verification = AuditLog.verify(on: req.db)
        let page = AuditLogPage(context: PageContext(req), events: try await events, verification: AuditService.describe(try await verification))
        return HTMLResponse.page(page)
    }
}
