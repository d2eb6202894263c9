// Migration 001: authorities (tenants).
import FluentKit

struct M001CreateAuthorities: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(AuthorityModel.schema)
            .id()
            .field("slug", .string, .required)
            .field("name", .string, .required)
            .field("case_number_prefix", .string, .required)
            .field("time_zone", .string, .required)
            .field("created_at", .datetime)
            .unique(on: "slug")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(AuthorityModel.schema).delete()
    }
}
