// API login (tokens), logout, the current user, registration and password change.
import Fluent
import Vapor
import ZuegigPersistence

struct AuthAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.post("auth", "token", use: createToken)
        routes.delete("auth", "token", use: revokeToken)
        routes.get("me", use: me)
        routes.put("me", "password", use: changePassword)
        routes.post("accounts", use: register)
    }

    @Sendable func createToken(req: Request) async throws -> Response {
        let input = try req.content.decode(TokenRequest.self)
        let now = req.zuegig.now()
        let accounts = AccountService(database: req.db, services: req.zuegig, now: now)
        let user = try await accounts.login(email: input.username, password: input.password)
        let (token, session) = try await accounts.startSession(
            for: user, kind: .api, authoritySlug: input.authority, method: "password", lifetime: req.zuegig.config.tokenLifetime
        )
        let response = Response(status: .created)
        try response.content.encode(TokenResponse(token: token, expiresAt: session.expiresAt, tokenType: "Bearer"))
        return response
    }

    @Sendable func revokeToken(req: Request) async throws -> HTTPStatus {
        let principal = try req.requirePrincipal()
        try await AccountService(database: req.db, services: req.zuegig, now: req.zuegig.now()).endSession(of: principal)
        return .noContent
    }

    @Sendable func me(req: Request) async throws -> MeDTO {
        MeDTO(try req.requirePrincipal())
    }

    @Sendable func changePassword(req: Request) async throws -> HTTPStatus {
        let principal = try req.requirePrincipal()
        let input = try req.content.decode(ChangePasswordRequest.self)
        try await AccountService(database: req.db, services: req.zuegig, now: req.zuegig.now())
            .changePassword(of: principal, current: input.currentPassword, new: input.newPassword)
        return .noContent
    }

    @Sendable func register(req: Request) async throws -> Response {
        let input = try req.content.decode(RegisterRequest.self)
        guard let kind = AccountKindInput(rawValue: input.kind ?? "applicant") else {
            throw AppError(.validation, "Unbekannte Kontoart.", fieldErrors: ["kind": ["Erlaubt sind applicant und architect."]])
        }
        let user = try await AccountService(database: req.db, services: req.zuegig, now: req.zuegig.now())
            .register(email: input.email, displayName: input.displayName, password: input.password, kind: kind.accountKind)
        let response = Response(status: .created)
        try response.content.encode(
            MeDTO(Principal(
                userID: try user.requireID(), email: user.email, displayName: user.displayName, kind: user.kind,
                memberships: [], activeAuthorityID: nil, sessionID: UUID(), method: "password"
            ))
        )
        return response
    }
}
