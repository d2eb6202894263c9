// Requests and answers of login, tokens and accounts.
import Foundation
import Vapor
import ZuegigDomain

struct TokenRequest: Content, Sendable {
    let username: String
    let password: String
    /// For staff of several authorities: which one this token works for (slug).
    let authority: String?
}

struct TokenResponse: Content, Sendable {
    let token: String
    let expiresAt: Date
    let tokenType: String
}

struct RegisterRequest: Content, Sendable {
    let email: String
    let displayName: String
    let password: String
    let kind: String?
}

struct ChangePasswordRequest: Content, Sendable {
    let currentPassword: String
    let newPassword: String
}

struct MeDTO: Content, Sendable {
    struct Membership: Content, Sendable {
        let authority: String
        let authorityName: String
        let role: String
    }

    let id: UUID
    let email: String
    let displayName: String
    let kind: String
    let activeAuthority: String?
    let memberships: [Membership]

    init(_ principal: Principal) {
        id = principal.userID
        email = principal.email
        displayName = principal.displayName
        kind = principal.kind.rawValue
        activeAuthority = principal.memberships.first { $0.authorityID == principal.activeAuthorityID }?.authoritySlug
        memberships = principal.memberships.map { Membership(authority: $0.authoritySlug, authorityName: $0.authorityName, role: $0.role.rawValue) }
    }
}

struct AuditEventDTO: Content, Sendable {
    let sequence: Int64
    let occurredAt: Date
    let actor: String
    let action: String
    let subjectType: String
    let subjectID: String
    let hash: String
}
