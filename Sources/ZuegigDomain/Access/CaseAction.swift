// Everything a person can do to a case. Which role may take which action in which step is data
// (the procedure's transitions); `view` is decided by visibility alone.

public enum CaseAction: String, Sendable, Codable, CaseIterable, Hashable {
    case view
    case updateDraft
    case uploadDocument
    case submit
    case withdraw
    case supplyDocuments
    case requestDeficiencies
    case markComplete
    case startConsultation
    case submitStatement
    case assess
    case draftDecision
    case approveDecision
    case notifyConstructionStart
    case recordInspection
    case notifyCompletion
    case archive
}

/// Actions that concern an authority as a whole rather than one case.
public enum TenantAction: String, Sendable, CaseIterable, Hashable {
    case listCases
    case createCase
    case viewAuditLog
    case manageUsers
    case manageAgencies
    case editTemplates
    case managePlans
    /// Propose, accept and move the week's site visits (planning board).
    case planVisits
    /// See one's own visits of a day and record their protocols.
    case inspectVisits
    /// Create participations, publish documents, import and analyse statements, fill the weighing table.
    case manageParticipations
    /// Read statements as sent, with the sender's name and contact data (others see the anonymised text).
    case viewStatementOriginals
    /// Edit the keyword rules that suggest which department answers a topic of statements.
    case editRoutingRules
}
