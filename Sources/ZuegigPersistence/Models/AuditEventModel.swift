// A stored audit event: one link of a hash chain (see ZuegigDomain.AuditChain).
import FluentKit
import Foundation
import ZuegigDomain

public final class AuditEventModel: Model, @unchecked Sendable {
    public static let schema = "audit_events"

    @ID(key: .id) public var id: UUID?
    @Field(key: "chain") public var chain: String
    @Field(key: "sequence") public var sequence: Int64
    @Field(key: "occurred_at_ms") public var occurredAtMillis: Int64
    @OptionalField(key: "authority_id") public var authorityID: UUID?
    @OptionalField(key: "actor_id") public var actorID: UUID?
    @Field(key: "actor_label") public var actorLabel: String
    @Field(key: "action") public var action: String
    @Field(key: "subject_type") public var subjectType: String
    @Field(key: "subject_id") public var subjectID: String
    @Field(key: "payload") public var payload: String
    @Field(key: "payload_hash") public var payloadHash: String
    @Field(key: "previous_hash") public var previousHash: String
    @Field(key: "hash") public var hash: String

    public init() {}

    public init(_ record: AuditRecord) {
        chain = record.chain
        sequence = record.sequence
        occurredAtMillis = record.occurredAtMillis
        authorityID = record.authorityID
        actorID = record.actorID
        actorLabel = record.actorLabel
        action = record.action
        subjectType = record.subjectType
        subjectID = record.subjectID
        payload = record.payload
        payloadHash = record.payloadHash
        previousHash = record.previousHash
        hash = record.hash
    }

    public var record: AuditRecord {
        AuditRecord(
            chain: chain, sequence: sequence, occurredAtMillis: occurredAtMillis, authorityID: authorityID,
            actorID: actorID, actorLabel: actorLabel, action: action, subjectType: subjectType,
            subjectID: subjectID, payload: payload, payloadHash: payloadHash, previousHash: previousHash, hash: hash
        )
    }

    public var occurredAt: Date { Date(timeIntervalSince1970: Double(occurredAtMillis) / 1000) }
}
