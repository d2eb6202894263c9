// Liveness, readiness, metrics and the stylesheet.
import Fluent
import SQLKit
import Vapor

struct SystemController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("health", use: health)
        routes.get("ready", use: ready)
        routes.get("metrics", use: metrics)
        routes.get("static", "zuegig.css", use: stylesheet)
    }

    struct Status: Content {
        let status: String
    }

    @Sendable func health(req: Request) async throws -> Status {
        Status(status: "ok")
    }

    /// Ready when the database answers.
    @Sendable func ready(req: Request) async throws -> Status {
        guard let sql = req.db as? any SQLDatabase else { throw AppError(.unavailable, "Keine Datenbank konfiguriert.") }
        do {
            try await sql.raw("SELECT 1").run()
        } catch {
            req.logger.warning("database not reachable", metadata: ["error": "\(error)"])
            throw AppError(.unavailable, "Die Datenbank ist nicht erreichbar.")
        }
        return Status(status: "ready")
    }

    @Sendable func metrics(req: Request) async throws -> Response {
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "text", subType: "plain", parameters: ["version": "0.0.4", "charset": "utf-8"])
        return Response(status: .ok, headers: headers, body: .init(string: req.zuegig.metrics.render()))
    }

    @Sendable func stylesheet(req: Request) async throws -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .css
        headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=3600")
        return Response(status: .ok, headers: headers, body: .init(string: Stylesheet.css))
    }
}
