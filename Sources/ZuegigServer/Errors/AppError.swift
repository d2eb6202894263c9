// Typed errors of the app, mapped once to HTTP statuses and German messages (problem+json / HTML).
import Vapor
import ZuegigDomain

public struct AppError: AbortError, Sendable {
    public enum Kind: String, Sendable {
        case badRequest = "bad-request"
        case validation = "validation"
        case unauthenticated = "unauthenticated"
        case invalidCredentials = "invalid-credentials"
        case accountLocked = "account-locked"
        case forbidden = "forbidden"
        case notFound = "not-found"
        case conflict = "conflict"
        case wrongStep = "wrong-step"
        case payloadTooLarge = "payload-too-large"
        case csrf = "csrf"
        case unavailable = "unavailable"
        case `internal` = "internal"
        case preconditionFailed = "precondition-failed"
        case preconditionRequired = "precondition-required"
        case unsupportedMediaType = "unsupported-media-type"
        case tooManyRequests = "too-many-requests"
    }

    public let kind: Kind
    public let detail: String
    /// Field-level problems (name -> German messages), for forms and the `errors` member of problem+json.
    public let fieldErrors: [String: [String]]

    public init(_ kind: Kind, _ detail: String, fieldErrors: [String: [String]] = [:]) {
        self.kind = kind
        self.detail = detail
        self.fieldErrors = fieldErrors
    }

    public var status: HTTPResponseStatus {
        switch kind {
        case .badRequest, .validation: .badRequest
        case .unauthenticated, .invalidCredentials: .unauthorized
        case .accountLocked: .locked
        case .forbidden, .csrf: .forbidden
        case .notFound: .notFound
        case .conflict, .wrongStep: .conflict
        case .payloadTooLarge: .payloadTooLarge
        case .unavailable: .serviceUnavailable
        case .internal: .internalServerError
        case .preconditionFailed: .preconditionFailed
        case .preconditionRequired: HTTPResponseStatus(statusCode: 428)
        case .unsupportedMediaType: .unsupportedMediaType
        case .tooManyRequests: .tooManyRequests
        }
    }

    public var reason: String { detail }

    /// The German title shown with the error.
    public var title: String {
        switch kind {
        case .badRequest: "Ungültige Anfrage"
        case .validation: "Eingaben unvollständig oder ungültig"
        case .unauthenticated: "Anmeldung erforderlich"
        case .invalidCredentials: "Anmeldung fehlgeschlagen"
        case .accountLocked: "Konto vorübergehend gesperrt"
        case .forbidden: "Keine Berechtigung"
        case .notFound: "Nicht gefunden"
        case .conflict: "Konflikt"
        case .wrongStep: "Aktion im aktuellen Verfahrensschritt nicht möglich"
        case .payloadTooLarge: "Anfrage zu groß"
        case .csrf: "Formular abgelaufen"
        case .unavailable: "Dienst nicht verfügbar"
        case .internal: "Interner Fehler"
        case .preconditionFailed: "Veraltete Fassung"
        case .preconditionRequired: "If-Match erforderlich"
        case .unsupportedMediaType: "Dateiformat nicht unterstützt"
        case .tooManyRequests: "Zu viele Anfragen"
        }
    }

    public static let caseNotFound = AppError(.notFound, "Dieser Vorgang existiert nicht oder ist für Sie nicht sichtbar.")
    public static let loginRequired = AppError(.unauthenticated, "Bitte melden Sie sich an.")

    /// Maps a permission decision; `hidden` becomes 404 so that existence does not leak.
    public static func check(_ decision: AccessDecision, notFound: AppError = caseNotFound) throws {
        switch decision {
        case .allowed: return
        case .hidden: throw notFound
        case .forbidden(let reason): throw AppError(.forbidden, reason)
        case .wrongStep(let reason): throw AppError(.wrongStep, reason)
        }
    }
}
