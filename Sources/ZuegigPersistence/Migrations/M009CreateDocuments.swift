// Migration 009: documents of cases.
import FluentKit
import SQLKit

struct M009CreateDocuments: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(DocumentModel.schema)
            .id()
            .field("authority_id", .uuid, .required, .references(AuthorityModel.schema, "id", onDelete: .restrict))
            .field("case_id", .uuid, .required, .references(CaseModel.schema, "id", onDelete: .cascade))
            .field("kind", .string, .required)
            .field("file_name", .string, .required)
            .field("media_type", .string, .required)
            .field("size_bytes", .int64, .required)
            .field("sha256", .string, .required)
            .field("version", .int, .required)
            .field("original_id", .uuid)
            .field("uploaded_by", .uuid, .required)
            .field("created_at", .datetime)
            .create()
        if let sql = database as? any SQLDatabase {
            try await sql.create(index: "documents_case_idx").on(DocumentModel.schema).column("case_id").run()
        }
    }

    func revert(on database: any Database) async throws {
        try await database.schema(DocumentModel.schema).delete()
    }
}
