// One participation of a planning procedure: a phase with its period, the published documents and
// the statements received; `slug` names its public page.
import FluentKit
import Foundation

public final class ParticipationModel: Model, TenantOwned, @unchecked Sendable {
    public static let schema = "participations"
    public static var tenantField: KeyPath<ParticipationModel, FieldProperty<ParticipationModel, UUID>> { \.$authorityID }

    @ID(key: .id) public var id: UUID?
    @Field(key: "authority_id") public var authorityID: UUID
    @Field(key: "procedure_id") public var procedureID: String
    @Field(key: "phase_id") public var phaseID: String
    @Field(key: "title") public var title: String
    @Field(key: "slug") public var slug: String
    @Field(key: "description") public var descriptionText: String
    /// ISO dates (`2026-11-02`) in the authority's time zone.
    @Field(key: "first_day") public var firstDay: String
    @Field(key: "publication_last_day") public var publicationLastDay: String
    @Field(key: "last_day") public var lastDay: String
    /// Whether the anonymised weighing table is shown on the public page.
    @Field(key: "result_published") public var resultPublished: Bool
    /// Signs the public form's timing token and keys the senders' address hashes; never shown.
    @Field(key: "form_secret") public var formSecret: String
    @OptionalField(key: "analysed_at") public var analysedAt: Date?
    /// A JSON object with the last analysis run's totals (statements, distinct, groups, clusters, mode).
    @OptionalField(key: "analysis_summary") public var analysisSummary: String?
    @Field(key: "created_by") public var createdBy: UUID
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}

    public init(authorityID: UUID, procedureID: String, phaseID: String, title: String, slug: String, descriptionText: String,
                firstDay: String, publicationLastDay: String, lastDay: String, formSecret: String, createdBy: UUID) {
        self.authorityID = authorityID
        self.procedureID = procedureID
        self.phaseID = phaseID
        self.title = title
        self.slug = slug
        self.descriptionText = descriptionText
        self.firstDay = firstDay
        self.publicationLastDay = publicationLastDay
        self.lastDay = lastDay
        self.resultPublished = false
        self.formSecret = formSecret
        self.createdBy = createdBy
    }
}
