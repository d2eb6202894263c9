// The text and the AI analysis of one document version: per-page text with the method used, the
// suggested kind with confidence and deciding terms, and the extracted fields (JSON).
import FluentKit
import Foundation

public final class DocumentAnalysisModel: Model, TenantOwned, @unchecked Sendable {
    public static let schema = "document_analyses"
    public static var tenantField: KeyPath<DocumentAnalysisModel, FieldProperty<DocumentAnalysisModel, UUID>> { \.$authorityID }

    @ID(key: .id) public var id: UUID?
    @Field(key: "authority_id") public var authorityID: UUID
    @Field(key: "document_id") public var documentID: UUID
    /// available / empty / unavailable / pending / failed (AnalysedDocument.TextStatus).
    @Field(key: "text_status") public var textStatus: String
    @OptionalField(key: "text_message") public var textMessage: String?
    /// JSON array of PageText.
    @Field(key: "pages") public var pages: String
    @OptionalField(key: "suggested_kind") public var suggestedKind: String?
    @OptionalField(key: "confidence") public var confidence: Double?
    /// JSON DocumentAnalysis (classification and fields); empty when there was no text.
    @Field(key: "analysis") public var analysis: String
    @Field(key: "model") public var model: String
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(authorityID: UUID, documentID: UUID, textStatus: String, textMessage: String?, pages: String,
                suggestedKind: String?, confidence: Double?, analysis: String, model: String) {
        self.authorityID = authorityID
        self.documentID = documentID
        self.textStatus = textStatus
        self.textMessage = textMessage
        self.pages = pages
        self.suggestedKind = suggestedKind
        self.confidence = confidence
        self.analysis = analysis
        self.model = model
    }
}
