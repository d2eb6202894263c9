// A remembered answer to a request sent with an Idempotency-Key, so a retry gets the same answer.
import FluentKit
import Foundation

public final class IdempotencyKeyModel: Model, @unchecked Sendable {
    public static let schema = "idempotency_keys"

    @ID(key: .id) public var id: UUID?
    @Field(key: "user_id") public var userID: UUID
    @Field(key: "key") public var key: String
    /// Method and path the key was used with; the same key on another request is refused.
    @Field(key: "request") public var request: String
    @Field(key: "status") public var status: Int
    @Field(key: "body") public var body: String
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}

    public init(userID: UUID, key: String, request: String, status: Int, body: String) {
        self.userID = userID
        self.key = key
        self.request = request
        self.status = status
        self.body = body
    }
}
