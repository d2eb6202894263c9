// Errors of the visit planning input, with German messages for the UI and the command line.
public enum VisitPlanError: Error, Equatable, CustomStringConvertible, Sendable {
    case invalid(String)

    public var description: String {
        switch self {
        case .invalid(let message): message
        }
    }
}
