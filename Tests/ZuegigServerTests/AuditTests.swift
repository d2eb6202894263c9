// The audit chain over the demo data: intact as created, broken after one hand edit.
import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting
@testable import ZuegigServer
import ZuegigPersistence

struct AuditTests {
    @Test func demoDataVerifiesAndOneAlteredRowIsReportedAsTheFirstBrokenLink() async throws {
        try await TestApp.run { app in
            guard case .intact(let count) = try await AuditLog.verify(on: app.db) else {
                Issue.record("fresh demo chain should verify on \(TestApp.databaseName)")
                return
            }
            #expect(count > 10)

            let target = try #require(
                try await AuditEventModel.query(on: app.db).filter(\.$action == "case.created").sort(\.$sequence).first()
            )
            let sql = try #require(app.db as? any SQLDatabase)
            try await sql.raw("UPDATE audit_events SET payload = \(bind: "{\"title\":\"gefälscht\"}") WHERE chain = \(bind: target.chain) AND sequence = \(bind: target.sequence)").run()

            #expect(try await AuditLog.verify(on: app.db) == .broken(
                chain: target.chain, sequence: target.sequence, reason: "payload was changed: its hash no longer matches"
            ))
        }
    }

    @Test func creatingACaseWritesAnAuditEventInTheAuthoritysChain() async throws {
        try await TestApp.run { app in
            let before = try await AuditEventModel.query(on: app.db).filter(\.$action == "case.created").count()
            let token = try await app.token("antrag@demo.zuegig.de")
            let created = try await app.send(.POST, "/api/v1/cases", json: ["authority": "musterstadt", "title": "Dachausbau", "siteAddress": "Lindenweg 12, 12345 Musterstadt"], token: token)
            #expect(created.status == .created)
            let after = try await AuditEventModel.query(on: app.db).filter(\.$action == "case.created").sort(\.$sequence, .descending).all()
            #expect(after.count == before + 1)
            #expect(after.first?.actorLabel == "antrag@demo.zuegig.de")
            #expect(after.first?.payload.contains("Dachausbau") == true)
            #expect(try await AuditLog.verify(on: app.db) == .intact(records: try await AuditEventModel.query(on: app.db).count()))
        }
    }

    @Test func loginAndLogoutAreAuditedInTheAuthoritysChain() async throws {
        try await TestApp.run { app in
            let token = try await app.token("sachbearbeitung@demo.zuegig.de")
            var headers = HTTPHeaders()
            headers.bearerAuthorization = BearerAuthorization(token: token)
            try await app.testing().test(.DELETE, "/api/v1/auth/token", headers: headers) { #expect($0.status == .noContent) }
            let actions = try await AuditEventModel.query(on: app.db).filter(\.$actorLabel == "sachbearbeitung@demo.zuegig.de").all()
            #expect(Set(actions.map(\.action)) == ["session.started", "session.ended"])
            #expect(actions.allSatisfy { $0.chain.hasPrefix("authority:") })
        }
    }
}
