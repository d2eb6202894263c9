// The OpenAPI 3.1 document of the running API. A test checks it lists exactly the routes that exist.
import Foundation

enum OpenAPIDocument {
    static let problemResponses: [(String, String, String?, String)] = [
        ("400", "Ungültige Anfrage", "Problem", "application/problem+json"),
        ("401", "Anmeldung erforderlich", "Problem", "application/problem+json"),
    ]

    static func json(_ operationID: String, summary: String, path: String, method: String, tag: String,
                     request: String? = nil, response: (String, String, String?), extra: [(String, String, String?, String)] = [],
                     secured: Bool = true, parameters: [JSONValue] = []) -> OpenAPIOperation {
        var operation = OpenAPIOperation(method: method, path: path, operationID: operationID, summary: summary, tag: tag)
        operation.secured = secured
        operation.requestSchema = request
        operation.parameters = parameters
        operation.responses = [(response.0, response.1, response.2, "application/json")] + extra + problemResponses
        return operation
    }

    static let caseIDParameter: JSONValue = [
        "name": "caseID", "in": "path", "required": true, "schema": ["type": "string", "format": "uuid"],
    ]
    static func queryParameter(_ name: String, _ schema: JSONValue, _ description: String) -> JSONValue {
        ["name": .string(name), "in": "query", "required": false, "schema": schema, "description": .string(description)]
    }

    static let operations: [OpenAPIOperation] = [
        json("getHealth", summary: "Liveness", path: "/health", method: "get", tag: "system", response: ("200", "Läuft", "Status"), secured: false),
        json("getReady", summary: "Readiness: database reachable", path: "/ready", method: "get", tag: "system",
             response: ("200", "Bereit", "Status"), extra: [("503", "Datenbank nicht erreichbar", "Problem", "application/problem+json")], secured: false),
        {
            var metrics = OpenAPIOperation(method: "get", path: "/metrics", operationID: "getMetrics", summary: "Prometheus metrics", tag: "system")
            metrics.secured = false
            metrics.responses = [("200", "Metriken im Prometheus-Textformat", nil, "text/plain")]
            return metrics
        }(),
        {
            var css = OpenAPIOperation(method: "get", path: "/static/zuegig.css", operationID: "getStylesheet", summary: "Stylesheet of the pages", tag: "system")
            css.secured = false
            css.responses = [("200", "CSS", nil, "text/css")]
            return css
        }(),
        json("getOpenAPI", summary: "This document", path: "/api/v1/openapi.json", method: "get", tag: "system",
             response: ("200", "OpenAPI 3.1", nil), secured: false),
        json("createToken", summary: "Log in with e-mail and password and receive a bearer token", path: "/api/v1/auth/token", method: "post",
             tag: "auth", request: "TokenRequest", response: ("201", "Token ausgestellt", "TokenResponse"),
             extra: [("423", "Konto vorübergehend gesperrt", "Problem", "application/problem+json")], secured: false),
        json("revokeToken", summary: "Log out: revoke the bearer token of this request", path: "/api/v1/auth/token", method: "delete",
             tag: "auth", response: ("204", "Abgemeldet", nil)),
        json("getCurrentUser", summary: "The logged-in person and their memberships", path: "/api/v1/me", method: "get", tag: "auth",
             response: ("200", "Angemeldete Person", "Me")),
        json("changePassword", summary: "Change the own password; ends other sessions", path: "/api/v1/me/password", method: "put", tag: "auth",
             request: "ChangePasswordRequest", response: ("204", "Geändert", nil)),
        json("registerAccount", summary: "Create an applicant or architect account", path: "/api/v1/accounts", method: "post", tag: "auth",
             request: "RegisterRequest", response: ("201", "Konto angelegt", "Me"),
             extra: [("409", "E-Mail-Adresse bereits registriert", "Problem", "application/problem+json")], secured: false),
        json("listAuthorities", summary: "Authorities on this platform", path: "/api/v1/authorities", method: "get", tag: "authorities",
             response: ("200", "Behörden", "AuthorityList"), secured: false),
        json("listCases", summary: "Cases visible to the caller (own applications, or the authority's cases by role)", path: "/api/v1/cases",
             method: "get", tag: "cases", response: ("200", "Eine Seite Vorgänge", "CasePage"),
             parameters: [
                queryParameter("limit", ["type": "integer", "minimum": 1, "maximum": 100, "default": 50], "Einträge pro Seite"),
                queryParameter("cursor", ["type": "string"], "nextCursor der vorigen Seite"),
             ]),
        json("createCase", summary: "Create a draft application at an authority", path: "/api/v1/cases", method: "post", tag: "cases",
             request: "CreateCaseRequest", response: ("201", "Entwurf angelegt", "Case"),
             extra: [("403", "Keine Berechtigung", "Problem", "application/problem+json")]),
        json("getCase", summary: "One case; 404 when it does not exist or is not visible to the caller", path: "/api/v1/cases/{caseID}",
             method: "get", tag: "cases", response: ("200", "Vorgang", "Case"),
             extra: [("404", "Nicht gefunden", "Problem", "application/problem+json")], parameters: [caseIDParameter]),
        json("listAuditEvents", summary: "The newest audit events of the caller's authority", path: "/api/v1/audit/events", method: "get",
             tag: "audit", response: ("200", "Protokolleinträge", "AuditEventList"),
             extra: [("403", "Keine Berechtigung", "Problem", "application/problem+json")],
             parameters: [queryParameter("limit", ["type": "integer", "minimum": 1, "maximum": 200, "default": 50], "Anzahl")]),
    ]

    static func document(serverURL: String? = nil) -> JSONValue {
        var paths: [(String, JSONValue)] = []
        for operation in operations {
            let entry = (operation.method, operationObject(operation))
            if let index = paths.firstIndex(where: { $0.0 == operation.path }), case .object(var members) = paths[index].1 {
                members.append(entry)
                paths[index].1 = .object(members)
            } else {
                paths.append((operation.path, .object([entry])))
            }
        }
        return [
            "openapi": "3.1.0",
            "info": [
                "title": "Zügig API",
                "version": "1.0.0",
                "description": "Digitale Bau- und Planungsverfahren. Fehler als application/problem+json (RFC 9457).",
                "license": ["name": "EUPL-1.2", "identifier": "EUPL-1.2"],
            ],
            "servers": [["url": .string(serverURL ?? "/")]],
            "paths": .object(paths),
            "components": [
                "securitySchemes": ["bearerAuth": ["type": "http", "scheme": "bearer"]],
                "schemas": OpenAPISchemas.all,
            ],
        ]
    }

    static func operationObject(_ operation: OpenAPIOperation) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("operationId", .string(operation.operationID)),
            ("summary", .string(operation.summary)),
            ("tags", [.string(operation.tag)]),
            ("security", operation.secured ? [["bearerAuth": []]] : []),
        ]
        if !operation.parameters.isEmpty { members.append(("parameters", .array(operation.parameters))) }
        if let schema = operation.requestSchema {
            members.append(("requestBody", [
                "required": true,
                "content": .object([(operation.requestMediaType, JSONValue.object([("schema", OpenAPISchemas.ref(schema))]))]),
            ]))
        }
        let responses: [(String, JSONValue)] = operation.responses.map { code, description, schema, mediaType in
            var response: [(String, JSONValue)] = [("description", .string(description))]
            if let schema {
                response.append(("content", .object([(mediaType, JSONValue.object([("schema", OpenAPISchemas.ref(schema))]))])))
            } else if code != "204" {
                response.append(("content", .object([(mediaType, JSONValue.object([("schema", OpenAPISchemas.string)]))])))
            }
            return (code, .object(response))
        }
        members.append(("responses", .object(responses)))
        return .object(members)
    }
}
