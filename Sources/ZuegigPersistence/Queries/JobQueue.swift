// The job table as a queue: jobs are claimed atomically with UPDATE ... RETURNING (SQLite 3.35+ and
// PostgreSQL), so several workers never run the same job; a job whose worker died is taken again
// once its lock is stale.
import FluentKit
import Foundation
import SQLKit

public enum JobQueue {
    public static let staleAfter: TimeInterval = 15 * 60
    public static let maximumAttempts = 3

    public struct Claimed: Sendable {
        public let id: UUID
        public let kind: String
        public let subject: String
        public let attempts: Int
    }

    public static func enqueue(kind: String, subject: String, authorityID: UUID?, at now: Date, on database: any Database) async throws {
        try await JobModel(authorityID: authorityID, kind: kind, subject: subject, runAfter: now).create(on: database)
    }

    public static func claim(now: Date, on database: any Database) async throws -> Claimed? {
        guard let sql = database as? any SQLDatabase else { return nil }
        let stale = now.addingTimeInterval(-staleAfter)
        let rows = try await sql.raw("""
            UPDATE jobs SET state = 'running', locked_at = \(bind: now), attempts = attempts + 1, updated_at = \(bind: now)
            WHERE id = (SELECT id FROM jobs
                        WHERE (state = 'queued' AND run_after <= \(bind: now)) OR (state = 'running' AND locked_at < \(bind: stale))
                        ORDER BY run_after LIMIT 1)
              AND (state = 'queued' OR (state = 'running' AND locked_at < \(bind: stale)))
            RETURNING id, kind, subject, attempts
            """).all()
        guard let row = rows.first else { return nil }
        return Claimed(
            id: try row.decode(column: "id", as: UUID.self), kind: try row.decode(column: "kind", as: String.self),
            subject: try row.decode(column: "subject", as: String.self), attempts: try row.decode(column: "attempts", as: Int.self)
        )
    }

    public static func finish(_ job: Claimed, at now: Date, on database: any Database) async throws {
        try await JobModel.query(on: database).filter(\.$id == job.id)
            .set(\.$state, to: .done).set(\.$lockedAt, to: nil).set(\.$updatedAt, to: now).update()
    }

    /// Puts the job back with a growing delay, or marks it failed after the last attempt.
    public static func fail(_ job: Claimed, error: String, at now: Date, on database: any Database) async throws {
        let final = job.attempts >= maximumAttempts
        try await JobModel.query(on: database).filter(\.$id == job.id)
            .set(\.$state, to: final ? .failed : .queued).set(\.$lockedAt, to: nil)
            .set(\.$runAfter, to: now.addingTimeInterval(Double(60 * job.attempts)))
            .set(\.$lastError, to: String(error.prefix(500))).set(\.$updatedAt, to: now).update()
    }

    public static func pendingCount(on database: any Database) async throws -> Int {
        try await JobModel.query(on: database).filter(\.$state ~~ [.queued, .running]).count()
    }
}
