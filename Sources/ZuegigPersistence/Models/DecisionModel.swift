// The decision of a case: drafted by a case worker, approved by a supervisor (four eyes), issued as a notice.
import FluentKit
import Foundation

public final class DecisionModel: Model, TenantOwned, @unchecked Sendable {
    public static let schema = "decisions"
    public static var tenantField: KeyPath<DecisionModel, FieldProperty<DecisionModel, UUID>> { \.$authorityID }

    @ID(key: .id) public var id: UUID?
    @Field(key: "authority_id") public var authorityID: UUID
    @Field(key: "case_id") public var caseID: UUID
    /// DecisionOutcome raw value.
    @Field(key: "outcome") public var outcome: String
    /// Conditions (Nebenbestimmungen), one per line.
    @Field(key: "conditions") public var conditions: String
    @Field(key: "reasons") public var reasons: String
    @Field(key: "fee_cents") public var feeCents: Int
    @Field(key: "fee_explanation") public var feeExplanation: String
    @Field(key: "drafted_by") public var draftedBy: UUID
    @OptionalField(key: "approved_by") public var approvedBy: UUID?
    @OptionalField(key: "approved_at") public var approvedAt: Date?
    /// The issued notice as a document of the case (PDF).
    @OptionalField(key: "document_id") public var documentID: UUID?
    /// The issued notice as rendered text (the template's output), kept with the PDF.
    @OptionalField(key: "notice_text") public var noticeText: String?
    /// Which renderer made the PDF (PDF/A or the built-in writer).
    @OptionalField(key: "pdf_producer") public var pdfProducer: String?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(authorityID: UUID, caseID: UUID, outcome: String, conditions: [String], reasons: String, feeCents: Int, feeExplanation: String, draftedBy: UUID) {
        self.authorityID = authorityID
        self.caseID = caseID
        self.outcome = outcome
        self.conditions = conditions.joined(separator: "\n")
        self.reasons = reasons
        self.feeCents = feeCents
        self.feeExplanation = feeExplanation
        self.draftedBy = draftedBy
    }

    public var conditionList: [String] { conditions.split(separator: "\n").map(String.init) }
}
