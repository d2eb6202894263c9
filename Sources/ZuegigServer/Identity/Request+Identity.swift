// Typed access to who is acting and for which authority; absent identity throws, never defaults.
import Fluent
import Vapor
import ZuegigDomain
import ZuegigPersistence

extension Request {
    private struct PrincipalKey: StorageKey {
        typealias Value = Principal
    }

    var principal: Principal? {
        get { storage[PrincipalKey.self] }
        set { storage[PrincipalKey.self] = newValue }
    }

    func requirePrincipal() throws -> Principal {
        guard let principal else { throw AppError.loginRequired }
        return principal
    }

    /// Writes an audit event for the current principal inside `database` (a transaction).
    func audit(
        _ action: String, subjectType: String, subjectID: String, authorityID: UUID?,
        payload: [String: String] = [:], on database: any Database
    ) async throws {
        try await zuegig.audit(
            AuditEntry(
                authorityID: authorityID, actorID: principal?.userID, actorLabel: principal?.email ?? "anonym",
                action: action, subjectType: subjectType, subjectID: subjectID, payload: payload
            ), at: zuegig.now(), on: database
        )
    }
}

/// A staff member working for one authority. Creating it fails unless both are known,
/// so a handler that holds one can only reach that authority's rows.
struct TenantContext: Sendable {
    let principal: Principal
    let authorityID: UUID
    let scope: TenantScope

    init(_ request: Request) throws {
        let principal = try request.requirePrincipal()
        guard principal.kind == .staff, let authorityID = principal.activeAuthorityID else {
            throw AppError(.forbidden, "Diese Funktion steht nur Beschäftigten einer Behörde zur Verfügung.")
        }
        self.principal = principal
        self.authorityID = authorityID
        self.scope = TenantScope(authorityID: authorityID, database: request.db)
    }
}
