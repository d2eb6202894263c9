// One statement or objection received in a participation: the original text and contact data (for
// authorised staff only), the anonymised text (for publication), the channel, the analysis results
// and its own answer in the weighing table (which takes precedence over its cluster's answer).
import FluentKit
import Foundation

public final class StatementModel: Model, TenantOwned, @unchecked Sendable {
    public static let schema = "statements"
    public static var tenantField: KeyPath<StatementModel, FieldProperty<StatementModel, UUID>> { \.$authorityID }

    @ID(key: .id) public var id: UUID?
    @Field(key: "authority_id") public var authorityID: UUID
    @Field(key: "participation_id") public var participationID: UUID
    /// Given to the sender as the receipt (Eingangsnummer), e.g. `STN-7K4Q9XMD`.
    @Field(key: "receipt_number") public var receiptNumber: String
    /// A `StatementChannel` raw value.
    @Field(key: "channel") public var channel: String
    /// The id in an imported file or the e-mail's Message-ID; importing the same record twice is skipped.
    @OptionalField(key: "external_id") public var externalID: String?
    @Field(key: "text") public var text: String
    @OptionalField(key: "author_name") public var authorName: String?
    @OptionalField(key: "author_address") public var authorAddress: String?
    @OptionalField(key: "author_email") public var authorEmail: String?
    @Field(key: "anonymized_text") public var anonymizedText: String
    /// JSON array of the detected spans (kind, rule, range) in `text`.
    @Field(key: "personal_data") public var personalData: String
    /// A `Stance` raw value, and the cues that decided it (JSON array).
    @Field(key: "stance") public var stance: String
    @Field(key: "stance_cues") public var stanceCues: String
    @OptionalField(key: "cluster_id") public var clusterID: UUID?
    /// The first statement of its form-letter group (itself for the leader); nil when it stands alone.
    @OptionalField(key: "duplicate_leader_id") public var duplicateLeaderID: UUID?
    /// On a group's leader: the sentences the group shares (JSON array, anonymised).
    @OptionalField(key: "shared_text") public var sharedText: String?
    /// On a member: its sentences beyond the shared text (JSON array, anonymised).
    @OptionalField(key: "additions") public var additions: String?
    @OptionalField(key: "answer") public var answer: String?
    @OptionalField(key: "decision") public var decision: String?
    @OptionalField(key: "answered_by") public var answeredBy: UUID?
    @OptionalField(key: "answered_at") public var answeredAt: Date?
    /// A keyed hash of the sender's network address, for the rate limit (never the address itself).
    @OptionalField(key: "client_hash") public var clientHash: String?
    /// Arrival order within the participation (form letters are grouped in this order).
    @Field(key: "sequence") public var sequence: Int
    @Field(key: "received_at") public var receivedAt: Date

    public init() {}

    public init(authorityID: UUID, participationID: UUID, receiptNumber: String, channel: String, text: String, anonymizedText: String,
                personalData: String, stance: String, stanceCues: String, sequence: Int, receivedAt: Date) {
        self.authorityID = authorityID
        self.participationID = participationID
        self.receiptNumber = receiptNumber
        self.channel = channel
        self.text = text
        self.anonymizedText = anonymizedText
        self.personalData = personalData
        self.stance = stance
        self.stanceCues = stanceCues
        self.sequence = sequence
        self.receivedAt = receivedAt
    }
}
