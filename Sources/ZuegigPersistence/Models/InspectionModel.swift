// An inspection (Rohbau-/Schlussabnahme) due after construction start, and its recorded result.
import FluentKit
import Foundation

public final class InspectionModel: Model, TenantOwned, @unchecked Sendable {
    public static let schema = "inspections"
    public static var tenantField: KeyPath<InspectionModel, FieldProperty<InspectionModel, UUID>> { \.$authorityID }

    @ID(key: .id) public var id: UUID?
    @Field(key: "authority_id") public var authorityID: UUID
    @Field(key: "case_id") public var caseID: UUID
    /// shell or final (InspectionRequirement.Kind).
    @Field(key: "kind") public var kind: String
    @Field(key: "legal_basis") public var legalBasis: String
    /// InspectionResult raw value once recorded.
    @OptionalField(key: "result") public var result: String?
    @Field(key: "findings") public var findings: String
    @OptionalField(key: "recorded_by") public var recordedBy: UUID?
    @OptionalField(key: "recorded_at") public var recordedAt: Date?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}

    public init(authorityID: UUID, caseID: UUID, kind: String, legalBasis: String) {
        self.authorityID = authorityID
        self.caseID = caseID
        self.kind = kind
        self.legalBasis = legalBasis
        self.findings = ""
    }
}
