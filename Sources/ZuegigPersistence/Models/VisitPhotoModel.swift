// A photo taken on a site visit and attached to its protocol; the bytes live in the document store
// under their SHA-256.
import FluentKit
import Foundation

public final class VisitPhotoModel: Model, TenantOwned, @unchecked Sendable {
    public static let schema = "visit_photos"
    public static var tenantField: KeyPath<VisitPhotoModel, FieldProperty<VisitPhotoModel, UUID>> { \.$authorityID }

    @ID(key: .id) public var id: UUID?
    @Field(key: "authority_id") public var authorityID: UUID
    @Field(key: "visit_id") public var visitID: UUID
    @Field(key: "file_name") public var fileName: String
    @Field(key: "media_type") public var mediaType: String
    @Field(key: "size_bytes") public var sizeBytes: Int
    @Field(key: "sha256") public var sha256: String
    @Field(key: "created_by") public var createdBy: UUID
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}

    public init(authorityID: UUID, visitID: UUID, fileName: String, mediaType: String, sizeBytes: Int, sha256: String, createdBy: UUID) {
        self.authorityID = authorityID
        self.visitID = visitID
        self.fileName = fileName
        self.mediaType = mediaType
        self.sizeBytes = sizeBytes
        self.sha256 = sha256
        self.createdBy = createdBy
    }
}
