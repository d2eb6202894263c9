// A login: a browser session (cookie) or an API bearer token. Only the token's hash is stored.
import FluentKit
import Foundation

public final class SessionModel: Model, @unchecked Sendable {
    public static let schema = "sessions"

    public enum Kind: String, Codable, Sendable {
        case browser
        case api
    }

    @ID(key: .id) public var id: UUID?
    @Field(key: "user_id") public var userID: UUID
    @Field(key: "token_hash") public var tokenHash: String
    @Enum(key: "kind") public var kind: Kind
    /// The authority a staff user is working for in this session.
    @OptionalField(key: "authority_id") public var authorityID: UUID?
    /// How the person proved who they are ("password", later e.g. "oidc:bundid").
    @Field(key: "method") public var method: String
    @Field(key: "expires_at") public var expiresAt: Date
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}

    public init(id: UUID? = nil, userID: UUID, tokenHash: String, kind: Kind, authorityID: UUID?, method: String, expiresAt: Date) {
        self.id = id
        self.userID = userID
        self.tokenHash = tokenHash
        self.kind = kind
        self.authorityID = authorityID
        self.method = method
        self.expiresAt = expiresAt
    }
}
