// One agency's task in a consultation (Beteiligung) and its statement (Stellungnahme).
import FluentKit
import Foundation

public final class ConsultationModel: Model, TenantOwned, @unchecked Sendable {
    public static let schema = "consultations"
    public static var tenantField: KeyPath<ConsultationModel, FieldProperty<ConsultationModel, UUID>> { \.$authorityID }

    public enum Status: String, Codable, Sendable {
        case open, answered, deemedConsent
    }

    @ID(key: .id) public var id: UUID?
    @Field(key: "authority_id") public var authorityID: UUID
    @Field(key: "case_id") public var caseID: UUID
    @Field(key: "agency_id") public var agencyID: UUID
    @Field(key: "due_day") public var dueDay: String
    @Enum(key: "status") public var status: Status
    /// consent, consentWithConditions or objection (StatementVerdict).
    @OptionalField(key: "verdict") public var verdict: String?
    @OptionalField(key: "statement") public var statement: String?
    /// Conditions proposed by the agency, one per line.
    @Field(key: "conditions") public var conditions: String
    @OptionalField(key: "answered_by") public var answeredBy: UUID?
    @OptionalField(key: "answered_at") public var answeredAt: Date?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}

    public init(authorityID: UUID, caseID: UUID, agencyID: UUID, dueDay: String) {
        self.authorityID = authorityID
        self.caseID = caseID
        self.agencyID = agencyID
        self.dueDay = dueDay
        self.status = .open
        self.conditions = ""
    }

    public var conditionList: [String] { conditions.split(separator: "\n").map(String.init) }
}
