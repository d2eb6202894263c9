// An uploaded document of a case; the bytes live in the document store under their SHA-256.
import FluentKit
import Foundation

public final class DocumentModel: Model, TenantOwned, @unchecked Sendable {
    public static let schema = "documents"
    public static var tenantField: KeyPath<DocumentModel, FieldProperty<DocumentModel, UUID>> { \.$authorityID }

    @ID(key: .id) public var id: UUID?
    @Field(key: "authority_id") public var authorityID: UUID
    @Field(key: "case_id") public var caseID: UUID
    /// The kind of Bauvorlage (e.g. `lageplan`), as chosen by the uploader.
    @Field(key: "kind") public var kind: String
    @Field(key: "file_name") public var fileName: String
    @Field(key: "media_type") public var mediaType: String
    @Field(key: "size_bytes") public var sizeBytes: Int
    @Field(key: "sha256") public var sha256: String
    /// 1 for a new document; a replacement gets the next number and points at the first version.
    @Field(key: "version") public var version: Int
    @OptionalField(key: "original_id") public var originalID: UUID?
    @Field(key: "uploaded_by") public var uploadedBy: UUID
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}

    public init(
        authorityID: UUID, caseID: UUID, kind: String, fileName: String, mediaType: String, sizeBytes: Int,
        sha256: String, version: Int = 1, originalID: UUID? = nil, uploadedBy: UUID
    ) {
        self.authorityID = authorityID
        self.caseID = caseID
        self.kind = kind
        self.fileName = fileName
        self.mediaType = mediaType
        self.sizeBytes = sizeBytes
        self.sha256 = sha256
        self.version = version
        self.originalID = originalID
        self.uploadedBy = uploadedBy
    }
}
