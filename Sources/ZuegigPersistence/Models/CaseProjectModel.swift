// The project data of a case (site, buildings, measures) as submitted, and the plan covering it.
import FluentKit
import Foundation

public final class CaseProjectModel: Model, TenantOwned, @unchecked Sendable {
    public static let schema = "case_projects"
    public static var tenantField: KeyPath<CaseProjectModel, FieldProperty<CaseProjectModel, UUID>> { \.$authorityID }

    @ID(key: .id) public var id: UUID?
    @Field(key: "authority_id") public var authorityID: UUID
    @Field(key: "case_id") public var caseID: UUID
    /// The project JSON (our format or GeoJSON) exactly as accepted.
    @Field(key: "project") public var project: String
    @Field(key: "min_x") public var minX: Double
    @Field(key: "min_y") public var minY: Double
    @Field(key: "max_x") public var maxX: Double
    @Field(key: "max_y") public var maxY: Double
    /// The plan whose scope covers most of the site, linked automatically.
    @OptionalField(key: "plan_id") public var planID: UUID?
    @Field(key: "updated_by") public var updatedBy: UUID
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(authorityID: UUID, caseID: UUID, project: String, box: (Double, Double, Double, Double), updatedBy: UUID) {
        self.authorityID = authorityID
        self.caseID = caseID
        self.project = project
        self.minX = box.0
        self.minY = box.1
        self.maxX = box.2
        self.maxY = box.3
        self.updatedBy = updatedBy
    }
}
