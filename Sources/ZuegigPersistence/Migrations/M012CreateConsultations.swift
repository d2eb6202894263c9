// Migration 012: consultations of agencies and their statements.
import FluentKit

struct M012CreateConsultations: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ConsultationModel.schema)
            .id()
            .field("authority_id", .uuid, .required, .references(AuthorityModel.schema, "id", onDelete: .restrict))
            .field("case_id", .uuid, .required, .references(CaseModel.schema, "id", onDelete: .cascade))
            .field("agency_id", .uuid, .required, .references(AgencyModel.schema, "id", onDelete: .restrict))
            .field("due_day", .string, .required)
            .field("status", .string, .required)
            .field("verdict", .string)
            .field("statement", .string)
            .field("conditions", .string, .required)
            .field("answered_by", .uuid)
            .field("answered_at", .datetime)
            .field("created_at", .datetime)
            .unique(on: "case_id", "agency_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ConsultationModel.schema).delete()
    }
}
