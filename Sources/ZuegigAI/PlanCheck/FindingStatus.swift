// The outcome of one check: fits the plan, does not fit, or a person must look.
public enum FindingStatus: String, Sendable, Codable, CaseIterable {
    case ok, violation, manualReview

    public var germanLabel: String {
        switch self {
        case .ok: "eingehalten"
        case .violation: "nicht eingehalten"
        case .manualReview: "manuell prüfen"
        }
    }
}
