// Passed deadlines take the effect their procedure file names, exactly once.
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import ZuegigServer
import ZuegigDomain
import ZuegigPersistence

/// A clock the test moves forward.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current = Date()

    var now: Date { lock.withLock { current } }
    func advance(days: Int) { lock.withLock { current = current.addingTimeInterval(Double(days) * 86_400) } }
}

struct DeadlineSweepTests {
    @Test func passedDeadlinesGrantDeemedApprovalConsentAndCompletenessOnce() async throws {
        let clock = TestClock()
        try await TestApp.run(now: { clock.now }) { app in
            let inAssessment = try await app.demoCaseID("Umbau einer Scheune zum Wohnhaus")
            let inConsultation = try await app.demoCaseID("Anbau eines Wintergartens")
            let submitted = try await app.demoCaseID("Neubau Einfamilienhaus mit Garage")

            // Before the end nothing happens; the reminder shows once its day has come.
            #expect(try await DeadlineSweeper(database: app.db, services: app.zuegig).sweep() == .init())
            clock.advance(days: 27)
            // Tokens live hours, not weeks: log in on the new day.
            var worker = FlowClient(app: app, token: try await app.token("sachbearbeitung@demo.zuegig.de"))
            let soon = try await worker.step(.GET, "/api/v1/cases/\(inAssessment)")
            #expect(soon.deadlines.contains { $0.label.contains("Genehmigungsfiktion") && $0.reminderDue })

            clock.advance(days: 13)
            let report = try await DeadlineSweeper(database: app.db, services: app.zuegig).sweep()
            #expect(report.deemedApprovals == 1)
            #expect(report.deemedConsents == 1)
            #expect(report.deemedComplete == 1)
            #expect(try await DeadlineSweeper(database: app.db, services: app.zuegig).sweep() == .init(), "nothing twice")
            worker = FlowClient(app: app, token: try await app.token("sachbearbeitung@demo.zuegig.de"))

            let approved = try await worker.step(.GET, "/api/v1/cases/\(inAssessment)")
            #expect(approved.summary.step == "decided")
            #expect(approved.decision?.outcome == "deemedApproval")
            let certificate = try await worker.expect(.GET, "/api/v1/cases/\(inAssessment)/decision/document?format=html", status: .ok).body.string
            #expect(certificate.contains("Genehmigungsfiktion"))
            #expect(certificate.contains("§ 69 Abs. 3 und Abs. 4 Satz 3 BauO Bln"))

            let consulted = try await worker.step(.GET, "/api/v1/cases/\(inConsultation)")
            #expect(consulted.consultations.allSatisfy { $0.status == "deemedConsent" })
            #expect(try await worker.step(.GET, "/api/v1/cases/\(submitted)").summary.step == "complete")

            let expiries = try await AuditEventModel.query(on: app.db).filter(\.$action == "case.deadlineExpired").all()
            #expect(expiries.contains { $0.payload.contains("deemedApproval") && $0.actorLabel == "system:fristen" })
            guard case .intact = try await AuditLog.verify(on: app.db) else {
                Issue.record("audit chain broken by the sweep")
                return
            }
        }
    }
}
