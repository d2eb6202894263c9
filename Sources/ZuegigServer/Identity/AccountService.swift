// Password login with lock-out, registration of public accounts, password changes.
// An OpenID Connect login would sit beside `login` and end in the same `SessionStore.start`.
import Fluent
import Foundation
import ZuegigDomain
import ZuegigPersistence

struct AccountService: Sendable {
    let database: any Database
    let services: ZuegigServices
    let now: Date

    static let maxEmailLength = 254
    static let maxNameLength = 120

    /// Checks e-mail and password. Unknown accounts cost the same time as known ones.
    func login(email rawEmail: String, password: String) async throws -> UserModel {
        let email = rawEmail.trimmingCharacters(in: .whitespaces).lowercased()
        guard !email.isEmpty, email.count <= Self.maxEmailLength, !password.isEmpty, password.utf8.count <= 1024 else {
            throw AppError(.invalidCredentials, "E-Mail-Adresse oder Passwort ist falsch.")
        }
        guard let user = try await UserModel.query(on: database).filter(\.$email == email).first(),
              let storedHash = user.passwordHash
        else {
            _ = try await services.passwords.verify(password, services.dummyPasswordHash)
            services.metrics.recordLogin(result: "failure")
            throw AppError(.invalidCredentials, "E-Mail-Adresse oder Passwort ist falsch.")
        }
        if case .locked(let until) = services.throttle.gate(user.throttleState, now: now) {
            services.metrics.recordLogin(result: "locked")
            throw Self.lockedError(until: until, now: now)
        }
        let matches = try await services.passwords.verify(password, storedHash)
        guard matches, user.isActive else {
            try await recordFailure(of: user)
            throw AppError(.invalidCredentials, "E-Mail-Adresse oder Passwort ist falsch.")
        }
        if user.failedLogins != 0 || user.lockedUntil != nil {
            user.throttleState = services.throttle.apply(.succeeded, to: user.throttleState, now: now)
            try await user.save(on: database)
        }
        services.metrics.recordLogin(result: "success")
        return user
    }

    private func recordFailure(of user: UserModel) async throws {
        services.metrics.recordLogin(result: "failure")
        let next = services.throttle.apply(.failed, to: user.throttleState, now: now)
        try await database.transaction { transaction in
            user.throttleState = next
            try await user.save(on: transaction)
            if let until = next.lockedUntil {
                try await services.audit(
                    AuditEntry(
                        authorityID: nil, actorID: user.id, actorLabel: user.email, action: "account.locked",
                        subjectType: "user", subjectID: user.id?.uuidString ?? "",
                        payload: ["lockedUntil": until.formatted(.iso8601)]
                    ), at: now, on: transaction
                )
            }
        }
    }

    static func lockedError(until: Date, now: Date) -> AppError {
        let minutes = max(1, Int((until.timeIntervalSince(now) / 60).rounded(.up)))
        return AppError(.accountLocked, "Nach mehreren fehlgeschlagenen Anmeldungen ist das Konto für etwa \(minutes) Minuten gesperrt.")
    }

    /// Starts a session after a successful login and records it in the audit log
    /// (in the chain of the authority a staff member works for, else the platform chain).
    func startSession(
        for user: UserModel, kind: SessionModel.Kind, authoritySlug: String?, method: String, lifetime: TimeInterval
    ) async throws -> (token: String, session: SessionModel) {
        try await database.transaction { transaction in
            let store = SessionStore(database: transaction, now: now)
            try await store.removeExpired(of: try user.requireID())
            let started = try await store.start(for: user, kind: kind, authoritySlug: authoritySlug, method: method, lifetime: lifetime)
            try await services.audit(
                AuditEntry(
                    authorityID: started.session.authorityID, actorID: user.id, actorLabel: user.email, action: "session.started",
                    subjectType: "session", subjectID: try started.session.requireID().uuidString,
                    payload: ["kind": kind.rawValue, "method": method]
                ), at: now, on: transaction
            )
            return started
        }
    }

    /// Ends the principal's current session (logout) and records it.
    func endSession(of principal: Principal) async throws {
        try await database.transaction { transaction in
            try await SessionStore(database: transaction, now: now).end(sessionID: principal.sessionID)
            try await services.audit(
                AuditEntry(
                    authorityID: principal.activeAuthorityID, actorID: principal.userID, actorLabel: principal.email,
                    action: "session.ended", subjectType: "session", subjectID: principal.sessionID.uuidString
                ), at: now, on: transaction
            )
        }
    }

    /// Creates an applicant or architect account, usable with every authority.
    func register(email rawEmail: String, displayName rawName: String, password: String, kind: AccountKind) async throws -> UserModel {
        let email = rawEmail.trimmingCharacters(in: .whitespaces).lowercased()
        let displayName = rawName.trimmingCharacters(in: .whitespacesAndNewlines)
        var problems: [String: [String]] = [:]
        if !Self.looksLikeEmail(email) { problems["email", default: []].append("Bitte geben Sie eine gültige E-Mail-Adresse an.") }
        if displayName.count < 2 || displayName.count > Self.maxNameLength {
            problems["displayName", default: []].append("Der Name muss 2 bis \(Self.maxNameLength) Zeichen lang sein.")
        }
        if kind == .staff { problems["kind", default: []].append("Behördenkonten legt die Administration an.") }
        let passwordProblems = services.passwordPolicy.violations(of: password, email: email)
        if !passwordProblems.isEmpty { problems["password"] = passwordProblems }
        guard problems.isEmpty else {
            throw AppError(.validation, "Bitte korrigieren Sie die markierten Angaben.", fieldErrors: problems)
        }
        if try await UserModel.query(on: database).filter(\.$email == email).first() != nil {
            throw AppError(.conflict, "Für diese E-Mail-Adresse besteht bereits ein Konto.")
        }
        let user = UserModel(email: email, displayName: displayName, kind: kind, passwordHash: try await services.passwords.hash(password))
        try await database.transaction { transaction in
            try await user.create(on: transaction)
            try await services.audit(
                AuditEntry(
                    authorityID: nil, actorID: user.id, actorLabel: email, action: "account.registered",
                    subjectType: "user", subjectID: user.id?.uuidString ?? "", payload: ["kind": kind.rawValue]
                ), at: now, on: transaction
            )
        }
        return user
    }

    /// Changes the password after checking the current one; ends every other session.
    func changePassword(of principal: Principal, current: String, new: String) async throws {
        guard let user = try await UserModel.find(principal.userID, on: database), let storedHash = user.passwordHash,
              try await services.passwords.verify(current, storedHash)
        else {
            throw AppError(.validation, "Das bisherige Passwort ist nicht korrekt.", fieldErrors: ["currentPassword": ["Das bisherige Passwort ist nicht korrekt."]])
        }
        let problems = services.passwordPolicy.violations(of: new, email: user.email)
        guard problems.isEmpty else {
            throw AppError(.validation, "Das neue Passwort erfüllt die Regeln nicht.", fieldErrors: ["newPassword": problems])
        }
        user.passwordHash = try await services.passwords.hash(new)
        try await database.transaction { transaction in
            try await user.save(on: transaction)
            try await SessionStore(database: transaction, now: now).endAll(of: principal.userID, except: principal.sessionID)
            try await services.audit(
                AuditEntry(
                    authorityID: nil, actorID: principal.userID, actorLabel: principal.email, action: "account.password_changed",
                    subjectType: "user", subjectID: principal.userID.uuidString
                ), at: now, on: transaction
            )
        }
    }

    static func looksLikeEmail(_ email: String) -> Bool {
        guard email.count <= maxEmailLength, !email.contains(where: { $0.isWhitespace }) else { return false }
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."), !parts[1].hasSuffix(".") else {
            return false
        }
        return true
    }
}
