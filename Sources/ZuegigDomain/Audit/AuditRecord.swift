// One link of the hash-chained audit log, as stored.
import Foundation

public struct AuditRecord: Sendable, Hashable {
    /// The chain this record belongs to: one per authority, plus `AuditRecord.platformChain`.
    public var chain: String
    public var sequence: Int64
    public var occurredAtMillis: Int64
    public var authorityID: UUID?
    public var actorID: UUID?
    public var actorLabel: String
    public var action: String
    public var subjectType: String
    public var subjectID: String
    /// Canonical JSON (sorted keys) of what changed.
    public var payload: String
    public var payloadHash: String
    public var previousHash: String
    public var hash: String

    public static let platformChain = "platform"
    public static let genesisHash = String(repeating: "0", count: 64)

    public init(
        chain: String, sequence: Int64, occurredAtMillis: Int64, authorityID: UUID?, actorID: UUID?,
        actorLabel: String, action: String, subjectType: String, subjectID: String, payload: String,
        payloadHash: String = "", previousHash: String = "", hash: String = ""
    ) {
        self.chain = chain
        self.sequence = sequence
        self.occurredAtMillis = occurredAtMillis
        self.authorityID = authorityID
        self.actorID = actorID
        self.actorLabel = actorLabel
        self.action = action
        self.subjectType = subjectType
        self.subjectID = subjectID
        self.payload = payload
        self.payloadHash = payloadHash
        self.previousHash = previousHash
        self.hash = hash
    }

    public static func chainName(for authorityID: UUID?) -> String {
        authorityID.map { "authority:\($0.uuidString.lowercased())" } ?? platformChain
    }
}
