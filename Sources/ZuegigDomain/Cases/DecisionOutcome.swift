// The outcomes of a decision and of an inspection.

public enum DecisionOutcome: String, Sendable, Codable, Hashable, CaseIterable {
    case approve
    case approveWithConditions
    case reject
    /// Genehmigungsfiktion: granted by law because the decision period passed.
    case deemedApproval

    public var grantsPermit: Bool { self != .reject }

    public var germanLabel: String {
        switch self {
        case .approve: "Baugenehmigung erteilt"
        case .approveWithConditions: "Baugenehmigung mit Nebenbestimmungen erteilt"
        case .reject: "Bauantrag abgelehnt"
        case .deemedApproval: "Baugenehmigung gilt als erteilt (Genehmigungsfiktion)"
        }
    }
}

public enum InspectionResult: String, Sendable, Codable, Hashable, CaseIterable {
    case passed
    case passedWithDefects
    case failed

    public var germanLabel: String {
        switch self {
        case .passed: "bestanden"
        case .passedWithDefects: "bestanden mit Mängeln"
        case .failed: "nicht bestanden"
        }
    }
}

/// An agency's answer to a consultation.
public enum StatementVerdict: String, Sendable, Codable, Hashable, CaseIterable {
    case consent
    case consentWithConditions
    case objection

    public var germanLabel: String {
        switch self {
        case .consent: "Zustimmung"
        case .consentWithConditions: "Zustimmung mit Auflagen"
        case .objection: "Einwände"
        }
    }
}
