// Migration 013: decisions.
import FluentKit

struct M013CreateDecisions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(DecisionModel.schema)
            .id()
            .field("authority_id", .uuid, .required, .references(AuthorityModel.schema, "id", onDelete: .restrict))
            .field("case_id", .uuid, .required, .references(CaseModel.schema, "id", onDelete: .cascade))
            .field("outcome", .string, .required)
            .field("conditions", .string, .required)
            .field("reasons", .string, .required)
            .field("fee_cents", .int64, .required)
            .field("fee_explanation", .string, .required)
            .field("drafted_by", .uuid, .required)
            .field("approved_by", .uuid)
            .field("approved_at", .datetime)
            .field("document_id", .uuid)
            .field("notice_text", .string)
            .field("pdf_producer", .string)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "case_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(DecisionModel.schema).delete()
    }
}
