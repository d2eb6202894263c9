// JSON Schemas (2020-12, as OpenAPI 3.1 uses) of every request and response body.

enum OpenAPISchemas {
    static func object(_ properties: [(String, JSONValue)], required: [String]) -> JSONValue {
        ["type": "object", "properties": .object(properties), "required": .array(required.map { .string($0) })]
    }

    static func ref(_ name: String) -> JSONValue { ["$ref": .string("#/components/schemas/\(name)")] }
    static let string: JSONValue = ["type": "string"]
    static let uuid: JSONValue = ["type": "string", "format": "uuid"]
    static let dateTime: JSONValue = ["type": "string", "format": "date-time"]
    static func nullable(_ type: String, format: String? = nil) -> JSONValue {
        var members: [(String, JSONValue)] = [("type", [.string(type), "null"])]
        if let format { members.append(("format", .string(format))) }
        return .object(members)
    }

    static var all: JSONValue {
        .object([
            ("Problem", object([
                ("type", string), ("title", string), ("status", ["type": "integer"]), ("detail", string),
                ("instance", string), ("errors", ["type": "object", "additionalProperties": ["type": "array", "items": string]]),
            ], required: ["type", "title", "status", "detail"])),
            ("Status", object([("status", string)], required: ["status"])),
            ("TokenRequest", object([
                ("username", ["type": "string", "format": "email", "maxLength": 254]),
                ("password", ["type": "string", "maxLength": 1024]),
                ("authority", ["type": "string", "description": "Kurzname der Behörde (nur für Beschäftigte mehrerer Behörden)"]),
            ], required: ["username", "password"])),
            ("TokenResponse", object([("token", string), ("expiresAt", dateTime), ("tokenType", string)], required: ["token", "expiresAt", "tokenType"])),
            ("RegisterRequest", object([
                ("email", ["type": "string", "format": "email", "maxLength": 254]),
                ("displayName", ["type": "string", "minLength": 2, "maxLength": 120]),
                ("password", ["type": "string", "minLength": 10, "maxLength": 72]),
                ("kind", ["type": "string", "enum": ["applicant", "architect"]]),
            ], required: ["email", "displayName", "password"])),
            ("ChangePasswordRequest", object([("currentPassword", string), ("newPassword", string)], required: ["currentPassword", "newPassword"])),
            ("Me", object([
                ("id", uuid), ("email", string), ("displayName", string),
                ("kind", ["type": "string", "enum": ["staff", "applicant", "architect"]]),
                ("activeAuthority", nullable("string")),
                ("memberships", ["type": "array", "items": object([("authority", string), ("authorityName", string), ("role", string)], required: ["authority", "authorityName", "role"])]),
            ], required: ["id", "email", "displayName", "kind", "memberships"])),
            ("Authority", object([("id", uuid), ("slug", string), ("name", string)], required: ["id", "slug", "name"])),
            ("AuthorityList", ["type": "array", "items": ref("Authority")]),
            ("CreateCaseRequest", object([
                ("authority", ["type": "string", "maxLength": 64]),
                ("title", ["type": "string", "minLength": 3, "maxLength": 200]),
                ("siteAddress", ["type": "string", "minLength": 5, "maxLength": 300]),
            ], required: ["authority", "title", "siteAddress"])),
            ("Case", object([
                ("id", uuid), ("number", nullable("string")), ("title", string), ("siteAddress", string), ("procedure", string),
                ("step", string), ("stepLabel", string), ("authority", ref("Authority")), ("submittedAt", nullable("string", format: "date-time")),
                ("createdAt", nullable("string", format: "date-time")), ("version", ["type": "integer"]),
            ], required: ["id", "title", "siteAddress", "procedure", "step", "stepLabel", "authority", "version"])),
            ("CasePage", object([("items", ["type": "array", "items": ref("Case")]), ("nextCursor", nullable("string"))], required: ["items"])),
            ("AuditEvent", object([
                ("sequence", ["type": "integer"]), ("occurredAt", dateTime), ("actor", string), ("action", string),
                ("subjectType", string), ("subjectID", string), ("hash", string),
            ], required: ["sequence", "occurredAt", "actor", "action", "subjectType", "subjectID", "hash"])),
            ("AuditEventList", ["type": "array", "items": ref("AuditEvent")]),
        ])
    }
}
