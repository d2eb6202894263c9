// A background job as a database row, written in the transaction that causes it and claimed
// atomically with UPDATE ... RETURNING (see JobQueue).
import FluentKit
import Foundation

public final class JobModel: Model, @unchecked Sendable {
    public static let schema = "jobs"

    public enum State: String, Codable, Sendable {
        case queued, running, done, failed
    }

    @ID(key: .id) public var id: UUID?
    @OptionalField(key: "authority_id") public var authorityID: UUID?
    /// What to do, e.g. "document.analyse".
    @Field(key: "kind") public var kind: String
    /// The subject, e.g. a document id.
    @Field(key: "subject") public var subject: String
    @Enum(key: "state") public var state: State
    @Field(key: "attempts") public var attempts: Int
    @Field(key: "run_after") public var runAfter: Date
    @OptionalField(key: "locked_at") public var lockedAt: Date?
    @OptionalField(key: "last_error") public var lastError: String?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(authorityID: UUID?, kind: String, subject: String, runAfter: Date) {
        self.authorityID = authorityID
        self.kind = kind
        self.subject = subject
        self.state = .queued
        self.attempts = 0
        self.runAfter = runAfter
    }
}
