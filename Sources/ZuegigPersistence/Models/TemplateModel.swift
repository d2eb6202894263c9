// A letter template an authority edits itself (logic-less Mustache), e.g. the decision notice.
import FluentKit
import Foundation

public final class TemplateModel: Model, TenantOwned, @unchecked Sendable {
    public static let schema = "templates"
    public static var tenantField: KeyPath<TemplateModel, FieldProperty<TemplateModel, UUID>> { \.$authorityID }

    @ID(key: .id) public var id: UUID?
    @Field(key: "authority_id") public var authorityID: UUID
    /// e.g. `decision`.
    @Field(key: "name") public var name: String
    @Field(key: "body") public var body: String
    @Field(key: "updated_by") public var updatedBy: UUID
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(authorityID: UUID, name: String, body: String, updatedBy: UUID) {
        self.authorityID = authorityID
        self.name = name
        self.body = body
        self.updatedBy = updatedBy
    }
}
