// A running or closed period of a case, computed by the procedure engine.
import FluentKit
import Foundation

public final class DeadlineModel: Model, TenantOwned, @unchecked Sendable {
    public static let schema = "deadlines"
    public static var tenantField: KeyPath<DeadlineModel, FieldProperty<DeadlineModel, UUID>> { \.$authorityID }

    public enum Status: String, Codable, Sendable {
        case running, met, expired, cancelled
    }

    @ID(key: .id) public var id: UUID?
    @Field(key: "authority_id") public var authorityID: UUID
    @Field(key: "case_id") public var caseID: UUID
    /// The id of the deadline in the procedure file.
    @Field(key: "definition_id") public var definitionID: String
    @Field(key: "label") public var label: String
    @Field(key: "legal_basis") public var legalBasis: String
    /// ISO dates (YYYY-MM-DD) in the authority's time zone; they sort as text.
    @Field(key: "start_day") public var startDay: String
    @Field(key: "due_day") public var dueDay: String
    @Field(key: "note") public var note: String
    @Enum(key: "status") public var status: Status
    @Field(key: "on_expiry") public var onExpiry: String
    @Field(key: "owed_by") public var owedBy: String
    @Field(key: "reminder_days") public var reminderDays: String
    @OptionalField(key: "closed_at") public var closedAt: Date?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}

    public init(
        authorityID: UUID, caseID: UUID, definitionID: String, label: String, legalBasis: String, startDay: String,
        dueDay: String, note: String, onExpiry: String, owedBy: String, reminderDays: [Int]
    ) {
        self.authorityID = authorityID
        self.caseID = caseID
        self.definitionID = definitionID
        self.label = label
        self.legalBasis = legalBasis
        self.startDay = startDay
        self.dueDay = dueDay
        self.note = note
        self.status = .running
        self.onExpiry = onExpiry
        self.owedBy = owedBy
        self.reminderDays = reminderDays.map(String.init).joined(separator: ",")
    }
}
