// Migration 014: inspections.
import FluentKit

struct M014CreateInspections: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(InspectionModel.schema)
            .id()
            .field("authority_id", .uuid, .required, .references(AuthorityModel.schema, "id", onDelete: .restrict))
            .field("case_id", .uuid, .required, .references(CaseModel.schema, "id", onDelete: .cascade))
            .field("kind", .string, .required)
            .field("legal_basis", .string, .required)
            .field("result", .string)
            .field("findings", .string, .required)
            .field("recorded_by", .uuid)
            .field("recorded_at", .datetime)
            .field("created_at", .datetime)
            .unique(on: "case_id", "kind")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(InspectionModel.schema).delete()
    }
}
