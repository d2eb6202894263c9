// A consulted agency (Träger öffentlicher Belange) known to one authority.
import FluentKit
import Foundation

public final class AgencyModel: Model, TenantOwned, @unchecked Sendable {
    public static let schema = "agencies"
    public static var tenantField: KeyPath<AgencyModel, FieldProperty<AgencyModel, UUID>> { \.$authorityID }

    @ID(key: .id) public var id: UUID?
    @Field(key: "authority_id") public var authorityID: UUID
    @Field(key: "name") public var name: String
    /// What the agency answers for, e.g. "Brandschutz" or "Denkmalschutz".
    @Field(key: "subject") public var subject: String
    @Field(key: "email") public var email: String
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}

    public init(id: UUID? = nil, authorityID: UUID, name: String, subject: String, email: String) {
        self.id = id
        self.authorityID = authorityID
        self.name = name
        self.subject = subject
        self.email = email
    }
}
