// A request for an on-site visit: from a case's inspection or added by hand, with the applicant's
// offered windows (JSON list of {date, from, to}) and, once planned and accepted, the appointment.
import FluentKit
import Foundation

public final class VisitRequestModel: Model, TenantOwned, @unchecked Sendable {
    public static let schema = "visit_requests"
    public static var tenantField: KeyPath<VisitRequestModel, FieldProperty<VisitRequestModel, UUID>> { \.$authorityID }

    /// open: waiting for a plan; confirmed: appointment sent (kept fixed when re-planning);
    /// done: protocol recorded; cancelled.
    public enum Status: String, Codable, Sendable, CaseIterable { case open, confirmed, done, cancelled }

    @ID(key: .id) public var id: UUID?
    @Field(key: "authority_id") public var authorityID: UUID
    @OptionalField(key: "case_id") public var caseID: UUID?
    @OptionalField(key: "inspection_id") public var inspectionID: UUID?
    @Field(key: "title") public var title: String
    @Field(key: "address") public var address: String
    @Field(key: "lat") public var lat: Double
    @Field(key: "lon") public var lon: Double
    /// False while the site's coordinates are unknown (lat/lon are then 0 and the planner skips it).
    @Field(key: "located") public var located: Bool
    @Field(key: "duration_minutes") public var durationMinutes: Int
    @Field(key: "windows") public var windows: String
    @Field(key: "skills") public var skills: String
    @Field(key: "priority") public var priority: Int
    @OptionalField(key: "latest_date") public var latestDate: String?
    @OptionalField(key: "contact_name") public var contactName: String?
    @OptionalField(key: "contact_email") public var contactEmail: String?
    @Enum(key: "status") public var status: Status
    @OptionalField(key: "inspector_id") public var inspectorID: UUID?
    @OptionalField(key: "planned_date") public var plannedDate: String?
    @OptionalField(key: "planned_start") public var plannedStart: String?
    @OptionalField(key: "planned_end") public var plannedEnd: String?
    /// iCalendar SEQUENCE: increased each time the appointment is sent again.
    @Field(key: "sequence") public var sequence: Int
    @Field(key: "created_by") public var createdBy: UUID
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(authorityID: UUID, caseID: UUID?, inspectionID: UUID?, title: String, address: String, lat: Double, lon: Double,
                durationMinutes: Int, windows: String, skills: [String], priority: Int, latestDate: String?,
                contactName: String?, contactEmail: String?, createdBy: UUID, located: Bool = true) {
        self.authorityID = authorityID
        self.caseID = caseID
        self.inspectionID = inspectionID
        self.title = title
        self.address = address
        self.lat = lat
        self.lon = lon
        self.located = located
        self.durationMinutes = durationMinutes
        self.windows = windows
        self.skills = skills.joined(separator: ",")
        self.priority = priority
        self.latestDate = latestDate
        self.contactName = contactName
        self.contactEmail = contactEmail
        self.status = .open
        self.sequence = 0
        self.createdBy = createdBy
    }

    public var skillList: [String] { skills.split(separator: ",").map(String.init) }
}
