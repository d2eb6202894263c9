// A document published for a participation's period (plan drawing, explanatory report); the bytes
// live in the document store under their SHA-256.
import FluentKit
import Foundation

public final class ParticipationDocumentModel: Model, TenantOwned, @unchecked Sendable {
    public static let schema = "participation_documents"
    public static var tenantField: KeyPath<ParticipationDocumentModel, FieldProperty<ParticipationDocumentModel, UUID>> { \.$authorityID }

    @ID(key: .id) public var id: UUID?
    @Field(key: "authority_id") public var authorityID: UUID
    @Field(key: "participation_id") public var participationID: UUID
    @Field(key: "title") public var title: String
    @Field(key: "file_name") public var fileName: String
    @Field(key: "media_type") public var mediaType: String
    @Field(key: "size_bytes") public var sizeBytes: Int
    @Field(key: "sha256") public var sha256: String
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}

    public init(authorityID: UUID, participationID: UUID, title: String, fileName: String, mediaType: String, sizeBytes: Int, sha256: String) {
        self.authorityID = authorityID
        self.participationID = participationID
        self.title = title
        self.fileName = fileName
        self.mediaType = mediaType
        self.sizeBytes = sizeBytes
        self.sha256 = sha256
    }
}
