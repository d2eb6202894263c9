// Migration 010: deadlines of cases.
import FluentKit
import SQLKit

struct M010CreateDeadlines: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(DeadlineModel.schema)
            .id()
            .field("authority_id", .uuid, .required, .references(AuthorityModel.schema, "id", onDelete: .restrict))
            .field("case_id", .uuid, .required, .references(CaseModel.schema, "id", onDelete: .cascade))
            .field("definition_id", .string, .required)
            .field("label", .string, .required)
            .field("legal_basis", .string, .required)
            .field("start_day", .string, .required)
            .field("due_day", .string, .required)
            .field("note", .string, .required)
            .field("status", .string, .required)
            .field("on_expiry", .string, .required)
            .field("owed_by", .string, .required)
            .field("reminder_days", .string, .required)
            .field("closed_at", .datetime)
            .field("created_at", .datetime)
            .create()
        if let sql = database as? any SQLDatabase {
            try await sql.create(index: "deadlines_case_idx").on(DeadlineModel.schema).column("case_id").run()
            try await sql.create(index: "deadlines_due_idx").on(DeadlineModel.schema).column("status").column("due_day").run()
        }
    }

    func revert(on database: any Database) async throws {
        try await database.schema(DeadlineModel.schema).delete()
    }
}
