// Migration 006: cases and the per-authority, per-year case number counters.
import FluentKit
import SQLKit

struct M006CreateCases: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(CaseModel.schema)
            .id()
            .field("authority_id", .uuid, .required, .references(AuthorityModel.schema, "id", onDelete: .restrict))
            .field("number", .string)
            .field("title", .string, .required)
            .field("site_address", .string, .required)
            .field("procedure", .string, .required)
            .field("step", .string, .required)
            .field("applicant_id", .uuid, .required, .references(UserModel.schema, "id", onDelete: .restrict))
            .field("architect_id", .uuid, .references(UserModel.schema, "id", onDelete: .setNull))
            .field("submitted_at", .datetime)
            .field("version", .int, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "authority_id", "number")
            .create()
        try await database.schema("case_number_counters")
            .field("authority_id", .uuid, .required, .references(AuthorityModel.schema, "id", onDelete: .cascade))
            .field("year", .int, .required)
            .field("last_sequence", .int, .required)
            .unique(on: "authority_id", "year")
            .create()
        if let sql = database as? any SQLDatabase {
            try await sql.create(index: "cases_authority_step_idx").on(CaseModel.schema).column("authority_id").column("step").run()
            try await sql.create(index: "cases_applicant_idx").on(CaseModel.schema).column("applicant_id").run()
        }
    }

    func revert(on database: any Database) async throws {
        try await database.schema("case_number_counters").delete()
        try await database.schema(CaseModel.schema).delete()
    }
}
