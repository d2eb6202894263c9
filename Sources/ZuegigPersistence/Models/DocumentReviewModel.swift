// A case worker's verdict on one suggestion (the kind or a field): accepted or corrected, with both
// values, so corrections can be exported for retraining.
import FluentKit
import Foundation

public final class DocumentReviewModel: Model, TenantOwned, @unchecked Sendable {
    public static let schema = "document_reviews"
    public static var tenantField: KeyPath<DocumentReviewModel, FieldProperty<DocumentReviewModel, UUID>> { \.$authorityID }

    @ID(key: .id) public var id: UUID?
    @Field(key: "authority_id") public var authorityID: UUID
    @Field(key: "document_id") public var documentID: UUID
    /// "kind" or a DocumentField raw value.
    @Field(key: "subject") public var subject: String
    @OptionalField(key: "suggested") public var suggested: String?
    @Field(key: "accepted_value") public var acceptedValue: String
    /// accepted / corrected
    @Field(key: "verdict") public var verdict: String
    @Field(key: "reviewer_id") public var reviewerID: UUID
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}

    public init(authorityID: UUID, documentID: UUID, subject: String, suggested: String?, acceptedValue: String, verdict: String, reviewerID: UUID) {
        self.authorityID = authorityID
        self.documentID = documentID
        self.subject = subject
        self.suggested = suggested
        self.acceptedValue = acceptedValue
        self.verdict = verdict
        self.reviewerID = reviewerID
    }
}
