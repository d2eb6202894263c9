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
                ("procedure", string), ("parcel", string), ("description", string),
                ("buildingClass", ["type": "integer", "minimum": 1, "maximum": 5]), ("declaredCostEuros", ["type": "number", "minimum": 0]),
            ], required: ["authority", "title", "siteAddress"])),
            ("Case", object([
                ("id", uuid), ("number", nullable("string")), ("title", string), ("siteAddress", string), ("procedure", string),
                ("step", string), ("stepLabel", string), ("authority", ref("Authority")), ("submittedAt", nullable("string", format: "date-time")),
                ("createdAt", nullable("string", format: "date-time")), ("version", ["type": "integer"]),
                ("nextDeadline", nullable("string", format: "date")), ("nextDeadlineLabel", nullable("string")),
            ], required: ["id", "title", "siteAddress", "procedure", "step", "stepLabel", "authority", "version"])),
            ("CasePage", object([("items", ["type": "array", "items": ref("Case")]), ("nextCursor", nullable("string"))], required: ["items"])),
            ("AuditEvent", object([
                ("sequence", ["type": "integer"]), ("occurredAt", dateTime), ("actor", string), ("action", string),
                ("subjectType", string), ("subjectID", string), ("hash", string),
            ], required: ["sequence", "occurredAt", "actor", "action", "subjectType", "subjectID", "hash"])),
            ("AuditEventList", ["type": "array", "items": ref("AuditEvent")]),
        ] + OpenAPIFlowSchemas.all)
    }
}

/// Schemas of the procedure flow.
enum OpenAPIFlowSchemas {
    typealias S = OpenAPISchemas

    static let stringList: JSONValue = ["type": "array", "items": S.string, "maxItems": 50]
    static let day: JSONValue = ["type": "string", "format": "date"]

    static var all: [(String, JSONValue)] {
        [
            ("UpdateCaseRequest", S.object([
                ("title", S.string), ("siteAddress", S.string), ("parcel", S.string), ("description", S.string),
                ("buildingClass", ["type": "integer", "minimum": 1, "maximum": 5]), ("declaredCostEuros", ["type": "number", "minimum": 0]),
                ("procedure", S.string),
            ], required: [])),
            ("DocumentUpload", S.object([
                ("file", ["type": "string", "contentMediaType": "application/octet-stream"]), ("kind", S.string), ("replaces", S.uuid),
            ], required: ["file", "kind"])),
            ("Document", S.object([
                ("id", S.uuid), ("kind", S.string), ("fileName", S.string), ("mediaType", S.string), ("sizeBytes", ["type": "integer"]),
                ("sha256", S.string), ("version", ["type": "integer"]), ("originalID", S.nullable("string", format: "uuid")),
                ("uploadedAt", S.nullable("string", format: "date-time")),
            ], required: ["id", "kind", "fileName", "mediaType", "sizeBytes", "sha256", "version"])),
            ("DocumentList", ["type": "array", "items": S.ref("Document")]),
            ("DocumentReview", S.object([
                ("kind", S.string), ("fields", ["type": "object", "additionalProperties": S.string, "maxProperties": 20]),
            ], required: [])),
            ("IntakeField", S.object([
                ("field", S.string), ("label", S.string), ("value", S.string), ("germanValue", S.string), ("written", S.string),
                ("page", ["type": "integer"]), ("evidence", S.string), ("review", S.nullable("string")), ("reviewedValue", S.nullable("string")),
            ], required: ["field", "label", "value", "page"])),
            ("IntakeDocument", S.object([
                ("documentID", S.uuid), ("fileName", S.string), ("version", ["type": "integer"]), ("kind", S.string), ("kindLabel", S.string),
                ("textStatus", ["type": "string", "enum": ["pending", "available", "empty", "unavailable", "failed"]]),
                ("textMessage", S.nullable("string")),
                ("pages", ["type": "array", "items": S.object([("page", ["type": "integer"]), ("method", ["type": "string", "enum": ["textLayer", "ocr", "none"]])], required: ["page", "method"])]),
                ("suggestion", ["oneOf": [["type": "null"], S.object([
                    ("kind", S.nullable("string")), ("label", S.string), ("bestGuess", S.string), ("confidence", ["type": "number"]),
                    ("decisiveTerms", ["type": "array", "items": S.string]), ("alternatives", ["type": "array", "items": S.string]),
                ], required: ["label", "bestGuess", "confidence"])]]),
                ("fields", ["type": "array", "items": S.ref("IntakeField")]), ("kindReview", S.nullable("string")),
            ], required: ["documentID", "fileName", "kind", "textStatus", "fields"])),
            ("CompletenessReport", S.object([
                ("missing", ["type": "array", "items": S.object([("kind", S.string), ("label", S.string), ("legalBasis", S.string), ("condition", S.nullable("string"))], required: ["kind", "label", "legalBasis"])]),
                ("inconsistencies", ["type": "array", "items": S.object([("field", S.string), ("message", S.string), ("statements", ["type": "array", "items": ["type": "object"]])], required: ["field", "message"])]),
                ("notices", ["type": "array", "items": S.object([("kind", S.string), ("documentID", S.nullable("string")), ("message", S.string)], required: ["kind", "message"])]),
                ("buildingClass", S.nullable("integer")), ("buildingClassSource", S.string),
                ("facts", ["type": "array", "items": ["type": "object"]]), ("deficiencyDraft", S.string),
            ], required: ["missing", "inconsistencies", "notices", "deficiencyDraft"])),
            ("IntakeOverview", S.object([
                ("documents", ["type": "array", "items": S.ref("IntakeDocument")]), ("completeness", S.ref("CompletenessReport")),
                ("model", S.string), ("textTools", S.string),
            ], required: ["documents", "completeness", "model", "textTools"])),
            ("DeficiencyRequest", S.object([("items", stringList), ("message", S.string), ("dueDate", day)], required: ["items"])),
            ("ConsultationRequest", S.object([("agencies", ["type": "array", "items": S.uuid, "minItems": 1, "maxItems": 30])], required: ["agencies"])),
            ("StatementRequest", S.object([
                ("verdict", ["type": "string", "enum": ["consent", "consentWithConditions", "objection"]]), ("text", S.string), ("conditions", stringList),
            ], required: ["verdict", "text"])),
            ("AssessmentRequest", S.object([("note", S.string)], required: ["note"])),
            ("DecisionDraft", S.object([
                ("outcome", ["type": "string", "enum": ["approve", "approveWithConditions", "reject"]]), ("conditions", stringList),
                ("adoptStatementConditions", ["type": "boolean"]), ("reasons", S.string),
            ], required: ["outcome", "reasons"])),
            ("ConstructionStart", S.object([("startDate", day)], required: ["startDate"])),
            ("InspectionRecord", S.object([
                ("result", ["type": "string", "enum": ["passed", "passedWithDefects", "failed"]]), ("findings", S.string),
            ], required: ["result"])),
            ("Inspection", S.object([
                ("id", S.uuid), ("kind", S.string), ("label", S.string), ("legalBasis", S.string), ("result", S.nullable("string")),
                ("resultLabel", S.nullable("string")), ("findings", S.string), ("recordedAt", S.nullable("string", format: "date-time")),
            ], required: ["id", "kind", "label", "legalBasis", "findings"])),
            ("InspectionList", ["type": "array", "items": S.ref("Inspection")]),
            ("Deadline", S.object([
                ("id", S.uuid), ("label", S.string), ("legalBasis", S.string), ("startDay", day), ("dueDay", day), ("status", S.string),
                ("onExpiry", S.string), ("owedBy", S.string), ("note", S.string), ("daysLeft", S.nullable("integer")),
                ("reminderDue", ["type": "boolean"]),
            ], required: ["id", "label", "legalBasis", "startDay", "dueDay", "status", "reminderDue"])),
            ("CaseDetail", S.object([
                ("summary", S.ref("Case")), ("stepLabel", S.string), ("procedureName", S.string), ("procedureLegalBasis", S.string), ("description", S.string),
                ("parcel", S.string), ("buildingClass", S.nullable("integer")), ("declaredCostCents", S.nullable("integer")),
                ("deadlines", ["type": "array", "items": S.ref("Deadline")]),
                ("requiredDocuments", ["type": "array", "items": S.object([("kind", S.string), ("label", S.string), ("legalBasis", S.string), ("present", ["type": "boolean"])], required: ["kind", "label", "present"])]),
                ("deficiencyRequests", ["type": "array", "items": ["type": "object"]]),
                ("consultations", ["type": "array", "items": ["type": "object"]]),
                ("decision", ["type": ["object", "null"]]),
                ("inspections", ["type": "array", "items": S.ref("Inspection")]),
                ("availableActions", ["type": "array", "items": S.string]),
            ], required: ["summary", "procedureName", "deadlines", "availableActions"])),
            ("CaseEvent", S.object([
                ("sequence", ["type": "integer"]), ("occurredAt", S.dateTime), ("actor", S.string), ("action", S.string), ("label", S.string),
            ], required: ["sequence", "occurredAt", "actor", "action", "label"])),
            ("CaseEventList", ["type": "array", "items": S.ref("CaseEvent")]),
            ("Agency", S.object([("id", S.uuid), ("name", S.string), ("subject", S.string)], required: ["id", "name", "subject"])),
            ("AgencyList", ["type": "array", "items": S.ref("Agency")]),
            ("XPlanGML", ["type": "string", "description": "XPlanGML-Datei (XPlanAuszug, Version 5.0 bis 6.0)"]),
            ("Plan", S.object([
                ("id", S.uuid), ("gmlId", S.string), ("name", S.string), ("number", S.nullable("string")), ("version", S.string), ("srs", S.nullable("string")),
                ("featureCount", ["type": "integer"]), ("features", ["type": "object", "additionalProperties": ["type": "integer"]]),
                ("otherFeatures", ["type": "object", "additionalProperties": ["type": "integer"]]),
                ("otherProperties", ["type": "object", "additionalProperties": ["type": "integer"]]),
                ("warnings", ["type": "array", "items": S.string]), ("sourceSha256", S.string), ("createdAt", S.nullable("string", format: "date-time")),
            ], required: ["id", "gmlId", "name", "version", "featureCount", "features", "otherFeatures", "warnings", "sourceSha256"])),
            ("PlanList", ["type": "array", "items": S.ref("Plan")]),
            ("ProjectData", ["type": "object", "description": "Vorhabensdaten: site, buildings[], use, ancillaryAreas[], roads[] oder eine GeoJSON-FeatureCollection (docs/plan-check.md)"]),
            ("CaseProject", S.object([
                ("caseId", S.uuid), ("project", S.string), ("planId", S.nullable("string", format: "uuid")), ("planName", S.nullable("string")),
                ("updatedAt", S.nullable("string", format: "date-time")),
            ], required: ["caseId", "project"])),
            ("CasePlanCheck", S.object([
                ("caseId", S.uuid), ("planId", S.nullable("string", format: "uuid")), ("planName", S.nullable("string")),
                ("report", ["type": ["object", "null"], "description": "Prüfbericht nach docs/plan-check.schema.json"]), ("message", S.nullable("string")),
            ], required: ["caseId"])),
            ("TemplateInput", S.object([("body", ["type": "string", "maxLength": 50000])], required: ["body"])),
            ("Template", S.object([("name", S.string), ("body", S.string), ("isDefault", ["type": "boolean"])], required: ["name", "body", "isDefault"])),
        ]
    }
}
