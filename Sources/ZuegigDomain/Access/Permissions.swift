// The one place that decides who may do what: derived from the role and the case's step.
import Foundation

public enum Permissions {
    /// Who may take an action on a case.
    enum Party: Sendable, Hashable {
        /// The applicant or architect of the case.
        case owner
        /// Staff of the case's authority holding one of these roles.
        case staff(Set<StaffRole>)
        /// A member of an agency consulted on the case.
        case consultedAgency
    }

    struct Rule: Sendable {
        let party: Party
        let steps: Set<CaseStep>
    }

    static let beforeDecision = Set(CaseStep.allCases.filter(\.isBeforeDecision))

    static let rules: [CaseAction: Rule] = [
        .editDraft: Rule(party: .owner, steps: [.draft]),
        .submit: Rule(party: .owner, steps: [.draft]),
        .withdraw: Rule(party: .owner, steps: beforeDecision),
        .supplyDocuments: Rule(party: .owner, steps: [.deficienciesRequested]),
        .checkCompleteness: Rule(party: .staff([.caseWorker]), steps: [.submitted, .completenessCheck]),
        .requestDeficiencies: Rule(party: .staff([.caseWorker]), steps: [.submitted, .completenessCheck]),
        .consultAgencies: Rule(party: .staff([.caseWorker]), steps: [.complete, .consultation]),
        .submitStatement: Rule(party: .consultedAgency, steps: [.consultation]),
        .assess: Rule(party: .staff([.caseWorker]), steps: [.complete, .consultation, .assessment]),
        .draftDecision: Rule(party: .staff([.caseWorker]), steps: [.assessment, .decisionDraft]),
        .approveDecision: Rule(party: .staff([.supervisor]), steps: [.decisionDraft]),
        .noticeConstructionStart: Rule(party: .owner, steps: [.decided]),
        .recordInspection: Rule(party: .staff([.inspector]), steps: [.constructionStarted, .inspections]),
        .noticeCompletion: Rule(party: .owner, steps: [.constructionStarted, .inspections]),
        .archive: Rule(party: .staff([.caseWorker, .supervisor]), steps: [.completed]),
    ]

    /// Decides whether `actor` may take `action` on the case described by `facts`.
    public static func decide(_ action: CaseAction, by actor: Actor, on facts: CaseFacts) -> AccessDecision {
        guard canSee(facts, actor) else { return .hidden }
        guard action != .view, let rule = rules[action] else { return .allowed }
        guard fits(rule.party, actor, facts) else {
            return .forbidden(reason: "Ihre Rolle erlaubt diese Aktion bei diesem Vorgang nicht.")
        }
        guard rule.steps.contains(facts.step) else {
            return .wrongStep(reason: "Im Verfahrensschritt „\(facts.step.germanLabel)“ ist diese Aktion nicht möglich.")
        }
        if action == .approveDecision, facts.decisionDrafterID == actor.userID {
            return .forbidden(reason: "Vier-Augen-Prinzip: Wer den Bescheid entworfen hat, kann ihn nicht freigeben.")
        }
        return .allowed
    }

    /// Decides actions on an authority as a whole (the actor's current one).
    public static func decide(_ action: TenantAction, by actor: Actor) -> AccessDecision {
        let allowed: Bool = switch action {
        case .createCase: actor.kind.filesApplications
        case .listCases: actor.kind.filesApplications || !actor.roles.isEmpty
        case .viewAuditLog: actor.has(.supervisor) || actor.has(.admin)
        case .manageUsers, .manageAgencies: actor.has(.admin)
        }
        return allowed ? .allowed : .forbidden(reason: "Für diese Aktion fehlt Ihnen die Berechtigung.")
    }

    /// Whether the actor may know the case exists at all.
    public static func canSee(_ facts: CaseFacts, _ actor: Actor) -> Bool {
        if isOwner(actor, facts) { return true }
        guard actor.kind == .staff, actor.authorityID == facts.authorityID else { return false }
        if facts.step == .draft { return false }
        if actor.has(.caseWorker) || actor.has(.supervisor) || actor.has(.admin) { return true }
        if actor.has(.inspector), facts.step.isUnderSupervision || facts.step == .decided || facts.step == .archived {
            return true
        }
        if actor.has(.agency), let agency = actor.agencyID, facts.consultedAgencyIDs.contains(agency) { return true }
        return false
    }

    static func isOwner(_ actor: Actor, _ facts: CaseFacts) -> Bool {
        actor.kind.filesApplications && (actor.userID == facts.applicantID || actor.userID == facts.architectID)
    }

    static func fits(_ party: Party, _ actor: Actor, _ facts: CaseFacts) -> Bool {
        switch party {
        case .owner:
            return isOwner(actor, facts)
        case .staff(let roles):
            return actor.authorityID == facts.authorityID && !roles.isDisjoint(with: actor.roles)
        case .consultedAgency:
            guard actor.has(.agency), let agency = actor.agencyID else { return false }
            return actor.authorityID == facts.authorityID && facts.consultedAgencyIDs.contains(agency)
        }
    }
}
