// Who is logged in, however they proved it (password today; OpenID Connect can add a provider).
import Foundation
import ZuegigDomain

public struct Principal: Sendable {
    public struct Membership: Sendable, Hashable {
        public let authorityID: UUID
        public let authorityName: String
        public let authoritySlug: String
        public let role: StaffRole
        public let agencyID: UUID?
    }

    public let userID: UUID
    public let email: String
    public let displayName: String
    public let kind: AccountKind
    public let memberships: [Membership]
    public let activeAuthorityID: UUID?
    public let sessionID: UUID
    public let method: String

    /// The actor as the permission rules see them, in the active authority.
    public var actor: Actor {
        let active = memberships.filter { $0.authorityID == activeAuthorityID }
        return Actor(
            userID: userID, kind: kind, authorityID: kind == .staff ? activeAuthorityID : nil,
            roles: Set(active.map(\.role)), agencyID: active.compactMap(\.agencyID).first
        )
    }

    public var activeAuthorityName: String? {
        memberships.first { $0.authorityID == activeAuthorityID }?.authorityName
    }

    public var activeRoles: [StaffRole] {
        StaffRole.allCases.filter { role in memberships.contains { $0.authorityID == activeAuthorityID && $0.role == role } }
    }

    /// Authorities the person works for, each once, in name order.
    public var authorities: [(id: UUID, name: String, slug: String)] {
        var seen = Set<UUID>()
        return memberships.sorted { $0.authorityName < $1.authorityName }.compactMap { membership in
            seen.insert(membership.authorityID).inserted ? (membership.authorityID, membership.authorityName, membership.authoritySlug) : nil
        }
    }
}
