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

    /// The transitions of the shipped procedures, written out here so the table does not depend on files.
    static let procedure = ProcedureDefinition(
        id: "test", name: "Testverfahren", jurisdiction: "BE", legalBasis: "Test",
        steps: CaseStep.allCases.map { StepDefinition(id: $0) },
        transitions: [
            TransitionDefinition(action: .updateDraft, from: [.draft], to: nil, by: [.applicant]),
            TransitionDefinition(action: .uploadDocument, from: [.draft, .deficienciesRequested], to: nil, by: [.applicant]),
            TransitionDefinition(action: .uploadDocument, from: [.submitted, .complete], to: nil, by: [.caseWorker]),
            TransitionDefinition(action: .submit, from: [.draft], to: .submitted, by: [.applicant]),
            TransitionDefinition(action: .withdraw, from: [.draft, .submitted, .deficienciesRequested, .complete, .consultation, .assessment, .decisionDraft], to: .withdrawn, by: [.applicant]),
            TransitionDefinition(action: .requestDeficiencies, from: [.submitted], to: .deficienciesRequested, by: [.caseWorker]),
            TransitionDefinition(action: .supplyDocuments, from: [.deficienciesRequested], to: .submitted, by: [.applicant]),
            TransitionDefinition(action: .markComplete, from: [.submitted], to: .complete, by: [.caseWorker], guards: [.requiredDocumentsPresent]),
            TransitionDefinition(action: .startConsultation, from: [.complete, .consultation], to: .consultation, by: [.caseWorker]),
            TransitionDefinition(action: .submitStatement, from: [.consultation, .assessment], to: nil, by: [.agency]),
            TransitionDefinition(action: .assess, from: [.complete, .consultation, .assessment], to: .assessment, by: [.caseWorker]),
            TransitionDefinition(action: .draftDecision, from: [.assessment, .decisionDraft], to: .decisionDraft, by: [.caseWorker]),
            TransitionDefinition(action: .approveDecision, from: [.decisionDraft], to: .decided, by: [.supervisor], guards: [.decisionDrafted, .approverIsNotDrafter]),
            TransitionDefinition(action: .notifyConstructionStart, from: [.decided], to: .constructionStarted, by: [.applicant], guards: [.permitGranted]),
            TransitionDefinition(action: .recordInspection, from: [.constructionStarted, .inspections], to: .inspections, by: [.inspector]),
            TransitionDefinition(action: .notifyCompletion, from: [.inspections], to: .completed, by: [.applicant], guards: [.inspectionsPassed]),
            TransitionDefinition(action: .archive, from: [.completed, .withdrawn], to: .archived, by: [.caseWorker, .supervisor]),
        ],
        documents: [DocumentRequirement(kind: "lageplan", label: "Lageplan", legalBasis: "§ 7"),
                    DocumentRequirement(kind: "brandschutznachweis", label: "Brandschutznachweis", legalBasis: "§ 11", condition: ProjectCondition(buildingClassAtLeast: 4))],
        fee: FeeRule(perMille: 5, minimumEuros: 100, legalBasis: "Test"),
        inspections: [InspectionRequirement(kind: .shell, legalBasis: "§ 82"), InspectionRequirement(kind: .final, legalBasis: "§ 82")]
    )

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
        (.updateDraft, .otherApplicant, .draft, .hidden),
        (.updateDraft, .owner, .submitted, .wrongStep),
        (.withdraw, .owner, .assessment, .allowed),
        (.withdraw, .owner, .decided, .wrongStep),
        (.supplyDocuments, .owner, .deficienciesRequested, .allowed),
        (.uploadDocument, .owner, .deficienciesRequested, .allowed),
        (.uploadDocument, .owner, .submitted, .wrongStep),
        (.uploadDocument, .caseWorker, .submitted, .allowed),
        (.uploadDocument, .caseWorker, .draft, .hidden),
        (.notifyConstructionStart, .owner, .decided, .allowed),
        (.notifyCompletion, .owner, .inspections, .allowed),
        // Authority actions
        (.markComplete, .caseWorker, .submitted, .allowed),
        (.markComplete, .supervisor, .submitted, .forbidden),
        (.markComplete, .caseWorker, .assessment, .wrongStep),
        (.markComplete, .foreignCaseWorker, .submitted, .hidden),
        (.requestDeficiencies, .caseWorker, .submitted, .allowed),
        (.startConsultation, .caseWorker, .complete, .allowed),
        (.startConsultation, .owner, .complete, .forbidden),
        (.submitStatement, .agencyConsulted, .consultation, .allowed),
        (.submitStatement, .agencyConsulted, .decided, .wrongStep),
        (.submitStatement, .agencyConsulted, .assessment, .allowed),
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
        let decision = Permissions.decide(action, by: Self.actor(who), on: Self.facts(step), procedure: Self.procedure)
        #expect(Self.matches(decision, expected), "\(action) by \(who) in \(step): got \(decision), expected \(expected)")
    }

    @Test func theTestProcedureIsValidAndCoversEveryAction() {
        #expect(ProcedureValidator.problems(in: Self.procedure).isEmpty)
        for action in CaseAction.allCases where action != .view {
            #expect(!Self.procedure.transitions(for: action).isEmpty, "no transition for \(action)")
        }
    }

    @Test("tenant actions", arguments: [
        (TenantAction.createCase, Who.owner, true), (.createCase, .caseWorker, false),
        (.viewAuditLog, .supervisor, true), (.viewAuditLog, .admin, true), (.viewAuditLog, .caseWorker, false), (.editTemplates, .admin, true), (.editTemplates, .caseWorker, false),
        (.manageUsers, .admin, true), (.manageUsers, .supervisor, false), (.listCases, .inspector, true),
    ])
    func tenantAction(action: TenantAction, who: Who, allowed: Bool) {
        #expect(Permissions.decide(action, by: Self.actor(who)).isAllowed == allowed)
    }
}
