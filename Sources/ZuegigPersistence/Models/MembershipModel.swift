// A staff user's role in one authority; agency members also name the agency they speak for.
import FluentKit
import Foundation
import ZuegigDomain

public final class MembershipModel: Model, TenantOwned, @unchecked Sendable {
    public static let schema = "memberships"
    public static var tenantField: KeyPath<MembershipModel, FieldProperty<MembershipModel, UUID>> { \.$authorityID }

    @ID(key: .id) public var id: UUID?
    @Field(key: "user_id") public var userID: UUID
    @Field(key: "authority_id") public var authorityID: UUID
    @Enum(key: "role") public var role: StaffRole
    @OptionalField(key: "agency_id") public var agencyID: UUID?

    public init() {}

    public init(id: UUID? = nil, userID: UUID, authorityID: UUID, role: StaffRole, agencyID: UUID? = nil) {
        self.id = id
        self.userID = userID
        self.authorityID = authorityID
        self.role = role
        self.agencyID = agencyID
    }
}
