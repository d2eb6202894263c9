// Everything a person can do to a case, each checked by one rule in `Permissions`.

public enum CaseAction: String, Sendable, CaseIterable, Hashable {
    case view
    case editDraft
    case submit
    case withdraw
    case supplyDocuments
    case checkCompleteness
    case requestDeficiencies
    case consultAgencies
    case submitStatement
    case assess
    case draftDecision
    case approveDecision
    case noticeConstructionStart
    case recordInspection
    case noticeCompletion
    case archive
}

/// Actions that concern an authority as a whole rather than one case.
public enum TenantAction: String, Sendable, CaseIterable, Hashable {
    case listCases
    case createCase
    case viewAuditLog
    case manageUsers
    case manageAgencies
}
