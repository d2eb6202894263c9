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

    static let notFound: [(String, String, String?, String)] = [("404", "Nicht gefunden", "Problem", "application/problem+json")]
    static let conflicts: [(String, String, String?, String)] = notFound + [
        ("403", "Rolle erlaubt die Aktion nicht", "Problem", "application/problem+json"),
        ("409", "Im aktuellen Verfahrensschritt nicht möglich", "Problem", "application/problem+json"),
    ]

    static func pathID(_ name: String) -> JSONValue {
        ["name": .string(name), "in": "path", "required": true, "schema": ["type": "string", "format": "uuid"]]
    }

    static func header(_ name: String, _ description: String) -> JSONValue {
        ["name": .string(name), "in": "header", "required": false, "schema": ["type": "string"], "description": .string(description)]
    }

    /// A POST (or PUT) step of the flow under /api/v1/cases/{caseID}/...
    static func flow(_ operationID: String, _ summary: String, _ path: String, method: String = "post", request: String? = nil,
                     parameters: [JSONValue] = [], extraParameters: [JSONValue] = []) -> OpenAPIOperation {
        json(operationID, summary: summary, path: "/api/v1/cases/{caseID}/\(path)", method: method, tag: "flow", request: request,
             response: ("200", "Vorgang nach dem Schritt", "CaseDetail"), extra: conflicts,
             parameters: [caseIDParameter] + extraParameters + parameters)
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
             request: "CreateCaseRequest", response: ("201", "Entwurf angelegt", "CaseDetail"),
             extra: [("403", "Keine Berechtigung", "Problem", "application/problem+json")]),
        json("getCase", summary: "One case with deadlines, documents required, consultations, decision, inspections; 404 when not visible",
             path: "/api/v1/cases/{caseID}", method: "get", tag: "cases", response: ("200", "Vorgang", "CaseDetail"),
             extra: [("404", "Nicht gefunden", "Problem", "application/problem+json")], parameters: [caseIDParameter]),
        json("updateCase", summary: "Change the project data of a draft; needs If-Match with the ETag", path: "/api/v1/cases/{caseID}",
             method: "patch", tag: "cases", request: "UpdateCaseRequest", response: ("200", "Geänderter Vorgang", "CaseDetail"),
             extra: conflicts + [("412", "Veraltete Version", "Problem", "application/problem+json"), ("428", "If-Match fehlt", "Problem", "application/problem+json")],
             parameters: [caseIDParameter, header("If-Match", "ETag der zuletzt gelesenen Fassung")]),
        {
            var upload = json("uploadDocument", summary: "Upload a document (PDF, PNG, JPEG, TIFF; type from the bytes)", path: "/api/v1/cases/{caseID}/documents",
                              method: "post", tag: "documents", request: "DocumentUpload", response: ("201", "Dokument gespeichert", "Document"),
                              extra: conflicts + [("413", "Datei zu groß", "Problem", "application/problem+json"), ("415", "Format nicht angenommen", "Problem", "application/problem+json")],
                              parameters: [caseIDParameter])
            upload.requestMediaType = "multipart/form-data"
            return upload
        }(),
        json("listDocuments", summary: "Documents of a case", path: "/api/v1/cases/{caseID}/documents", method: "get", tag: "documents",
             response: ("200", "Dokumente", "DocumentList"), extra: notFound, parameters: [caseIDParameter]),
        {
            var download = json("downloadDocument", summary: "The bytes of one document", path: "/api/v1/cases/{caseID}/documents/{documentID}",
                                method: "get", tag: "documents", response: ("200", "Datei", nil), extra: notFound,
                                parameters: [caseIDParameter, pathID("documentID")])
            download.responses[0] = ("200", "Datei", nil, "application/octet-stream")
            return download
        }(),
        json("getCaseIntake", summary: "Document intake: per document the text status (pdftotext/tesseract per page), the suggested kind with confidence and deciding terms, the extracted fields, and the completeness report; case workers and supervisors only",
             path: "/api/v1/cases/{caseID}/intake", method: "get", tag: "documents", response: ("200", "Eingangsprüfung", "IntakeOverview"),
             extra: notFound, parameters: [caseIDParameter]),
        json("checkCompleteness", summary: "Completeness check: missing required documents (conditions applied), contradicting facts across documents, unreadable documents, and a drafted deficiency request",
             path: "/api/v1/cases/{caseID}/completeness", method: "get", tag: "documents", response: ("200", "Vollständigkeitsprüfung", "CompletenessReport"),
             extra: notFound, parameters: [caseIDParameter]),
        json("reviewDocument", summary: "Accept or correct the suggested kind and fields of a document (corrections are kept for retraining); case workers only",
             path: "/api/v1/cases/{caseID}/documents/{documentID}/review", method: "post", tag: "documents", request: "DocumentReview",
             response: ("200", "Eingangsprüfung nach der Übernahme", "IntakeOverview"),
             extra: notFound + [("400", "Ungültige Angaben", "Problem", "application/problem+json")], parameters: [caseIDParameter, pathID("documentID")]),
        json("listPlans", summary: "Development plans of the caller's authority (read from XPlanGML)", path: "/api/v1/plans", method: "get",
             tag: "plans", response: ("200", "Bebauungspläne", "PlanList")),
        {
            var upload = json("importPlan", summary: "Import a development plan from XPlanGML 5.0-6.0 (admins); unknown elements are kept in the stored file and listed",
                              path: "/api/v1/plans", method: "post", tag: "plans", request: "XPlanGML", response: ("201", "Plan eingelesen", "Plan"),
                              extra: [("403", "Keine Berechtigung", "Problem", "application/problem+json"), ("413", "Datei zu groß", "Problem", "application/problem+json")])
            upload.requestMediaType = "application/gml+xml"
            return upload
        }(),
        json("getPlan", summary: "One development plan: evaluated features, unknown elements, warnings", path: "/api/v1/plans/{planID}", method: "get",
             tag: "plans", response: ("200", "Bebauungsplan", "Plan"), extra: notFound, parameters: [pathID("planID")]),
        json("getCaseProject", summary: "The project data of a case (site, buildings, measures) and the plan linked to it by geometry",
             path: "/api/v1/cases/{caseID}/project", method: "get", tag: "plans", response: ("200", "Vorhabensdaten", "CaseProject"),
             extra: notFound, parameters: [caseIDParameter]),
        json("updateCaseProject", summary: "Record the project data (our JSON format or a GeoJSON FeatureCollection, see docs/plan-check.md); links the covering plan",
             path: "/api/v1/cases/{caseID}/project", method: "put", tag: "plans", request: "ProjectData", response: ("200", "Vorhabensdaten", "CaseProject"),
             extra: notFound + [("403", "Keine Berechtigung", "Problem", "application/problem+json")],
             parameters: [caseIDParameter]),
        json("checkCasePlan", summary: "Check the case's project against its development plan: use, GRZ (§ 19 Abs. 4), GFZ, storeys, height, building limits and lines, setback areas",
             path: "/api/v1/cases/{caseID}/plan-check", method: "get", tag: "plans", response: ("200", "Prüfergebnis", "CasePlanCheck"),
             extra: notFound, parameters: [caseIDParameter]),
        {
            var map = json("getCasePlanMap", summary: "SVG map of the plan check (zones, building limits, site, footprints, setback areas; violations marked)",
                           path: "/api/v1/cases/{caseID}/plan-check/map", method: "get", tag: "plans", response: ("200", "Karte", nil), extra: notFound,
                           parameters: [caseIDParameter])
            map.responses[0] = ("200", "Karte", nil, "image/svg+xml")
            return map
        }(),
        flow("submitCase", "Submit the draft (case number, deadlines start) or answer a deficiency request; honours Idempotency-Key", "submit",
             parameters: [header("Idempotency-Key", "Wiederholte Anfragen mit demselben Schlüssel liefern dieselbe Antwort")]),
        flow("requestDeficiencies", "Ask the applicant to supply what is missing, with items and a deadline", "deficiency-requests", request: "DeficiencyRequest"),
        flow("markComplete", "Confirm the application is complete", "complete"),
        flow("startConsultation", "Consult agencies; each gets a task with a deadline", "consultations", request: "ConsultationRequest"),
        flow("submitStatement", "An agency's statement: consent, consent with conditions or objection", "consultations/{consultationID}/statement",
             request: "StatementRequest", extraParameters: [pathID("consultationID")]),
        flow("assessCase", "Record an assessment note and move to assessment", "assessment", request: "AssessmentRequest"),
        flow("draftDecision", "Draft the decision (approve, approve with conditions, reject); computes the fee", "decision", method: "put", request: "DecisionDraft"),
        flow("approveDecision", "Approve the drafted decision (four-eyes rule) and issue the notice", "decision/approval"),
        {
            var document = json("getDecisionDocument", summary: "The issued decision notice as PDF (or HTML with ?format=html)",
                                path: "/api/v1/cases/{caseID}/decision/document", method: "get", tag: "flow", response: ("200", "Bescheid", nil),
                                extra: notFound, parameters: [caseIDParameter, queryParameter("format", ["type": "string", "enum": ["pdf", "html"]], "pdf (Vorgabe) oder html")])
            document.responses[0] = ("200", "Bescheid als PDF", nil, "application/pdf")
            return document
        }(),
        flow("notifyConstructionStart", "Give notice of the construction start", "construction-start", request: "ConstructionStart"),
        json("listInspections", summary: "Inspections due and recorded", path: "/api/v1/cases/{caseID}/inspections", method: "get", tag: "flow",
             response: ("200", "Abnahmen", "InspectionList"), extra: notFound, parameters: [caseIDParameter]),
        flow("recordInspection", "Record the result of an inspection", "inspections/{inspectionID}", request: "InspectionRecord",
             extraParameters: [pathID("inspectionID")]),
        flow("notifyCompletion", "Give notice of completion; needs every inspection passed", "completion"),
        flow("withdrawCase", "Withdraw the application", "withdrawal"),
        flow("archiveCase", "Archive a completed or withdrawn case", "archive"),
        json("listCaseEvents", summary: "The timeline of a case", path: "/api/v1/cases/{caseID}/events", method: "get", tag: "cases",
             response: ("200", "Ereignisse", "CaseEventList"), extra: notFound, parameters: [caseIDParameter]),
        json("listAgencies", summary: "Agencies of the caller's authority", path: "/api/v1/agencies", method: "get", tag: "administration",
             response: ("200", "Fachbehörden", "AgencyList")),
        json("getDecisionTemplate", summary: "The authority's decision-notice template (Mustache)", path: "/api/v1/templates/decision",
             method: "get", tag: "administration", response: ("200", "Vorlage", "Template")),
        json("updateDecisionTemplate", summary: "Replace the decision-notice template (admins)", path: "/api/v1/templates/decision",
             method: "put", tag: "administration", request: "TemplateInput", response: ("200", "Vorlage", "Template"),
             extra: [("403", "Keine Berechtigung", "Problem", "application/problem+json")]),
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
