// The permission rules as a table: role x step x action -> decision.
import Foundation
import Testing
@testable import ZuegigDomain

struct PermissionsTests {
    static let authority = UUID()
    static let otherAuthority = UUID()
    static let applicant = UUID()
    static let agency = UUID()

    enum Who: String, CaseIterable, Sendable {
        case owner, otherApplicant, caseWorker, supervisor, agencyConsulted, agencyNotConsulted, inspector, admin, foreignCaseWorker
    }

    static func actor(_ who: Who, userID: UUID = UUID()) -> Actor {
        switch who {
        case .owner: Actor(userID: applicant, kind: .applicant)
        case .otherApplicant: Actor(userID: userID, kind: .applicant)
        case .caseWorker: Actor(userID: userID, kind: .staff, authorityID: authority, roles: [.caseWorker])
        case .supervisor: Actor(userID: userID, kind: .staff, authorityID: authority, roles: [.supervisor])
        case .agencyConsulted: Actor(userID: userID, kind: .staff, authorityID: authority, roles: [.agency], agencyID: agency)
        case .agencyNotConsulted: Actor(userID: userID, kind: .staff, authorityID: authority, roles: [.agency], agencyID: UUID())
        case .inspector: Actor(userID: userID, kind: .staff, authorityID: authority, roles: [.inspector])
        case .admin: Actor(userID: userID, kind: .staff, authorityID: authority, roles: [.admin])
        case .foreignCaseWorker: Actor(userID: userID, kind: .staff, authorityID: otherAuthority, roles: [.caseWorker, .supervisor, .admin])
        }
    }

    static func facts(_ step: CaseStep, drafter: UUID? = nil) -> CaseFacts {
        CaseFacts(authorityID: authority, applicantID: applicant, step: step, consultedAgencyIDs: [agency], decisionDrafterID: drafter)
    }

    enum Expect: Sendable { case allowed, hidden, forbidden, wrongStep }

    static func matches(_ decision: AccessDecision, _ expect: Expect) -> Bool {
        switch (decision, expect) {
        case (.allowed, .allowed), (.hidden, .hidden), (.forbidden, .forbidden), (.wrongStep, .wrongStep): true
        default: false
        }
    }

    static let table: [(CaseAction, Who, CaseStep, Expect)] = [
        // Visibility
        (.view, .owner, .draft, .allowed),
        (.view, .caseWorker, .draft, .hidden),
        (.view, .caseWorker, .submitted, .allowed),
        (.view, .otherApplicant, .submitted, .hidden),
        (.view, .foreignCaseWorker, .submitted, .hidden),
        (.view, .agencyConsulted, .consultation, .allowed),
        (.view, .agencyNotConsulted, .consultation, .hidden),
        (.view, .inspector, .assessment, .hidden),
        (.view, .inspector, .constructionStarted, .allowed),
        (.view, .admin, .archived, .allowed),
        // Applicant actions
        (.submit, .owner, .draft, .allowed),
        (.submit, .owner, .submitted, .wrongStep),
        (.submit, .caseWorker, .submitted, .forbidden),
        (.editDraft, .otherApplicant, .draft, .hidden),
        (.withdraw, .owner, .assessment, .allowed),
        (.withdraw, .owner, .decided, .wrongStep),
        (.supplyDocuments, .owner, .deficienciesRequested, .allowed),
        (.noticeConstructionStart, .owner, .decided, .allowed),
        (.noticeCompletion, .owner, .inspections, .allowed),
        // Authority actions
        (.checkCompleteness, .caseWorker, .submitted, .allowed),
        (.checkCompleteness, .supervisor, .submitted, .forbidden),
        (.checkCompleteness, .caseWorker, .assessment, .wrongStep),
        (.checkCompleteness, .foreignCaseWorker, .submitted, .hidden),
        (.requestDeficiencies, .caseWorker, .completenessCheck, .allowed),
        (.consultAgencies, .caseWorker, .complete, .allowed),
        (.consultAgencies, .owner, .complete, .forbidden),
        (.submitStatement, .agencyConsulted, .consultation, .allowed),
        (.submitStatement, .agencyConsulted, .assessment, .wrongStep),
        (.submitStatement, .caseWorker, .consultation, .forbidden),
        (.assess, .caseWorker, .consultation, .allowed),
        (.draftDecision, .caseWorker, .assessment, .allowed),
        (.draftDecision, .inspector, .assessment, .hidden),
        (.approveDecision, .supervisor, .decisionDraft, .allowed),
        (.approveDecision, .caseWorker, .decisionDraft, .forbidden),
        (.approveDecision, .supervisor, .assessment, .wrongStep),
        (.recordInspection, .inspector, .constructionStarted, .allowed),
        (.recordInspection, .caseWorker, .constructionStarted, .forbidden),
        (.recordInspection, .inspector, .completed, .wrongStep),
        (.archive, .supervisor, .completed, .allowed),
        (.archive, .owner, .completed, .forbidden),
    ]

    @Test("permission table", arguments: table.indices)
    func permission(row: Int) {
        let (action, who, step, expected) = Self.table[row]
        let decision = Permissions.decide(action, by: Self.actor(who), on: Self.facts(step))
        #expect(Self.matches(decision, expected), "\(action) by \(who) in \(step): got \(decision), expected \(expected)")
    }

    @Test func fourEyesRuleKeepsTheDrafterFromApproving() {
        let supervisor = Self.actor(.supervisor)
        let ownDraft = Permissions.decide(.approveDecision, by: supervisor, on: Self.facts(.decisionDraft, drafter: supervisor.userID))
        let othersDraft = Permissions.decide(.approveDecision, by: supervisor, on: Self.facts(.decisionDraft, drafter: UUID()))
        #expect(Self.matches(ownDraft, .forbidden))
        #expect(othersDraft == .allowed)
    }

    @Test func everyRuleNamesAtLeastOneStepAndEveryActionButViewHasARule() {
        for action in CaseAction.allCases where action != .view {
            let rule = Permissions.rules[action]
            #expect(rule != nil, "no rule for \(action)")
            #expect(rule?.steps.isEmpty == false, "rule for \(action) allows no step")
        }
    }

    @Test("tenant actions", arguments: [
        (TenantAction.createCase, Who.owner, true), (.createCase, .caseWorker, false),
        (.viewAuditLog, .supervisor, true), (.viewAuditLog, .admin, true), (.viewAuditLog, .caseWorker, false),
        (.manageUsers, .admin, true), (.manageUsers, .supervisor, false), (.listCases, .inspector, true),
    ])
    func tenantAction(action: TenantAction, who: Who, allowed: Bool) {
        #expect(Permissions.decide(action, by: Self.actor(who)).isAllowed == allowed)
    }
}
