// Migration 003: consulted agencies per authority.
import FluentKit

struct M003CreateAgencies: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(AgencyModel.schema)
            .id()
            .field("authority_id", .uuid, .required, .references(AuthorityModel.schema, "id", onDelete: .cascade))
            .field("name", .string, .required)
            .field("subject", .string, .required)
            .field("email", .string, .required)
            .field("created_at", .datetime)
            .unique(on: "authority_id", "name")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(AgencyModel.schema).delete()
    }
}
