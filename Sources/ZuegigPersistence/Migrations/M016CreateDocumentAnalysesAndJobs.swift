// Migration 016: document text and analysis, reviews of suggestions, and the job table.
import FluentKit
import SQLKit

struct M016CreateDocumentAnalysesAndJobs: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(DocumentAnalysisModel.schema)
            .id()
            .field("authority_id", .uuid, .required, .references(AuthorityModel.schema, "id", onDelete: .restrict))
            .field("document_id", .uuid, .required, .references(DocumentModel.schema, "id", onDelete: .cascade))
            .field("text_status", .string, .required)
            .field("text_message", .string)
            .field("pages", .string, .required)
            .field("suggested_kind", .string)
            .field("confidence", .double)
            .field("analysis", .string, .required)
            .field("model", .string, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "document_id")
            .create()
        try await database.schema(DocumentReviewModel.schema)
            .id()
            .field("authority_id", .uuid, .required, .references(AuthorityModel.schema, "id", onDelete: .restrict))
            .field("document_id", .uuid, .required, .references(DocumentModel.schema, "id", onDelete: .cascade))
            .field("subject", .string, .required)
            .field("suggested", .string)
            .field("accepted_value", .string, .required)
            .field("verdict", .string, .required)
            .field("reviewer_id", .uuid, .required)
            .field("created_at", .datetime)
            .create()
        try await database.schema(JobModel.schema)
            .id()
            .field("authority_id", .uuid)
            .field("kind", .string, .required)
            .field("subject", .string, .required)
            .field("state", .string, .required)
            .field("attempts", .int, .required)
            .field("run_after", .datetime, .required)
            .field("locked_at", .datetime)
            .field("last_error", .string)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
        if let sql = database as? any SQLDatabase {
            try await sql.create(index: "jobs_state_idx").on(JobModel.schema).column("state").column("run_after").run()
            try await sql.create(index: "document_reviews_document_idx").on(DocumentReviewModel.schema).column("document_id").run()
        }
    }

    func revert(on database: any Database) async throws {
        try await database.schema(JobModel.schema).delete()
        try await database.schema(DocumentReviewModel.schema).delete()
        try await database.schema(DocumentAnalysisModel.schema).delete()
    }
}
