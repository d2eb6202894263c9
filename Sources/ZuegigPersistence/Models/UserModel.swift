// A person's account: staff of one or more authorities, or an applicant/architect for all of them.
import FluentKit
import Foundation
import ZuegigDomain

public final class UserModel: Model, @unchecked Sendable {
    public static let schema = "users"

    @ID(key: .id) public var id: UUID?
    /// Lower-cased; the login name.
    @Field(key: "email") public var email: String
    @Field(key: "display_name") public var displayName: String
    @Enum(key: "kind") public var kind: AccountKind
    /// Nil for accounts that only log in through an external identity provider.
    @OptionalField(key: "password_hash") public var passwordHash: String?
    @Field(key: "failed_logins") public var failedLogins: Int
    @OptionalField(key: "locked_until") public var lockedUntil: Date?
    @Field(key: "is_active") public var isActive: Bool
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}

    public init(id: UUID? = nil, email: String, displayName: String, kind: AccountKind, passwordHash: String?) {
        self.id = id
        self.email = email.lowercased()
        self.displayName = displayName
        self.kind = kind
        self.passwordHash = passwordHash
        self.failedLogins = 0
        self.lockedUntil = nil
        self.isActive = true
    }

    public var throttleState: LoginThrottle.State {
        get { LoginThrottle.State(failedAttempts: failedLogins, lockedUntil: lockedUntil) }
        set {
            failedLogins = newValue.failedAttempts
            lockedUntil = newValue.lockedUntil
        }
    }
}
