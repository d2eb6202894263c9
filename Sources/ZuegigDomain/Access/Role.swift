// The roles a person can hold: staff roles per authority, and the account kinds of the public.

/// A staff role, held per authority (tenant) through a membership.
public enum StaffRole: String, Codable, Sendable, CaseIterable, Hashable {
    case caseWorker
    case supervisor
    case agency
    case inspector
    case admin

    /// The German label shown in the UI.
    public var germanLabel: String {
        switch self {
        case .caseWorker: "Sachbearbeitung"
        case .supervisor: "Leitung"
        case .agency: "Fachbehörde"
        case .inspector: "Bauüberwachung"
        case .admin: "Administration"
        }
    }
}

/// What kind of account a user has. Staff accounts act through memberships of authorities;
/// applicants and architects have one account that works with every authority.
public enum AccountKind: String, Codable, Sendable, CaseIterable, Hashable {
    case staff
    case applicant
    case architect

    public var germanLabel: String {
        switch self {
        case .staff: "Behörde"
        case .applicant: "Bauherr:in"
        case .architect: "Entwurfsverfasser:in"
        }
    }

    /// Applicants and architects file applications; both are "the public side" of a case.
    public var filesApplications: Bool { self != .staff }
}
