// Migration 019: whether a visit request's coordinates are known (requests created from a case
// without project data have none until someone enters them; the planner leaves them out), and the
// photos of a visit's protocol.
import FluentKit
import SQLKit

struct M019ExtendSiteVisits: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(VisitRequestModel.schema)
            .field("located", .bool, .required, .custom(SQLColumnConstraintAlgorithm.default(true))).update()
        try await database.schema(VisitPhotoModel.schema)
            .id()
            .field("authority_id", .uuid, .required, .references(AuthorityModel.schema, "id", onDelete: .restrict))
            .field("visit_id", .uuid, .required, .references(VisitRequestModel.schema, "id", onDelete: .cascade))
            .field("file_name", .string, .required)
            .field("media_type", .string, .required)
            .field("size_bytes", .int, .required)
            .field("sha256", .string, .required)
            .field("created_by", .uuid, .required)
            .field("created_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(VisitPhotoModel.schema).delete()
        try await database.schema(VisitRequestModel.schema).deleteField("located").update()
    }
}
