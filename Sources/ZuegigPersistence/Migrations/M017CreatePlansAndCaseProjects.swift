// Migration 017: development plans read from XPlanGML, and the project data of a case.
import FluentKit
import SQLKit

struct M017CreatePlansAndCaseProjects: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(PlanModel.schema)
            .id()
            .field("authority_id", .uuid, .required, .references(AuthorityModel.schema, "id", onDelete: .restrict))
            .field("gml_id", .string, .required)
            .field("name", .string, .required)
            .field("number", .string)
            .field("version", .string, .required)
            .field("srs", .string)
            .field("min_x", .double)
            .field("min_y", .double)
            .field("max_x", .double)
            .field("max_y", .double)
            .field("feature_count", .int, .required)
            .field("source_sha256", .string, .required)
            .field("source_bytes", .int, .required)
            .field("plan", .string, .required)
            .field("created_by", .uuid, .required)
            .field("created_at", .datetime)
            .create()
        try await database.schema(CaseProjectModel.schema)
            .id()
            .field("authority_id", .uuid, .required, .references(AuthorityModel.schema, "id", onDelete: .restrict))
            .field("case_id", .uuid, .required, .references(CaseModel.schema, "id", onDelete: .cascade))
            .field("project", .string, .required)
            .field("min_x", .double, .required)
            .field("min_y", .double, .required)
            .field("max_x", .double, .required)
            .field("max_y", .double, .required)
            .field("plan_id", .uuid, .references(PlanModel.schema, "id", onDelete: .setNull))
            .field("updated_by", .uuid, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "case_id")
            .create()
        if let sql = database as? any SQLDatabase {
            try await sql.create(index: "plans_authority_box_idx").on(PlanModel.schema).column("authority_id").column("min_x").column("max_x").run()
        }
    }

    func revert(on database: any Database) async throws {
        try await database.schema(CaseProjectModel.schema).delete()
        try await database.schema(PlanModel.schema).delete()
    }
}
