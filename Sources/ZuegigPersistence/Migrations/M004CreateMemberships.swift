// Migration 004: staff memberships (user, authority, role).
import FluentKit

struct M004CreateMemberships: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(MembershipModel.schema)
            .id()
            .field("user_id", .uuid, .required, .references(UserModel.schema, "id", onDelete: .cascade))
            .field("authority_id", .uuid, .required, .references(AuthorityModel.schema, "id", onDelete: .cascade))
            .field("role", .string, .required)
            .field("agency_id", .uuid, .references(AgencyModel.schema, "id", onDelete: .setNull))
            .unique(on: "user_id", "authority_id", "role")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(MembershipModel.schema).delete()
    }
}
