// RFC 9457 problem details, the body of every API error.
import Vapor

public struct ProblemDetails: Content, Sendable {
    public var type: String
    public var title: String
    public var status: Int
    public var detail: String
    public var instance: String?
    public var errors: [String: [String]]?

    public static let mediaType = HTTPMediaType(type: "application", subType: "problem+json", parameters: ["charset": "utf-8"])

    init(_ error: AppError, instance: String?) {
        type = "https://zuegig.de/probleme/\(error.kind.rawValue)"
        title = error.title
        status = Int(error.status.code)
        detail = error.detail
        self.instance = instance
        errors = error.fieldErrors.isEmpty ? nil : error.fieldErrors
    }
}
