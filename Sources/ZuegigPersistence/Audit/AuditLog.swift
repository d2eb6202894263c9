// Appends events to the hash-chained audit log and verifies it. Call `append` inside the
// transaction of the change it records, so that both land or neither does.
import Crypto
import FluentKit
import Foundation
import SQLKit
import ZuegigDomain

public struct AuditEntry: Sendable {
    public var authorityID: UUID?
    public var actorID: UUID?
    public var actorLabel: String
    public var action: String
    public var subjectType: String
    public var subjectID: String
    public var payload: [String: String]

    public init(
        authorityID: UUID?, actorID: UUID?, actorLabel: String, action: String,
        subjectType: String, subjectID: String, payload: [String: String] = [:]
    ) {
        self.authorityID = authorityID
        self.actorID = actorID
        self.actorLabel = actorLabel
        self.action = action
        self.subjectType = subjectType
        self.subjectID = subjectID
        self.payload = payload
    }
}

public enum AuditLog {
    public enum Failure: Error {
        case noSQLDatabase
        case chainHeadMissing(String)
    }

    public static let chain = AuditChain(digest: sha256Hex)

    @Sendable public static func sha256Hex(_ text: String) -> String {
        SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// Creates the head of a new chain (one per authority); call when the authority is created.
    public static func startChain(for authorityID: UUID?, on database: any Database) async throws {
        let name = AuditRecord.chainName(for: authorityID)
        guard try await AuditHeadModel.find(name, on: database) == nil else { return }
        try await AuditHeadModel(chain: name, sequence: 0, hash: AuditRecord.genesisHash).create(on: database)
    }

    @discardableResult
    public static func append(_ entry: AuditEntry, at time: Date, on database: any Database) async throws -> AuditRecord {
        guard let sql = database as? any SQLDatabase else { throw Failure.noSQLDatabase }
        let name = AuditRecord.chainName(for: entry.authorityID)
        // The update comes first: it locks the head row until the transaction ends.
        let head = try await sql.raw("""
            UPDATE audit_heads SET sequence = sequence + 1 WHERE chain = \(bind: name) RETURNING sequence, hash
            """).first()
        guard let head else { throw Failure.chainHeadMissing(name) }
        let sequence = try head.decode(column: "sequence", as: Int64.self)
        let previous = try head.decode(column: "hash", as: String.self)
        let record = chain.seal(
            AuditRecord(
                chain: name, sequence: sequence, occurredAtMillis: Int64((time.timeIntervalSince1970 * 1000).rounded(.down)),
                authorityID: entry.authorityID, actorID: entry.actorID, actorLabel: entry.actorLabel,
                action: entry.action, subjectType: entry.subjectType, subjectID: entry.subjectID,
                payload: canonicalJSON(entry.payload)
            ),
            after: previous
        )
        try await AuditEventModel(record).create(on: database)
        try await sql.raw("UPDATE audit_heads SET hash = \(bind: record.hash) WHERE chain = \(bind: name)").run()
        return record
    }

    /// Recomputes every chain from the stored rows.
    public static func verify(on database: any Database) async throws -> AuditChain.Verification {
        let records = try await AuditEventModel.query(on: database).all().map(\.record)
        let heads = try await AuditHeadModel.query(on: database).all()
        let headSequences = Dictionary(uniqueKeysWithValues: heads.compactMap { head in head.id.map { ($0, head.sequence) } })
        return chain.verify(records, heads: headSequences)
    }

    static func canonicalJSON(_ payload: [String: String]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(payload) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
