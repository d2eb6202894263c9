// A file sent with a statement; the bytes live in the document store under their SHA-256.
import FluentKit
import Foundation

public final class StatementAttachmentModel: Model, TenantOwned, @unchecked Sendable {
    public static let schema = "statement_attachments"
    public static var tenantField: KeyPath<StatementAttachmentModel, FieldProperty<StatementAttachmentModel, UUID>> { \.$authorityID }

    @ID(key: .id) public var id: UUID?
    @Field(key: "authority_id") public var authorityID: UUID
    @Field(key: "statement_id") public var statementID: UUID
    @Field(key: "file_name") public var fileName: String
    @Field(key: "media_type") public var mediaType: String
    @Field(key: "size_bytes") public var sizeBytes: Int
    @Field(key: "sha256") public var sha256: String

    public init() {}

    public init(authorityID: UUID, statementID: UUID, fileName: String, mediaType: String, sizeBytes: Int, sha256: String) {
        self.authorityID = authorityID
        self.statementID = statementID
        self.fileName = fileName
        self.mediaType = mediaType
        self.sizeBytes = sizeBytes
        self.sha256 = sha256
    }
}
