// Runs a test against a fresh, migrated app with demo data: SQLite in a temporary folder by default,
// PostgreSQL (a schema of its own per test) when DATABASE_URL is set.
import Fluent
import Foundation
import Prometheus
import SQLKit
import Testing
import Vapor
import VaporTesting
@testable import ZuegigServer
import ZuegigDomain
import ZuegigPersistence

enum TestApp {
    static func run(
        environment extra: [String: String] = [:], now: @escaping @Sendable () -> Date = { Date() }, _ body: (Application) async throws -> Void
    ) async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("zuegig-test-\(UUID().uuidString)").path
        var variables = ["ZUEGIG_DATA_DIR": directory, "ZUEGIG_BCRYPT_COST": "4", "ZUEGIG_LOG_FORMAT": "text", "ZUEGIG_PROCEDURES_DIR": proceduresDirectory,
                         "ZUEGIG_DEMO_DIR": packageFile("Demo"), "ZUEGIG_SETBACK_RULES": packageFile("Rules/setbacks.json"),
                         "ZUEGIG_COMMENT_ROUTING": packageFile("Rules/comment-routing.json"), "ZUEGIG_DEMO_STATEMENTS": "60"]
        let postgresURL = ProcessInfo.processInfo.environment["DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 }
        if let postgresURL {
            variables["DATABASE_URL"] = postgresURL
            variables["DATABASE_SCHEMA"] = "test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(16)
        }
        variables.merge(extra) { _, new in new }
        let config = try AppConfig(environment: variables)
        let app = try await Application.make(.testing)
        var failure: (any Error)?
        do {
            try await ZuegigApp.configure(app, config: config, metrics: AppMetrics(registry: PrometheusCollectorRegistry()), now: now)
            try await ZuegigApp.prepare(app)
            try await body(app)
        } catch {
            // PostgreSQL errors hide their details unless reflected.
            Issue.record("\(String(reflecting: error))")
            failure = error
        }
        if let schema = config.databaseSchema, let sql = app.db as? any SQLDatabase {
            try? await sql.raw("DROP SCHEMA IF EXISTS \(ident: schema) CASCADE").run()
        }
        try await app.asyncShutdown()
        try? FileManager.default.removeItem(atPath: directory)
        if let failure { throw failure }
    }

    /// A file or folder of the package (tests do not depend on the working directory).
    static func packageFile(_ relative: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent(relative).path
    }

    static var proceduresDirectory: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Procedures").path
    }

    static var databaseName: String { ProcessInfo.processInfo.environment["DATABASE_URL"] == nil ? "SQLite" : "PostgreSQL" }
}

extension Application {
    /// Logs in through the API and returns the bearer token.
    func token(_ email: String, password: String = "zuegig-demo") async throws -> String {
        var token = ""
        try await testing().test(.POST, "/api/v1/auth/token", beforeRequest: { request in
            try request.content.encode(["username": email, "password": password])
        }, afterResponse: { response in
            #expect(response.status == .created, "login of \(email) failed: \(response.body.string)")
            token = try response.content.decode(TokenResponse.self).token
        })
        return token
    }

    func get(_ path: String, token: String? = nil) async throws -> TestingHTTPResponse {
        var headers = HTTPHeaders()
        if let token { headers.bearerAuthorization = BearerAuthorization(token: token) }
        return try await testing().performTest(request: TestingHTTPRequest(method: .GET, url: URI(path: path), headers: headers, body: ByteBuffer()))
    }

    func send(_ method: HTTPMethod, _ path: String, json: some Encodable, token: String? = nil) async throws -> TestingHTTPResponse {
        var headers = HTTPHeaders()
        headers.contentType = .json
        if let token { headers.bearerAuthorization = BearerAuthorization(token: token) }
        let body = ByteBuffer(data: try JSONEncoder().encode(json))
        return try await testing().performTest(request: TestingHTTPRequest(method: method, url: URI(path: path), headers: headers, body: body))
    }

    /// The id of a demo case by its title.
    func demoCaseID(_ title: String) async throws -> String {
        let found = try await ZuegigPersistence.CaseModel.query(on: db).filter(\.$title == title).first()
        return try #require(found?.id).uuidString.lowercased()
    }
}

extension TestingHTTPResponse {
    /// The problem+json body (Vapor's content decoders do not know that media type).
    var problem: ProblemDetails? { try? JSONDecoder().decode(ProblemDetails.self, from: Data(buffer: body)) }
}
