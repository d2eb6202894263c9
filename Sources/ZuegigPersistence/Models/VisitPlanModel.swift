// A weekly visit plan the optimiser proposed (its input and output as JSON), and whether it was accepted.
import FluentKit
import Foundation

public final class VisitPlanModel: Model, TenantOwned, @unchecked Sendable {
    public static let schema = "visit_plans"
    public static var tenantField: KeyPath<VisitPlanModel, FieldProperty<VisitPlanModel, UUID>> { \.$authorityID }

    public enum Status: String, Codable, Sendable { case proposed, accepted, superseded }

    @ID(key: .id) public var id: UUID?
    @Field(key: "authority_id") public var authorityID: UUID
    @Field(key: "first_day") public var firstDay: String
    @Field(key: "days") public var days: Int
    @Enum(key: "status") public var status: Status
    @Field(key: "plan") public var plan: String
    @Field(key: "input") public var input: String
    @Field(key: "created_by") public var createdBy: UUID
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @OptionalField(key: "accepted_at") public var acceptedAt: Date?

    public init() {}

    public init(authorityID: UUID, firstDay: String, days: Int, plan: String, input: String, createdBy: UUID) {
        self.authorityID = authorityID
        self.firstDay = firstDay
        self.days = days
        self.status = .proposed
        self.plan = plan
        self.input = input
        self.createdBy = createdBy
    }
}
