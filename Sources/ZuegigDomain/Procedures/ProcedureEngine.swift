// Interprets a procedure definition: (case facts, action) -> (new step, effects). Pure; the caller
// stores the new step, starts and ends the deadlines and creates the inspection tasks.

public struct ProcedureEngine: Sendable {
    public let procedure: ProcedureDefinition
    public let calculator: DeadlineCalculator

    public init(procedure: ProcedureDefinition, calculator: DeadlineCalculator) {
        self.procedure = procedure
        self.calculator = calculator
    }

    public struct StartedDeadline: Sendable, Hashable {
        public let definition: DeadlineDefinition
        public let startDay: Day
        public let result: DeadlineCalculator.Result
    }

    /// What a transition does.
    public struct Outcome: Sendable, Hashable {
        public let action: CaseAction
        public let from: CaseStep
        public let to: CaseStep
        public let startedDeadlines: [StartedDeadline]
        /// Ids of running deadlines this action meets (ends).
        public let metDeadlines: [String]
        /// Inspections that become due (after the construction start).
        public let inspectionsDue: [InspectionRequirement]
    }

    public enum Refusal: Error, Sendable, Hashable {
        case denied(AccessDecision)
        case guardFailed(TransitionGuard, detail: String)

        public var germanReason: String {
            switch self {
            case .denied(.forbidden(let reason)), .denied(.wrongStep(let reason)): reason
            case .denied: "Dieser Vorgang existiert nicht oder ist für Sie nicht sichtbar."
            case .guardFailed(_, let detail): detail
            }
        }
    }

    /// Applies `action` taken by `actor` on `day` (the authority's calendar day).
    public func apply(_ action: CaseAction, by actor: Actor, on facts: CaseFacts, day: Day) -> Result<Outcome, Refusal> {
        let decision = Permissions.decide(action, by: actor, on: facts, procedure: procedure)
        guard decision == .allowed else { return .failure(.denied(decision)) }
        guard let transition = Permissions.transition(for: action, by: actor, on: facts, procedure: procedure) else {
            return .failure(.denied(.wrongStep(reason: "Keine passende Regel im Verfahren.")))
        }
        for guardName in transition.guards {
            if let detail = failure(of: guardName, actor: actor, facts: facts) {
                return .failure(.guardFailed(guardName, detail: detail))
            }
        }
        let started = procedure.deadlines.filter { $0.startsWith.contains(action) }.map { start($0, on: day) }
        let met = procedure.deadlines.filter { $0.endsWith.contains(action) }.map(\.id)
        let inspections = action == .notifyConstructionStart ? requiredInspections(for: facts) : []
        return .success(Outcome(
            action: action, from: facts.step, to: transition.to ?? facts.step,
            startedDeadlines: started, metDeadlines: met, inspectionsDue: inspections
        ))
    }

    /// Starts a deadline on the day of its action (plus its waiting time).
    public func start(_ definition: DeadlineDefinition, on day: Day) -> StartedDeadline {
        let begins = day.adding(days: definition.startOffsetDays)
        return StartedDeadline(
            definition: definition, startDay: begins,
            result: calculator.lastDay(start: begins, length: definition.length, counting: definition.counting, rule: definition.workingDayRule)
        )
    }

    /// The German reason a guard fails, or nil when it holds.
    func failure(of guardName: TransitionGuard, actor: Actor, facts: CaseFacts) -> String? {
        switch guardName {
        case .requiredDocumentsPresent:
            let missing = missingDocuments(for: facts)
            return missing.isEmpty ? nil : "Es fehlen erforderliche Bauvorlagen: \(missing.map(\.label).joined(separator: ", "))."
        case .decisionDrafted:
            return facts.decisionOutcome == nil ? guardName.germanExplanation : nil
        case .approverIsNotDrafter:
            return facts.decisionDrafterID == actor.userID ? guardName.germanExplanation : nil
        case .permitGranted:
            return facts.decisionOutcome?.grantsPermit == true ? nil : guardName.germanExplanation
        case .inspectionsPassed:
            let open = requiredInspections(for: facts).filter { requirement in
                guard let result = facts.inspectionResults[requirement.kind] else { return true }
                return result == .failed
            }
            return open.isEmpty ? nil : "Noch nicht bestanden: \(open.map(\.kind.germanLabel).joined(separator: ", "))."
        }
    }

    public func requiredDocuments(for facts: CaseFacts) -> [DocumentRequirement] {
        procedure.documents.filter { $0.condition?.holds(buildingClass: facts.buildingClass) ?? true }
    }

    public func missingDocuments(for facts: CaseFacts) -> [DocumentRequirement] {
        requiredDocuments(for: facts).filter { !facts.documentKinds.contains($0.kind) }
    }

    public func requiredInspections(for facts: CaseFacts) -> [InspectionRequirement] {
        procedure.inspections.filter { $0.condition?.holds(buildingClass: facts.buildingClass) ?? true }
    }

    /// Actions the actor could take now (role and step fit; guards may still refuse).
    public func availableActions(for actor: Actor, on facts: CaseFacts) -> [CaseAction] {
        CaseAction.allCases.filter { $0 != .view && Permissions.decide($0, by: actor, on: facts, procedure: procedure) == .allowed }
    }
}
