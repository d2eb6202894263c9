// A request to the applicant to supply what is missing (Nachforderung), with its items and deadline.
import FluentKit
import Foundation

public final class DeficiencyRequestModel: Model, TenantOwned, @unchecked Sendable {
    public static let schema = "deficiency_requests"
    public static var tenantField: KeyPath<DeficiencyRequestModel, FieldProperty<DeficiencyRequestModel, UUID>> { \.$authorityID }

    @ID(key: .id) public var id: UUID?
    @Field(key: "authority_id") public var authorityID: UUID
    @Field(key: "case_id") public var caseID: UUID
    /// The items, one per line.
    @Field(key: "items") public var items: String
    @Field(key: "message") public var message: String
    @Field(key: "due_day") public var dueDay: String
    @Field(key: "requested_by") public var requestedBy: UUID
    @OptionalField(key: "answered_at") public var answeredAt: Date?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}

    public init(authorityID: UUID, caseID: UUID, items: [String], message: String, dueDay: String, requestedBy: UUID) {
        self.authorityID = authorityID
        self.caseID = caseID
        self.items = items.joined(separator: "\n")
        self.message = message
        self.dueDay = dueDay
        self.requestedBy = requestedBy
    }

    public var itemList: [String] { items.split(separator: "\n").map(String.init) }
}
