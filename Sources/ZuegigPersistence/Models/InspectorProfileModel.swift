// What the visit planner needs to know about an inspector of an authority: office, hours, skills,
// days off (comma-separated ISO dates).
import FluentKit
import Foundation

public final class InspectorProfileModel: Model, TenantOwned, @unchecked Sendable {
    public static let schema = "inspector_profiles"
    public static var tenantField: KeyPath<InspectorProfileModel, FieldProperty<InspectorProfileModel, UUID>> { \.$authorityID }

    @ID(key: .id) public var id: UUID?
    @Field(key: "authority_id") public var authorityID: UUID
    @Field(key: "user_id") public var userID: UUID
    @Field(key: "home_label") public var homeLabel: String
    @Field(key: "home_lat") public var homeLat: Double
    @Field(key: "home_lon") public var homeLon: Double
    @Field(key: "hours_from") public var hoursFrom: String
    @Field(key: "hours_to") public var hoursTo: String
    @OptionalField(key: "friday_to") public var fridayTo: String?
    /// Comma-separated skill keys (e.g. "brandschutz").
    @Field(key: "skills") public var skills: String
    @Field(key: "days_off") public var daysOff: String

    public init() {}

    public init(authorityID: UUID, userID: UUID, homeLabel: String, homeLat: Double, homeLon: Double, hoursFrom: String, hoursTo: String,
                fridayTo: String?, skills: [String], daysOff: [String]) {
        self.authorityID = authorityID
        self.userID = userID
        self.homeLabel = homeLabel
        self.homeLat = homeLat
        self.homeLon = homeLon
        self.hoursFrom = hoursFrom
        self.hoursTo = hoursTo
        self.fridayTo = fridayTo
        self.skills = skills.joined(separator: ",")
        self.daysOff = daysOff.joined(separator: ",")
    }

    public var skillList: [String] { skills.split(separator: ",").map(String.init) }
    public var daysOffList: [String] { daysOff.split(separator: ",").map(String.init) }
}
