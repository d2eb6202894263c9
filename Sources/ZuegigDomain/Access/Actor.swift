// The person acting, as the permission check sees them: no framework, no database.
import Foundation

public struct Actor: Sendable, Hashable {
    public let userID: UUID
    public let kind: AccountKind
    /// The authority the actor is currently working for (staff only).
    public let authorityID: UUID?
    /// The actor's roles in `authorityID`.
    public let roles: Set<StaffRole>
    /// The consulted agency an `agency` member speaks for, if any.
    public let agencyID: UUID?

    public init(userID: UUID, kind: AccountKind, authorityID: UUID? = nil, roles: Set<StaffRole> = [], agencyID: UUID? = nil) {
        self.userID = userID
        self.kind = kind
        self.authorityID = authorityID
        self.roles = roles
        self.agencyID = agencyID
    }

    public func has(_ role: StaffRole) -> Bool { roles.contains(role) }
}
