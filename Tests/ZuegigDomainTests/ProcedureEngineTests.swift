// The engine: transitions with guards, deadlines started and met, inspections due, fees.
import Foundation
import Testing
@testable import ZuegigDomain

struct ProcedureEngineTests {
    let engine = ProcedureEngine(procedure: PermissionsTests.procedure, calculator: DeadlineCalculator(land: .BE))
    let monday = day("2026-03-02")

    func facts(_ step: CaseStep, documents: Set<String> = [], buildingClass: Int? = 3, drafter: UUID? = nil,
               outcome: DecisionOutcome? = nil, inspections: [InspectionRequirement.Kind: InspectionResult] = [:]) -> CaseFacts {
        CaseFacts(authorityID: PermissionsTests.authority, applicantID: PermissionsTests.applicant, step: step,
                  consultedAgencyIDs: [PermissionsTests.agency], decisionDrafterID: drafter, decisionOutcome: outcome,
                  buildingClass: buildingClass, documentKinds: documents, inspectionResults: inspections)
    }

    @Test func markCompleteNeedsTheRequiredDocumentsOfTheBuildingClass() {
        let worker = PermissionsTests.actor(.caseWorker)
        guard case .failure(.guardFailed(.requiredDocumentsPresent, let detail)) = engine.apply(.markComplete, by: worker, on: facts(.submitted), day: monday) else {
            Issue.record("a case without its Lageplan was marked complete")
            return
        }
        #expect(detail.contains("Lageplan"))
        #expect((try? engine.apply(.markComplete, by: worker, on: facts(.submitted, documents: ["lageplan"]), day: monday).get())?.to == .complete)
        // Building class 4 also needs the fire-safety proof.
        let classFour = engine.apply(.markComplete, by: worker, on: facts(.submitted, documents: ["lageplan"], buildingClass: 4), day: monday)
        #expect((try? classFour.get()) == nil)
    }

    @Test func theDrafterCannotApproveButAnotherSupervisorCan() {
        let supervisor = PermissionsTests.actor(.supervisor)
        let own = engine.apply(.approveDecision, by: supervisor, on: facts(.decisionDraft, drafter: supervisor.userID, outcome: .approve), day: monday)
        #expect(own == .failure(.guardFailed(.approverIsNotDrafter, detail: TransitionGuard.approverIsNotDrafter.germanExplanation)))
        let other = engine.apply(.approveDecision, by: supervisor, on: facts(.decisionDraft, drafter: UUID(), outcome: .approve), day: monday)
        #expect((try? other.get())?.to == .decided)
    }

    @Test func constructionStartNeedsAGrantedPermitAndMakesInspectionsDue() {
        let owner = PermissionsTests.actor(.owner)
        #expect((try? engine.apply(.notifyConstructionStart, by: owner, on: facts(.decided, outcome: .reject), day: monday).get()) == nil)
        let started = try? engine.apply(.notifyConstructionStart, by: owner, on: facts(.decided, outcome: .approveWithConditions), day: monday).get()
        #expect(started?.inspectionsDue.map(\.kind) == [.shell, .final])
    }

    @Test func completionNeedsEveryInspectionPassed() {
        let owner = PermissionsTests.actor(.owner)
        let failedFinal = facts(.inspections, inspections: [.shell: .passed, .final: .failed])
        guard case .failure(.guardFailed(.inspectionsPassed, let detail)) = engine.apply(.notifyCompletion, by: owner, on: failedFinal, day: monday) else {
            Issue.record("completion with a failed final inspection")
            return
        }
        #expect(detail.contains("Schlussabnahme"))
        let passed = facts(.inspections, inspections: [.shell: .passedWithDefects, .final: .passed])
        #expect((try? engine.apply(.notifyCompletion, by: owner, on: passed, day: monday).get())?.to == .completed)
    }

    @Test func wrongRolesAndStepsAreRefusedWithReasons() {
        let result = engine.apply(.approveDecision, by: PermissionsTests.actor(.caseWorker), on: facts(.decisionDraft, drafter: UUID()), day: monday)
        guard case .failure(let refusal) = result, case .denied(.forbidden) = refusal else {
            Issue.record("a case worker approved a decision")
            return
        }
        #expect(refusal.germanReason.contains("Rolle"))
        let wrongStep = engine.apply(.submit, by: PermissionsTests.actor(.owner), on: facts(.assessment), day: monday)
        guard case .failure(.denied(.wrongStep(let reason))) = wrongStep else {
            Issue.record("submitted twice")
            return
        }
        #expect(reason.contains("Prüfung"))
    }

    @Test func deadlinesStartWithTheirActionAndHonourTheWaitingTime() {
        let definition = DeadlineDefinition(
            id: "fiction", label: "Genehmigungsfiktion", startsWith: [.submit], endsWith: [.approveDecision],
            length: DeadlineLength(3, .months), legalBasis: "§ 42a VwVfG", onExpiry: .deemedApproval, startOffsetDays: 21
        )
        let started = engine.start(definition, on: day("2026-01-09"))
        #expect(started.startDay == day("2026-01-30"))
        #expect(started.result.lastDay == day("2026-04-30"))
    }
}

struct FeeRuleTests {
    let rule = FeeRule(perMille: 5, minimumEuros: 100, maximumEuros: 50_000, legalBasis: "Tarifstelle 1")

    @Test("fees", arguments: [
        (35_000_000, 175_000, "5 ‰ von 350.000,00 € = 1.750,00 € (Tarifstelle 1)"),
        (1_000_000, 10_000, "5 ‰ von 10.000,00 € = 50,00 €; Mindestgebühr 100,00 € (Tarifstelle 1)"),
        (2_000_000_000, 5_000_000, "5 ‰ von 20.000.000,00 € = 100.000,00 €; Höchstgebühr 50.000,00 € (Tarifstelle 1)"),
        (12_345_67, 10_000, "5 ‰ von 12.345,67 € = 61,73 €; Mindestgebühr 100,00 € (Tarifstelle 1)"),
    ])
    func fee(costCents: Int, expectedCents: Int, explanation: String) {
        let result = rule.calculate(constructionCostCents: costCents)
        #expect(result.amountCents == expectedCents)
        #expect(result.explanation == explanation)
    }

    @Test func roundsHalfCentsCommercially() {
        let rule = FeeRule(perMille: 2.5, minimumEuros: 0, legalBasis: "T")
        #expect(rule.calculate(constructionCostCents: 101).amountCents == 0)
        #expect(rule.calculate(constructionCostCents: 2_000).amountCents == 5)
        #expect(rule.calculate(constructionCostCents: 1_234_567).amountCents == 3_086)
    }
}
