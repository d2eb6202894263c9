// Health, readiness, metrics, OpenAPI document and security headers.
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import ZuegigServer

struct SystemTests {
    @Test func healthAndReadinessAnswer() async throws {
        try await TestApp.run { app in
            #expect(try await app.get("/health").status == .ok)
            let ready = try await app.get("/ready")
            #expect(ready.status == .ok)
            #expect(ready.body.string.contains("ready"))
        }
    }

    @Test func metricsCountAnsweredRequests() async throws {
        try await TestApp.run { app in
            _ = try await app.get("/health")
            let metrics = try await app.get("/metrics")
            #expect(metrics.status == .ok)
            #expect(metrics.body.string.contains("zuegig_http_requests_total{method=\"GET\",route=\"/health\",status=\"200\"} 1"))
        }
    }

    @Test func everyResponseCarriesSecurityHeaders() async throws {
        try await TestApp.run { app in
            for path in ["/", "/anmelden", "/api/v1/authorities", "/nicht-vorhanden"] {
                let response = try await app.get(path)
                #expect(response.headers.first(name: "Content-Security-Policy")?.contains("frame-ancestors 'none'") == true, "\(path)")
                #expect(response.headers.first(name: "X-Content-Type-Options") == "nosniff", "\(path)")
            }
        }
    }

    @Test func openAPIDocumentIsVersion31AndListsExactlyTheRoutesThatExist() async throws {
        try await TestApp.run { app in
            let response = try await app.get("/api/v1/openapi.json")
            #expect(response.status == .ok)
            let json = try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
            #expect(json["openapi"] as? String == "3.1.0")
            let paths = try #require(json["paths"] as? [String: [String: Any]])
            var documented = Set<String>()
            for (path, operations) in paths {
                for method in operations.keys { documented.insert("\(method.uppercased()) \(path)") }
            }
            // Every machine-facing route; the German pages are not part of the API.
            let machinePrefixes = ["api", "health", "ready", "metrics", "static"]
            let registered = Set(app.routes.all.compactMap { route -> String? in
                guard let first = route.path.first?.description, machinePrefixes.contains(first) else { return nil }
                let template = "/" + route.path.map { component in
                    if case .parameter(let name) = component { return "{\(name)}" }
                    return component.description
                }.joined(separator: "/")
                return "\(route.method.rawValue) \(template)"
            })
            #expect(documented == registered, "documented but missing: \(documented.subtracting(registered)); undocumented: \(registered.subtracting(documented))")
            let operationIDs = paths.values.flatMap { $0.values.compactMap { ($0 as? [String: Any])?["operationId"] as? String } }
            let required = ["createToken", "listCases", "createCase", "getCase", "updateCase", "uploadDocument", "listDocuments", "downloadDocument",
                            "submitCase", "requestDeficiencies", "markComplete", "startConsultation", "submitStatement", "draftDecision",
                            "approveDecision", "getDecisionDocument", "notifyConstructionStart", "listInspections", "recordInspection",
                            "notifyCompletion", "listCaseEvents"]
            #expect(Set(required).isSubset(of: Set(operationIDs)), "missing: \(Set(required).subtracting(operationIDs))")
            #expect(Set(operationIDs).count == operationIDs.count, "operationIds are unique")
        }
    }

    @Test func unknownAPIPathsAnswerProblemJSONAndPagesAnswerGerman() async throws {
        try await TestApp.run { app in
            let api = try await app.get("/api/v1/gibt-es-nicht")
            #expect(api.status == .notFound)
            #expect(api.headers.contentType?.description.hasPrefix("application/problem+json") == true)
            #expect(api.problem?.title == "Nicht gefunden")
            let page = try await app.get("/gibt-es-nicht")
            #expect(page.status == .notFound)
            #expect(page.body.string.contains("<html lang=\"de\">"))
            #expect(page.body.string.contains("existiert nicht"))
        }
    }

    @Test func oversizedBodiesAreRejectedWith413() async throws {
        try await TestApp.run { app in
            // Through a real socket: the in-memory tester hands over bodies already collected.
            let huge = String(repeating: "x", count: 2 * 1024 * 1024)
            var headers = HTTPHeaders()
            headers.contentType = .json
            let body = ByteBuffer(data: try JSONEncoder().encode(["email": "a@b.de", "displayName": huge, "password": "x"]))
            let live = try app.testing(method: .running(hostname: "127.0.0.1", port: Int.random(in: 20_000...40_000)))
            let response = try await live.performTest(request: TestingHTTPRequest(method: .POST, url: URI(path: "/api/v1/accounts"), headers: headers, body: body))
            #expect(response.status == .payloadTooLarge)
            #expect(response.problem?.status == 413)
        }
    }
}
