// Links audit records into a hash chain and verifies it. The hash function is passed in,
// so this stays free of crypto libraries; production passes SHA-256.
import Foundation

public struct AuditChain: Sendable {
    public typealias Digest = @Sendable (String) -> String

    public enum Verification: Sendable, Hashable {
        case intact(records: Int)
        case broken(chain: String, sequence: Int64, reason: String)
    }

    let digest: Digest

    public init(digest: @escaping Digest) {
        self.digest = digest
    }

    /// Fills in `payloadHash`, `previousHash` and `hash` of a record that follows `previousHash`.
    public func seal(_ record: AuditRecord, after previousHash: String) -> AuditRecord {
        var sealed = record
        sealed.payloadHash = digest(record.payload)
        sealed.previousHash = previousHash
        sealed.hash = linkHash(of: sealed)
        return sealed
    }

    /// The hash over every field of a record and its predecessor's hash. Each field is
    /// length-prefixed so that no two different records encode to the same text.
    public func linkHash(of record: AuditRecord) -> String {
        let fields = [
            record.chain, String(record.sequence), String(record.occurredAtMillis),
            record.authorityID?.uuidString.lowercased() ?? "", record.actorID?.uuidString.lowercased() ?? "",
            record.actorLabel, record.action, record.subjectType, record.subjectID,
            record.payloadHash, record.previousHash,
        ]
        return digest(fields.map { "\($0.utf8.count):\($0)" }.joined(separator: "|"))
    }

    /// Recomputes every chain and reports the first broken link (by chain, then sequence).
    /// `heads` holds the last sequence number recorded per chain, so that records cut off
    /// at the end of a chain are noticed too.
    public func verify(_ records: [AuditRecord], heads: [String: Int64] = [:]) -> Verification {
        let chains = Dictionary(grouping: records, by: \.chain)
        for name in Set(chains.keys).union(heads.keys).sorted() {
            let links = (chains[name] ?? []).sorted { $0.sequence < $1.sequence }
            if let broken = firstBreak(in: links, chain: name) { return broken }
            let last = links.last?.sequence ?? 0
            if let head = heads[name], head != last {
                return .broken(chain: name, sequence: last + 1, reason: "chain head says \(head) records, found \(last)")
            }
        }
        return .intact(records: records.count)
    }

    func firstBreak(in links: [AuditRecord], chain: String) -> Verification? {
        var expectedPrevious = AuditRecord.genesisHash
        var expectedSequence: Int64 = 1
        for record in links {
            func broken(_ reason: String) -> Verification {
                .broken(chain: chain, sequence: record.sequence, reason: reason)
            }
            if record.sequence != expectedSequence {
                return .broken(chain: chain, sequence: expectedSequence, reason: "record missing: expected sequence \(expectedSequence), found \(record.sequence)")
            }
            if record.previousHash != expectedPrevious {
                return broken("previous hash does not match the hash of record \(record.sequence - 1)")
            }
            if digest(record.payload) != record.payloadHash {
                return broken("payload was changed: its hash no longer matches")
            }
            if linkHash(of: record) != record.hash {
                return broken("record was changed: its hash no longer matches its fields")
            }
            expectedPrevious = record.hash
            expectedSequence += 1
        }
        return nil
    }
}
