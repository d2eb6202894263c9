// The newest link of each audit chain. Updating it first serialises writers of one chain
// on both SQLite and PostgreSQL (a row lock), so the chain never forks.
import FluentKit
import Foundation

public final class AuditHeadModel: Model, @unchecked Sendable {
    public static let schema = "audit_heads"

    @ID(custom: "chain", generatedBy: .user) public var id: String?
    @Field(key: "sequence") public var sequence: Int64
    @Field(key: "hash") public var hash: String

    public init() {}

    public init(chain: String, sequence: Int64, hash: String) {
        self.id = chain
        self.sequence = sequence
        self.hash = hash
    }
}
