// Migration 007: the hash-chained audit log and its chain heads.
import FluentKit
import ZuegigDomain

struct M007CreateAuditLog: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(AuditEventModel.schema)
            .id()
            .field("chain", .string, .required)
            .field("sequence", .int64, .required)
            .field("occurred_at_ms", .int64, .required)
            .field("authority_id", .uuid)
            .field("actor_id", .uuid)
            .field("actor_label", .string, .required)
            .field("action", .string, .required)
            .field("subject_type", .string, .required)
            .field("subject_id", .string, .required)
            .field("payload", .string, .required)
            .field("payload_hash", .string, .required)
            .field("previous_hash", .string, .required)
            .field("hash", .string, .required)
            .unique(on: "chain", "sequence")
            .create()
        try await database.schema(AuditHeadModel.schema)
            .field("chain", .string, .identifier(auto: false))
            .field("sequence", .int64, .required)
            .field("hash", .string, .required)
            .create()
        try await AuditLog.startChain(for: nil, on: database)
    }

    func revert(on database: any Database) async throws {
        try await database.schema(AuditHeadModel.schema).delete()
        try await database.schema(AuditEventModel.schema).delete()
    }
}
