// One documented operation; the document is built from a list of these.
struct OpenAPIOperation: Sendable {
    let method: String
    /// OpenAPI path template, e.g. /api/v1/cases/{caseID}.
    let path: String
    let operationID: String
    let summary: String
    let tag: String
    var secured = true
    var parameters: [JSONValue] = []
    var requestSchema: String?
    var requestMediaType = "application/json"
    /// Status code -> (description, schema name or nil, media type).
    var responses: [(String, String, String?, String)] = []

    /// The path as Vapor registers it (`:caseID` instead of `{caseID}`).
    var vaporPath: String {
        path.split(separator: "/").map { $0.hasPrefix("{") ? ":" + $0.dropFirst().dropLast() : String($0) }.joined(separator: "/")
    }
}
