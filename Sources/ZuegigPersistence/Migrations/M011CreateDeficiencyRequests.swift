// Migration 011: deficiency requests.
import FluentKit

struct M011CreateDeficiencyRequests: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(DeficiencyRequestModel.schema)
            .id()
            .field("authority_id", .uuid, .required, .references(AuthorityModel.schema, "id", onDelete: .restrict))
            .field("case_id", .uuid, .required, .references(CaseModel.schema, "id", onDelete: .cascade))
            .field("items", .string, .required)
            .field("message", .string, .required)
            .field("due_day", .string, .required)
            .field("requested_by", .uuid, .required)
            .field("answered_at", .datetime)
            .field("created_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(DeficiencyRequestModel.schema).delete()
    }
}
