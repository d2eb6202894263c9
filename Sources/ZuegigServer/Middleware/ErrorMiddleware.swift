// Renders every error once: problem+json under /api, a German HTML page everywhere else.
import Vapor

struct ZuegigErrorMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            let appError = Self.appError(for: error)
            if appError.status == .internalServerError {
                request.logger.error("unhandled error", metadata: ["error": "\(String(reflecting: error))"])
            } else {
                request.logger.debug("request failed", metadata: ["status": "\(appError.status.code)", "kind": "\(appError.kind.rawValue)"])
            }
            return try Self.response(for: appError, to: request)
        }
    }

    static func wantsProblemJSON(_ request: Request) -> Bool {
        request.url.path.hasPrefix("/api/") || request.url.path == "/metrics" || request.url.path == "/ready"
            || request.url.path == "/health"
    }

    static func response(for error: AppError, to request: Request) throws -> Response {
        let response: Response
        if wantsProblemJSON(request) {
            response = Response(status: error.status)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.withoutEscapingSlashes]
            try response.content.encode(ProblemDetails(error, instance: request.url.path), using: encoder)
            response.headers.contentType = ProblemDetails.mediaType
        } else {
            response = HTMLResponse.page(ErrorPage(error: error, context: PageContext(request)), status: error.status)
        }
        if error.kind == .unauthenticated, wantsProblemJSON(request) {
            response.headers.replaceOrAdd(name: .wwwAuthenticate, value: "Bearer realm=\"zuegig\"")
        }
        return response
    }

    /// Maps framework and decoding errors to our typed error; anything unknown is a 500 without details.
    static func appError(for error: any Error) -> AppError {
        switch error {
        case let error as AppError:
            return error
        case is DecodingError:
            return AppError(.badRequest, "Der Inhalt der Anfrage konnte nicht gelesen werden. Bitte prüfen Sie Format und Pflichtfelder.")
        case let abort as any AbortError:
            switch abort.status {
            case .notFound: return AppError(.notFound, "Die angeforderte Seite oder Ressource existiert nicht.")
            case .payloadTooLarge: return AppError(.payloadTooLarge, "Die Anfrage überschreitet die zulässige Größe.")
            case .unsupportedMediaType: return AppError(.badRequest, "Dieses Datenformat wird nicht unterstützt.")
            case .methodNotAllowed: return AppError(.badRequest, "Diese Methode ist hier nicht erlaubt.")
            case .unauthorized: return AppError.loginRequired
            case .forbidden: return AppError(.forbidden, "Für diese Aktion fehlt Ihnen die Berechtigung.")
            case .badRequest, .unprocessableEntity:
                return AppError(.badRequest, "Die Anfrage ist ungültig. Bitte prüfen Sie Format und Pflichtfelder.")
            default:
                if abort.status.code < 500 { return AppError(.badRequest, "Die Anfrage ist ungültig.") }
                return AppError(.internal, "Ein interner Fehler ist aufgetreten. Bitte versuchen Sie es später erneut.")
            }
        default:
            return AppError(.internal, "Ein interner Fehler ist aufgetreten. Bitte versuchen Sie es später erneut.")
        }
    }
}
