// Tenant isolation and applicant privacy: what others may not see answers 404, never the data.
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import ZuegigServer

struct IsolationTests {
    @Test func anApplicantCannotReadAnotherApplicantsCase() async throws {
        try await TestApp.run { app in
            let caseOfFirst = try await app.demoCaseID("Neubau Einfamilienhaus mit Garage")
            let owner = try await app.token("antrag@demo.zuegig.de")
            let other = try await app.token("antrag2@demo.zuegig.de")
            #expect(try await app.get("/api/v1/cases/\(caseOfFirst)", token: owner).status == .ok)
            let foreign = try await app.get("/api/v1/cases/\(caseOfFirst)", token: other)
            #expect(foreign.status == .notFound, "on \(TestApp.databaseName)")
            #expect(!foreign.body.string.contains("Lindenweg"))
            #expect(!(try await app.get("/api/v1/cases", token: other).body.string.contains("Einfamilienhaus")))
        }
    }

    @Test func aCaseWorkerOfOneAuthorityCanNeitherListNorReadAnothersCases() async throws {
        try await TestApp.run { app in
            let caseInA = try await app.demoCaseID("Neubau Einfamilienhaus mit Garage")
            let caseInB = try await app.demoCaseID("Neubau einer Doppelhaushälfte")
            let workerA = try await app.token("sachbearbeitung@demo.zuegig.de")
            let workerB = try await app.token("sachbearbeitung@beispielhausen.demo.zuegig.de")

            let listB = try await app.get("/api/v1/cases", token: workerB).content.decode(CasePageDTO.self)
            #expect(listB.items.map(\.title) == ["Neubau einer Doppelhaushälfte"], "on \(TestApp.databaseName)")
            #expect(try await app.get("/api/v1/cases/\(caseInA)", token: workerB).status == .notFound)
            #expect(try await app.get("/api/v1/cases/\(caseInB)", token: workerA).status == .notFound)

            let listA = try await app.get("/api/v1/cases", token: workerA).content.decode(CasePageDTO.self)
            #expect(listA.items.allSatisfy { $0.authority.slug == "musterstadt" })
            #expect(listA.items.count == 4, "four submitted cases; the draft stays private")
        }
    }

    @Test func draftsArePrivateToTheirApplicant() async throws {
        try await TestApp.run { app in
            let draft = try await app.demoCaseID("Errichtung eines Carports")
            #expect(try await app.get("/api/v1/cases/\(draft)", token: try await app.token("antrag@demo.zuegig.de")).status == .ok)
            #expect(try await app.get("/api/v1/cases/\(draft)", token: try await app.token("sachbearbeitung@demo.zuegig.de")).status == .notFound)
        }
    }

    @Test func anApplicantWorksWithEveryAuthorityAndSeesOnlyOwnCases() async throws {
        try await TestApp.run { app in
            let owner = try await app.token("antrag@demo.zuegig.de")
            let page = try await app.get("/api/v1/cases", token: owner).content.decode(CasePageDTO.self)
            #expect(Set(page.items.map(\.authority.slug)) == ["musterstadt", "beispielhausen"])
            #expect(page.items.count == 4)
        }
    }

    @Test func casesArePagedWithACursor() async throws {
        try await TestApp.run { app in
            let worker = try await app.token("sachbearbeitung@demo.zuegig.de")
            var seen: [UUID] = []
            var cursor: String?
            repeat {
                let path = "/api/v1/cases?limit=3" + (cursor.map { "&cursor=\($0)" } ?? "")
                let page = try await app.get(path, token: worker).content.decode(CasePageDTO.self)
                seen += page.items.map(\.id)
                cursor = page.nextCursor
            } while cursor != nil
            #expect(seen.count == 4)
            #expect(Set(seen).count == 4)
            #expect(try await app.get("/api/v1/cases?limit=0", token: worker).status == .badRequest)
            #expect(try await app.get("/api/v1/cases?cursor=kaputt", token: worker).status == .badRequest)
        }
    }

    @Test func applicantsCreateDraftsAndStaffMayNot() async throws {
        try await TestApp.run { app in
            let applicant = try await app.token("antrag2@demo.zuegig.de")
            let created = try await app.send(.POST, "/api/v1/cases", json: ["authority": "beispielhausen", "title": "Gartenhaus", "siteAddress": "Talweg 2, 54321 Beispielhausen"], token: applicant)
            #expect(created.status == .created)
            let dto = try created.content.decode(CaseDetailDTO.self).summary
            #expect(dto.step == "draft")
            #expect(dto.number == nil)
            #expect(dto.procedure == "mbo-vereinfacht", "Beispielhausen follows the MBO")
            let worker = try await app.token("sachbearbeitung@demo.zuegig.de")
            let denied = try await app.send(.POST, "/api/v1/cases", json: ["authority": "musterstadt", "title": "Gartenhaus", "siteAddress": "Talweg 2"], token: worker)
            #expect(denied.status == .forbidden)
            let invalid = try await app.send(.POST, "/api/v1/cases", json: ["authority": "musterstadt", "title": "G", "siteAddress": "x"], token: applicant)
            #expect(invalid.status == .badRequest)
            #expect(invalid.problem?.errors?["title"] != nil)
        }
    }

    @Test func theAuditLogShowsOnlyTheOwnAuthorityAndOnlyToSupervisors() async throws {
        try await TestApp.run { app in
            let caseInA = try await app.demoCaseID("Neubau Einfamilienhaus mit Garage")
            let supervisorB = try await app.token("leitung@beispielhausen.demo.zuegig.de")
            let events = try await app.get("/api/v1/audit/events?limit=200", token: supervisorB).content.decode([AuditEventDTO].self)
            #expect(events.contains { $0.action == "case.created" })
            #expect(!events.contains { $0.subjectID.lowercased() == caseInA })
            let worker = try await app.token("sachbearbeitung@demo.zuegig.de")
            #expect(try await app.get("/api/v1/audit/events", token: worker).status == .forbidden)
            #expect(try await app.get("/api/v1/audit/events", token: try await app.token("antrag@demo.zuegig.de")).status == .forbidden)
        }
    }
}
