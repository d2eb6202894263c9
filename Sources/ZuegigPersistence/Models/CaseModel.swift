// A case (Vorgang): one application at one authority and its handling.
import FluentKit
import Foundation
import ZuegigDomain

public final class CaseModel: Model, TenantOwned, @unchecked Sendable {
    public static let schema = "cases"
    public static var tenantField: KeyPath<CaseModel, FieldProperty<CaseModel, UUID>> { \.$authorityID }

    @ID(key: .id) public var id: UUID?
    @Field(key: "authority_id") public var authorityID: UUID
    /// The Aktenzeichen, given at submission.
    @OptionalField(key: "number") public var number: String?
    @Field(key: "title") public var title: String
    @Field(key: "site_address") public var siteAddress: String
    @Field(key: "procedure") public var procedure: String
    @Enum(key: "step") public var step: CaseStep
    @Field(key: "applicant_id") public var applicantID: UUID
    @OptionalField(key: "architect_id") public var architectID: UUID?
    @OptionalField(key: "submitted_at") public var submittedAt: Date?
    @Field(key: "description") public var projectDescription: String
    /// Gemarkung, Flur, Flurstück as entered, e.g. "Musterstadt, Flur 3, Flurstück 112/4".
    @Field(key: "parcel") public var parcel: String
    /// Gebäudeklasse 1-5 (§ 2 Abs. 3 MBO).
    @OptionalField(key: "building_class") public var buildingClass: Int?
    @OptionalField(key: "declared_cost_cents") public var declaredCostCents: Int?
    @Field(key: "version") public var version: Int
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(
        id: UUID? = nil, authorityID: UUID, title: String, siteAddress: String, procedure: String,
        step: CaseStep = .draft, applicantID: UUID, architectID: UUID? = nil
    ) {
        self.id = id
        self.authorityID = authorityID
        self.title = title
        self.siteAddress = siteAddress
        self.procedure = procedure
        self.step = step
        self.applicantID = applicantID
        self.architectID = architectID
        self.version = 1
        self.projectDescription = ""
        self.parcel = ""
    }

    /// The facts permission checks need that live on the case row itself; see CaseFactsLoader for the rest.
    public var facts: CaseFacts {
        CaseFacts(authorityID: authorityID, applicantID: applicantID, architectID: architectID, step: step, buildingClass: buildingClass)
    }
}
