// An authority (Bauaufsichtsbehörde): the tenant that owns cases, agencies and staff memberships.
import FluentKit
import Foundation

public final class AuthorityModel: Model, @unchecked Sendable {
    public static let schema = "authorities"

    @ID(key: .id) public var id: UUID?
    @Field(key: "slug") public var slug: String
    @Field(key: "name") public var name: String
    @Field(key: "case_number_prefix") public var caseNumberPrefix: String
    @Field(key: "time_zone") public var timeZone: String
    /// The Land whose building code and public holidays apply (a `Land` code such as BE).
    @Field(key: "land") public var land: String
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}

    public init(id: UUID? = nil, slug: String, name: String, caseNumberPrefix: String = "BG", timeZone: String = "Europe/Berlin", land: String = "BE") {
        self.land = land
        self.id = id
        self.slug = slug
        self.name = name
        self.caseNumberPrefix = caseNumberPrefix
        self.timeZone = timeZone
    }
}
