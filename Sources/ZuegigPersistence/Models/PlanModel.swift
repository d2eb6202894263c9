// A development plan of an authority: what was read from its XPlanGML file (as JSON), the file's
// hash in the document store, and its bounding box for finding the plans that cover a site.
import FluentKit
import Foundation

public final class PlanModel: Model, TenantOwned, @unchecked Sendable {
    public static let schema = "plans"
    public static var tenantField: KeyPath<PlanModel, FieldProperty<PlanModel, UUID>> { \.$authorityID }

    @ID(key: .id) public var id: UUID?
    @Field(key: "authority_id") public var authorityID: UUID
    @Field(key: "gml_id") public var gmlID: String
    @Field(key: "name") public var name: String
    @OptionalField(key: "number") public var number: String?
    @Field(key: "version") public var version: String
    @OptionalField(key: "srs") public var srs: String?
    @OptionalField(key: "min_x") public var minX: Double?
    @OptionalField(key: "min_y") public var minY: Double?
    @OptionalField(key: "max_x") public var maxX: Double?
    @OptionalField(key: "max_y") public var maxY: Double?
    @Field(key: "feature_count") public var featureCount: Int
    @Field(key: "source_sha256") public var sourceSHA256: String
    @Field(key: "source_bytes") public var sourceBytes: Int
    /// The parsed plan (ZuegigGeo.DevelopmentPlan) as JSON.
    @Field(key: "plan") public var plan: String
    @Field(key: "created_by") public var createdBy: UUID
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}

    public init(authorityID: UUID, gmlID: String, name: String, number: String?, version: String, srs: String?,
                box: (Double, Double, Double, Double)?, featureCount: Int, sourceSHA256: String, sourceBytes: Int, plan: String, createdBy: UUID) {
        self.authorityID = authorityID
        self.gmlID = gmlID
        self.name = name
        self.number = number
        self.version = version
        self.srs = srs
        self.minX = box?.0
        self.minY = box?.1
        self.maxX = box?.2
        self.maxY = box?.3
        self.featureCount = featureCount
        self.sourceSHA256 = sourceSHA256
        self.sourceBytes = sourceBytes
        self.plan = plan
        self.createdBy = createdBy
    }
}
