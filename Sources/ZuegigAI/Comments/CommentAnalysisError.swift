// Errors of the statement analysis, with German messages.
public enum CommentAnalysisError: Error, Sendable, Equatable, CustomStringConvertible {
    case invalid(String)

    public var description: String {
        switch self {
        case .invalid(let message): message
        }
    }
}
