// The one place that decides who may do what: the role and the case's step, read from the
// procedure's transitions; visibility decides whether the case exists for the actor at all.
import Foundation

public enum Permissions {
    /// Decides whether `actor` may take `action` on the case described by `facts` under `procedure`.
    /// Guards (documents present, four-eyes, ...) are checked by `ProcedureEngine`, which calls this first.
    public static func decide(_ action: CaseAction, by actor: Actor, on facts: CaseFacts, procedure: ProcedureDefinition) -> AccessDecision {
        guard canSee(facts, actor) else { return .hidden }
        if action == .view { return .allowed }
        let candidates = procedure.transitions(for: action)
        guard !candidates.isEmpty else {
            return .wrongStep(reason: "Das Verfahren „\(procedure.name)“ sieht diese Aktion nicht vor.")
        }
        let forRole = candidates.filter { transition in transition.by.contains { fits($0, actor, facts) } }
        guard !forRole.isEmpty else {
            return .forbidden(reason: "Ihre Rolle erlaubt diese Aktion bei diesem Vorgang nicht.")
        }
        guard forRole.contains(where: { $0.from.contains(facts.step) }) else {
            return .wrongStep(reason: "Im Verfahrensschritt „\(procedure.label(of: facts.step))“ ist diese Aktion nicht möglich.")
        }
        return .allowed
    }

    /// The transition the actor would take with `action` in the case's current step, if any.
    public static func transition(for action: CaseAction, by actor: Actor, on facts: CaseFacts, procedure: ProcedureDefinition) -> TransitionDefinition? {
        procedure.transitions(for: action).first { transition in
            transition.from.contains(facts.step) && transition.by.contains { fits($0, actor, facts) }
        }
    }

    /// Decides actions on an authority as a whole (the actor's current one).
    public static func decide(_ action: TenantAction, by actor: Actor) -> AccessDecision {
        let allowed: Bool = switch action {
        case .createCase: actor.kind.filesApplications
        case .listCases: actor.kind.filesApplications || !actor.roles.isEmpty
        case .viewAuditLog: actor.has(.supervisor) || actor.has(.admin)
        case .manageUsers, .manageAgencies, .editTemplates, .managePlans: actor.has(.admin)
        case .planVisits: actor.agencyID == nil && (actor.has(.supervisor) || actor.has(.inspector) || actor.has(.admin))
        case .inspectVisits: actor.agencyID == nil && actor.has(.inspector)
        case .manageParticipations: actor.agencyID == nil && (actor.has(.caseWorker) || actor.has(.supervisor) || actor.has(.admin))
        case .viewStatementOriginals: actor.agencyID == nil && (actor.has(.caseWorker) || actor.has(.supervisor))
        case .editRoutingRules: actor.agencyID == nil && (actor.has(.supervisor) || actor.has(.admin))
        }
        return allowed ? .allowed : .forbidden(reason: "Für diese Aktion fehlt Ihnen die Berechtigung.")
    }

    /// Whether the actor may know the case exists at all.
    public static func canSee(_ facts: CaseFacts, _ actor: Actor) -> Bool {
        if isOwner(actor, facts) { return true }
        guard actor.kind == .staff, actor.authorityID == facts.authorityID else { return false }
        if facts.step == .draft { return false }
        if actor.has(.caseWorker) || actor.has(.supervisor) || actor.has(.admin) { return true }
        if actor.has(.inspector), inspectorSees(facts.step) { return true }
        if actor.has(.agency), let agency = actor.agencyID, facts.consultedAgencyIDs.contains(agency) { return true }
        return false
    }

    /// Inspectors see cases from the decision on (they plan inspections after construction start).
    public static func inspectorSees(_ step: CaseStep) -> Bool {
        step.isUnderSupervision || step == .decided || step == .archived
    }

    static func isOwner(_ actor: Actor, _ facts: CaseFacts) -> Bool {
        actor.kind.filesApplications && (actor.userID == facts.applicantID || actor.userID == facts.architectID)
    }

    static func fits(_ party: Party, _ actor: Actor, _ facts: CaseFacts) -> Bool {
        switch party {
        case .applicant:
            return isOwner(actor, facts)
        case .caseWorker, .supervisor, .inspector, .admin:
            guard let role = StaffRole(rawValue: party.rawValue) else { return false }
            return actor.authorityID == facts.authorityID && actor.has(role)
        case .agency:
            guard actor.has(.agency), let agency = actor.agencyID else { return false }
            return actor.authorityID == facts.authorityID && facts.consultedAgencyIDs.contains(agency)
        }
    }
}
