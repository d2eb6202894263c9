// The authority's decision on a statement in the weighing table (Abwägung).

public enum StatementDecision: String, Sendable, Codable, Hashable, CaseIterable {
    case considered, partlyConsidered, notConsidered, noted

    public var germanLabel: String {
        switch self {
        case .considered: "berücksichtigt"
        case .partlyConsidered: "teilweise berücksichtigt"
        case .notConsidered: "nicht berücksichtigt"
        case .noted: "zur Kenntnis genommen"
        }
    }
}
