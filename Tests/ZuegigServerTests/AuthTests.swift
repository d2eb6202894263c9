// API login, lock-out, logout, registration with password rules, password change.
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import ZuegigServer

struct AuthTests {
    @Test func tokenLoginReturnsTokenAndExpiry() async throws {
        try await TestApp.run { app in
            let response = try await app.send(.POST, "/api/v1/auth/token", json: ["username": "Sachbearbeitung@demo.zuegig.de", "password": "zuegig-demo"])
            #expect(response.status == .created)
            let token = try response.content.decode(TokenResponse.self)
            #expect(token.token.count >= 40)
            #expect(token.expiresAt > Date())
            let me = try await app.get("/api/v1/me", token: token.token)
            #expect(me.status == .ok)
            #expect(me.body.string.contains("caseWorker"))
            #expect(me.body.string.contains("musterstadt"))
        }
    }

    @Test func wrongPasswordIsA401ProblemInGerman() async throws {
        try await TestApp.run { app in
            let response = try await app.send(.POST, "/api/v1/auth/token", json: ["username": "leitung@demo.zuegig.de", "password": "falsch-falsch"])
            #expect(response.status == .unauthorized)
            #expect(response.headers.contentType?.description.hasPrefix("application/problem+json") == true)
            #expect(response.problem?.detail == "E-Mail-Adresse oder Passwort ist falsch.")
            let unknown = try await app.send(.POST, "/api/v1/auth/token", json: ["username": "niemand@demo.zuegig.de", "password": "zuegig-demo"])
            #expect(unknown.problem?.detail == response.problem?.detail, "unknown accounts look the same")
        }
    }

    @Test func fiveFailuresLockTheAccountEvenForTheRightPassword() async throws {
        try await TestApp.run { app in
            for _ in 1...5 {
                _ = try await app.send(.POST, "/api/v1/auth/token", json: ["username": "admin@demo.zuegig.de", "password": "falsch-falsch"])
            }
            let locked = try await app.send(.POST, "/api/v1/auth/token", json: ["username": "admin@demo.zuegig.de", "password": "zuegig-demo"])
            #expect(locked.status == .locked)
            #expect(locked.problem?.detail.contains("gesperrt") == true)
            let events = try await app.get("/api/v1/audit/events?limit=200", token: try await app.token("leitung@demo.zuegig.de"))
            #expect(events.status == .ok)
        }
    }

    @Test func missingOrRevokedTokensAre401() async throws {
        try await TestApp.run { app in
            #expect(try await app.get("/api/v1/me").status == .unauthorized)
            #expect(try await app.get("/api/v1/me", token: "erfunden").status == .unauthorized)
            let token = try await app.token("antrag@demo.zuegig.de")
            var headers = HTTPHeaders()
            headers.bearerAuthorization = BearerAuthorization(token: token)
            try await app.testing().test(.DELETE, "/api/v1/auth/token", headers: headers) { response in
                #expect(response.status == .noContent)
            }
            #expect(try await app.get("/api/v1/me", token: token).status == .unauthorized)
        }
    }

    @Test func registrationAppliesPasswordRulesAndCreatesAWorkingAccount() async throws {
        try await TestApp.run { app in
            let weak = try await app.send(.POST, "/api/v1/accounts", json: ["email": "neu@example.de", "displayName": "Neu", "password": "kurz"])
            #expect(weak.status == .badRequest)
            #expect(weak.problem?.errors?["password"]?.isEmpty == false)

            let created = try await app.send(.POST, "/api/v1/accounts", json: ["email": "Neu@Example.de", "displayName": "Nora Neu", "password": "Dachgaube-42", "kind": "architect"])
            #expect(created.status == .created)
            let duplicate = try await app.send(.POST, "/api/v1/accounts", json: ["email": "neu@example.de", "displayName": "Nora Neu", "password": "Dachgaube-42"])
            #expect(duplicate.status == .conflict)
            let token = try await app.token("neu@example.de", password: "Dachgaube-42")
            #expect(try await app.get("/api/v1/me", token: token).body.string.contains("architect"))
        }
    }

    @Test func passwordChangeChecksTheOldOneAndTheRules() async throws {
        try await TestApp.run { app in
            let token = try await app.token("antrag2@demo.zuegig.de")
            let wrongOld = try await app.send(.PUT, "/api/v1/me/password", json: ["currentPassword": "x", "newPassword": "Neues-Passwort-1"], token: token)
            #expect(wrongOld.status == .badRequest)
            let weakNew = try await app.send(.PUT, "/api/v1/me/password", json: ["currentPassword": "zuegig-demo", "newPassword": "kurz"], token: token)
            #expect(weakNew.problem?.errors?["newPassword"] != nil)
            let changed = try await app.send(.PUT, "/api/v1/me/password", json: ["currentPassword": "zuegig-demo", "newPassword": "Neues-Passwort-1"], token: token)
            #expect(changed.status == .noContent)
            _ = try await app.token("antrag2@demo.zuegig.de", password: "Neues-Passwort-1")
        }
    }
}
