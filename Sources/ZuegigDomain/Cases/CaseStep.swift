// The steps of a building-permit case (DESIGN.md section 3), stored as strings.

public enum CaseStep: String, Codable, Sendable, CaseIterable, Hashable {
    case draft
    case submitted
    case deficienciesRequested
    case complete
    case consultation
    case assessment
    case decisionDraft
    case decided
    case constructionStarted
    case inspections
    case completed
    case archived
    case withdrawn

    public var germanLabel: String {
        switch self {
        case .draft: "Entwurf"
        case .submitted: "Eingereicht"
        case .deficienciesRequested: "Nachforderung"
        case .complete: "Vollständig"
        case .consultation: "Beteiligung"
        case .assessment: "Prüfung"
        case .decisionDraft: "Bescheidentwurf"
        case .decided: "Entschieden"
        case .constructionStarted: "Baubeginn angezeigt"
        case .inspections: "Bauüberwachung"
        case .completed: "Fertiggestellt"
        case .archived: "Archiviert"
        case .withdrawn: "Zurückgenommen"
        }
    }

    /// Steps after submission and before a decision: the authority is working on the case.
    public var isBeforeDecision: Bool {
        switch self {
        case .draft, .submitted, .deficienciesRequested, .complete,
             .consultation, .assessment, .decisionDraft: true
        default: false
        }
    }

    /// Steps in which the works are under supervision.
    public var isUnderSupervision: Bool {
        self == .constructionStarted || self == .inspections || self == .completed
    }
}
