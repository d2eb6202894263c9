// Tenant scoping, case numbering and the audit log against a real SQLite database.
import FluentKit
import Foundation
import SQLKit
import Testing
import ZuegigDomain
@testable import ZuegigPersistence
import ZuegigTestSupport

struct PersistenceTests {
    /// Runs `body` on a fresh database and shuts it down on every path (a pool left open traps in its deinit).
    func withDatabase(path: String? = nil, _ body: (any Database) async throws -> Void) async throws {
        let test = try await SQLiteTestDatabase(path: path)
        do {
            try await body(test.database)
        } catch {
            await test.shutdown()
            throw error
        }
        await test.shutdown()
    }

    func makeAuthority(_ slug: String, on db: any Database) async throws -> AuthorityModel {
        let authority = AuthorityModel(slug: slug, name: "Bauaufsicht \(slug)")
        try await authority.create(on: db)
        try await AuditLog.startChain(for: authority.id, on: db)
        return authority
    }

    @Test func aScopeSeesOnlyItsOwnAuthoritysRows() async throws {
        try await withDatabase { db in
            let a = try await makeAuthority("a", on: db), b = try await makeAuthority("b", on: db)
            let applicant = UserModel(email: "x@example.de", displayName: "X", kind: .applicant, passwordHash: nil)
            try await applicant.create(on: db)
            let scopeA = TenantScope(authorityID: try a.requireID(), database: db)
            let scopeB = TenantScope(authorityID: try b.requireID(), database: db)
            let caseOfB = CaseModel(authorityID: UUID(), title: "T", siteAddress: "Weg 1", procedure: "p", applicantID: try applicant.requireID())
            try await scopeB.create(caseOfB)

            #expect(caseOfB.authorityID == b.id, "create sets the scope's tenant")
            #expect(try await scopeA.find(CaseModel.self, try caseOfB.requireID()) == nil)
            #expect(try await scopeB.find(CaseModel.self, try caseOfB.requireID())?.id == caseOfB.id)
            #expect(try await scopeA.query(CaseModel.self).count() == 0)
        }
    }

    @Test func caseNumbersCountPerAuthorityAndYear() async throws {
        try await withDatabase { db in
            let a = try await makeAuthority("a", on: db), b = try await makeAuthority("b", on: db)
            let first = try await CaseNumbering.next(for: a, year: 2026, on: db)
            let second = try await CaseNumbering.next(for: a, year: 2026, on: db)
            let otherAuthority = try await CaseNumbering.next(for: b, year: 2026, on: db)
            let nextYear = try await CaseNumbering.next(for: a, year: 2027, on: db)
            #expect([first, second, otherAuthority, nextYear].map(\.description) == ["BG-2026-00001", "BG-2026-00002", "BG-2026-00001", "BG-2027-00001"])
        }
    }

    @Test func appendedEventsVerifyAndAHandEditedRowIsFound() async throws {
        try await withDatabase { db in
            let a = try await makeAuthority("a", on: db)
            for index in 1...4 {
                try await db.transaction { tx in
                    try await AuditLog.append(
                        AuditEntry(authorityID: a.id, actorID: nil, actorLabel: "t", action: "test.\(index)", subjectType: "x", subjectID: "\(index)"),
                        at: Date(), on: tx
                    )
                }
            }
            #expect(try await AuditLog.verify(on: db) == .intact(records: 4))

            let sql = try #require(db as? any SQLDatabase)
            try await sql.raw("UPDATE audit_events SET actor_label = 'mallory' WHERE sequence = 3").run()
            guard case .broken(_, let sequence, _) = try await AuditLog.verify(on: db) else {
                Issue.record("the edited row was not found")
                return
            }
            #expect(sequence == 3)
        }
    }

    @Test func concurrentAppendsKeepOneUnbrokenChain() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("zuegig-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try await withDatabase(path: path) { db in
            let authority = try await makeAuthority("a", on: db)
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 0..<40 {
                    let entry = AuditEntry(authorityID: authority.id, actorID: nil, actorLabel: "t", action: "a", subjectType: "x", subjectID: "\(index)")
                    let database = db
                    group.addTask { () async throws -> Void in
                        try await database.transaction { tx in
                            _ = try await AuditLog.append(entry, at: Date(), on: tx)
                        }
                    }
                }
                try await group.waitForAll()
            }
            #expect(try await AuditLog.verify(on: db) == .intact(records: 40))
        }
    }
}
