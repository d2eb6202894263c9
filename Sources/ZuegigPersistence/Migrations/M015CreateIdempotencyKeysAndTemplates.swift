// Migration 015: idempotency keys and per-authority letter templates.
import FluentKit

struct M015CreateIdempotencyKeysAndTemplates: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(IdempotencyKeyModel.schema)
            .id()
            .field("user_id", .uuid, .required, .references(UserModel.schema, "id", onDelete: .cascade))
            .field("key", .string, .required)
            .field("request", .string, .required)
            .field("status", .int, .required)
            .field("body", .string, .required)
            .field("created_at", .datetime)
            .unique(on: "user_id", "key")
            .create()
        try await database.schema(TemplateModel.schema)
            .id()
            .field("authority_id", .uuid, .required, .references(AuthorityModel.schema, "id", onDelete: .cascade))
            .field("name", .string, .required)
            .field("body", .string, .required)
            .field("updated_by", .uuid, .required)
            .field("updated_at", .datetime)
            .unique(on: "authority_id", "name")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(TemplateModel.schema).delete()
        try await database.schema(IdempotencyKeyModel.schema).delete()
    }
}
