// The hash chain: sealing, verifying, and finding the first altered, removed or cut-off record.
import Foundation
import Testing
@testable import ZuegigDomain

struct AuditChainTests {
    /// A stand-in digest that is deterministic and collision-free enough for chain logic (FNV-1a, 64 bit).
    static let chain = AuditChain(digest: { text in
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return String(hash, radix: 16)
    })

    static func makeChain(count: Int, name: String = "authority:a") -> [AuditRecord] {
        var records: [AuditRecord] = []
        var previous = AuditRecord.genesisHash
        for sequence in 1...count {
            let record = chain.seal(
                AuditRecord(
                    chain: name, sequence: Int64(sequence), occurredAtMillis: 1_800_000_000_000 + Int64(sequence),
                    authorityID: nil, actorID: nil, actorLabel: "tester", action: "case.created",
                    subjectType: "case", subjectID: "c\(sequence)", payload: "{\"n\":\"\(sequence)\"}"
                ),
                after: previous
            )
            records.append(record)
            previous = record.hash
        }
        return records
    }

    @Test func anUntouchedChainIsIntact() {
        let records = Self.makeChain(count: 5) + Self.makeChain(count: 3, name: "platform")
        #expect(Self.chain.verify(records.shuffled(), heads: ["authority:a": 5, "platform": 3]) == .intact(records: 8))
    }

    @Test("altering any field breaks the chain at that record", arguments: ["actorLabel", "action", "subjectID", "payload", "time"])
    func alteredField(field: String) {
        var records = Self.makeChain(count: 5)
        switch field {
        case "actorLabel": records[2].actorLabel += "x"
        case "action": records[2].action += "x"
        case "subjectID": records[2].subjectID += "x"
        case "payload": records[2].payload += "x"
        default: records[2].occurredAtMillis += 1
        }
        guard case .broken(_, let sequence, _) = Self.chain.verify(records) else {
            Issue.record("tampering was not detected")
            return
        }
        #expect(sequence == 3)
    }

    @Test func rehashingAnAlteredRecordBreaksTheNextLink() {
        var records = Self.makeChain(count: 4)
        records[1].action = "case.deleted"
        records[1] = Self.chain.seal(records[1], after: records[1].previousHash)
        #expect(Self.chain.verify(records) == .broken(chain: "authority:a", sequence: 3, reason: "previous hash does not match the hash of record 2"))
    }

    @Test func aRemovedRecordIsReported() {
        var records = Self.makeChain(count: 4)
        records.remove(at: 1)
        guard case .broken(_, let sequence, let reason) = Self.chain.verify(records) else {
            Issue.record("removal was not detected")
            return
        }
        #expect(sequence == 2)
        #expect(reason.contains("missing"))
    }

    @Test func cuttingOffTheEndIsReportedThroughTheHead() {
        let records = Array(Self.makeChain(count: 4).prefix(3))
        #expect(Self.chain.verify(records) == .intact(records: 3))
        guard case .broken(_, let sequence, _) = Self.chain.verify(records, heads: ["authority:a": 4]) else {
            Issue.record("truncation was not detected")
            return
        }
        #expect(sequence == 4)
    }
}
