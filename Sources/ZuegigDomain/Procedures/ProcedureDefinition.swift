// A procedure type as data (one YAML file per procedure and Land): steps, transitions, deadlines,
// required documents, fees and inspections. The engine interprets it; no procedure lives in code.

public struct ProcedureDefinition: Sendable, Codable, Hashable {
    /// Stable id, e.g. `be-vereinfacht`; stored on every case.
    public let id: String
    public let name: String
    /// A Land code (`BE`), or `MBO` for the model code (then the authority's own Land gives the holidays).
    public let jurisdiction: String
    public let legalBasis: String
    public let steps: [StepDefinition]
    public let transitions: [TransitionDefinition]
    public let deadlines: [DeadlineDefinition]
    public let documents: [DocumentRequirement]
    public let fee: FeeRule
    public let inspections: [InspectionRequirement]

    public init(
        id: String, name: String, jurisdiction: String, legalBasis: String, steps: [StepDefinition],
        transitions: [TransitionDefinition], deadlines: [DeadlineDefinition] = [], documents: [DocumentRequirement] = [],
        fee: FeeRule, inspections: [InspectionRequirement] = []
    ) {
        self.id = id
        self.name = name
        self.jurisdiction = jurisdiction
        self.legalBasis = legalBasis
        self.steps = steps
        self.transitions = transitions
        self.deadlines = deadlines
        self.documents = documents
        self.fee = fee
        self.inspections = inspections
    }

    /// The Land whose calendar applies, if the definition is bound to one.
    public var land: Land? { Land(rawValue: jurisdiction) }

    public func transitions(for action: CaseAction) -> [TransitionDefinition] {
        transitions.filter { $0.action == action }
    }

    public func label(of step: CaseStep) -> String {
        steps.first { $0.id == step }?.label ?? step.germanLabel
    }
}

public struct StepDefinition: Sendable, Codable, Hashable {
    public let id: CaseStep
    public let label: String?

    public init(id: CaseStep, label: String? = nil) {
        self.id = id
        self.label = label
    }
}

/// Who may take a transition.
public enum Party: String, Sendable, Codable, Hashable, CaseIterable {
    /// The applicant or architect of the case.
    case applicant
    case caseWorker
    case supervisor
    /// A member of an agency consulted on the case.
    case agency
    case inspector
    case admin
}

/// Named conditions a transition checks on the case before it may happen.
public enum TransitionGuard: String, Sendable, Codable, Hashable, CaseIterable {
    /// Every required document kind (conditions applied) has at least one upload.
    case requiredDocumentsPresent
    /// A decision has been drafted.
    case decisionDrafted
    /// Four-eyes rule: the approver did not draft the decision.
    case approverIsNotDrafter
    /// The issued decision grants the permit (approve / approve with conditions).
    case permitGranted
    /// Every inspection the procedure requires has a recorded result that is not `failed`.
    case inspectionsPassed

    public var germanExplanation: String {
        switch self {
        case .requiredDocumentsPresent: "Es fehlen erforderliche Bauvorlagen."
        case .decisionDrafted: "Es liegt noch kein Bescheidentwurf vor."
        case .approverIsNotDrafter: "Vier-Augen-Prinzip: Wer den Bescheid entworfen hat, kann ihn nicht freigeben."
        case .permitGranted: "Der Bescheid erteilt keine Baugenehmigung."
        case .inspectionsPassed: "Nicht alle vorgeschriebenen Abnahmen sind bestanden."
        }
    }
}

public struct TransitionDefinition: Sendable, Codable, Hashable {
    public let action: CaseAction
    public let from: [CaseStep]
    /// The step after the action; nil when the action keeps the step (e.g. an agency's statement).
    public let to: CaseStep?
    public let by: [Party]
    public let guards: [TransitionGuard]

    public init(action: CaseAction, from: [CaseStep], to: CaseStep?, by: [Party], guards: [TransitionGuard] = []) {
        self.action = action
        self.from = from
        self.to = to
        self.by = by
        self.guards = guards
    }

    enum CodingKeys: String, CodingKey {
        case action, from, to, by, guards
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        action = try container.decode(CaseAction.self, forKey: .action)
        from = try container.decode([CaseStep].self, forKey: .from)
        to = try container.decodeIfPresent(CaseStep.self, forKey: .to)
        by = try container.decode([Party].self, forKey: .by)
        guards = try container.decodeIfPresent([TransitionGuard].self, forKey: .guards) ?? []
    }
}

/// What happens when a deadline passes without its ending action.
public enum DeadlineExpiry: String, Sendable, Codable, Hashable {
    /// Only reminders and the overdue mark in the inbox.
    case remind
    /// The permit is deemed granted (Genehmigungsfiktion) where the law provides it.
    case deemedApproval
    /// An agency's consent is deemed given.
    case deemedConsent
    /// The application is deemed complete (e.g. § 69 Abs. 4 BauO Bln).
    case deemedComplete
    /// The application is deemed withdrawn (deficiencies not remedied in time).
    case deemedWithdrawn

    public var germanLabel: String {
        switch self {
        case .remind: "Erinnerung"
        case .deemedApproval: "Genehmigungsfiktion"
        case .deemedConsent: "Zustimmung gilt als erteilt"
        case .deemedComplete: "Antrag gilt als vollständig"
        case .deemedWithdrawn: "Antrag gilt als zurückgenommen"
        }
    }
}

public struct DeadlineDefinition: Sendable, Codable, Hashable {
    public let id: String
    public let label: String
    /// The actions whose date starts (or restarts) the period.
    public let startsWith: [CaseAction]
    /// A waiting time after the action before the period begins (e.g. "three weeks after receipt").
    public let startOffsetDays: Int
    /// Actions that end (meet) the period.
    public let endsWith: [CaseAction]
    public let length: DeadlineLength
    public let counting: DeadlineCounting
    public let workingDayRule: WorkingDayRule
    public let legalBasis: String
    public let reminderDaysBefore: [Int]
    public let onExpiry: DeadlineExpiry
    /// Deadlines owed to the applicant run against the applicant; others against the authority.
    public let owedBy: DeadlineParty

    public enum DeadlineParty: String, Sendable, Codable, Hashable {
        case authority, applicant, agency
    }

    public init(
        id: String, label: String, startsWith: [CaseAction], endsWith: [CaseAction], length: DeadlineLength,
        counting: DeadlineCounting = .fromEvent, workingDayRule: WorkingDayRule = .nextWorkingDay, legalBasis: String,
        reminderDaysBefore: [Int] = [], onExpiry: DeadlineExpiry = .remind, owedBy: DeadlineParty = .authority, startOffsetDays: Int = 0
    ) {
        self.id = id
        self.label = label
        self.startsWith = startsWith
        self.startOffsetDays = startOffsetDays
        self.endsWith = endsWith
        self.length = length
        self.counting = counting
        self.workingDayRule = workingDayRule
        self.legalBasis = legalBasis
        self.reminderDaysBefore = reminderDaysBefore
        self.onExpiry = onExpiry
        self.owedBy = owedBy
    }

    enum CodingKeys: String, CodingKey {
        case id, label, startsWith, startOffsetDays, endsWith, length, counting, workingDayRule, legalBasis, reminderDaysBefore, onExpiry, owedBy
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        label = try container.decode(String.self, forKey: .label)
        startsWith = try container.decode([CaseAction].self, forKey: .startsWith)
        startOffsetDays = try container.decodeIfPresent(Int.self, forKey: .startOffsetDays) ?? 0
        endsWith = try container.decodeIfPresent([CaseAction].self, forKey: .endsWith) ?? []
        length = try container.decode(DeadlineLength.self, forKey: .length)
        counting = try container.decodeIfPresent(DeadlineCounting.self, forKey: .counting) ?? .fromEvent
        workingDayRule = try container.decodeIfPresent(WorkingDayRule.self, forKey: .workingDayRule) ?? .nextWorkingDay
        legalBasis = try container.decode(String.self, forKey: .legalBasis)
        reminderDaysBefore = try container.decodeIfPresent([Int].self, forKey: .reminderDaysBefore) ?? []
        onExpiry = try container.decodeIfPresent(DeadlineExpiry.self, forKey: .onExpiry) ?? .remind
        owedBy = try container.decodeIfPresent(DeadlineParty.self, forKey: .owedBy) ?? .authority
    }
}

/// A condition on the project, e.g. only for building classes 4-5.
public struct ProjectCondition: Sendable, Codable, Hashable {
    public let buildingClassAtLeast: Int?
    public let buildingClassAtMost: Int?

    public init(buildingClassAtLeast: Int? = nil, buildingClassAtMost: Int? = nil) {
        self.buildingClassAtLeast = buildingClassAtLeast
        self.buildingClassAtMost = buildingClassAtMost
    }

    public func holds(buildingClass: Int?) -> Bool {
        guard let buildingClass else { return buildingClassAtLeast == nil && buildingClassAtMost == nil }
        if let least = buildingClassAtLeast, buildingClass < least { return false }
        if let most = buildingClassAtMost, buildingClass > most { return false }
        return true
    }

    public var germanDescription: String {
        switch (buildingClassAtLeast, buildingClassAtMost) {
        case let (least?, most?): "nur für Gebäudeklassen \(least) bis \(most)"
        case let (least?, nil): "nur ab Gebäudeklasse \(least)"
        case let (nil, most?): "nur bis Gebäudeklasse \(most)"
        case (nil, nil): "immer"
        }
    }
}

public struct DocumentRequirement: Sendable, Codable, Hashable {
    /// The document kind (see DocumentKind), e.g. `lageplan`.
    public let kind: String
    public let label: String
    public let legalBasis: String
    public let condition: ProjectCondition?

    public init(kind: String, label: String, legalBasis: String, condition: ProjectCondition? = nil) {
        self.kind = kind
        self.label = label
        self.legalBasis = legalBasis
        self.condition = condition
    }
}

public struct InspectionRequirement: Sendable, Codable, Hashable {
    public enum Kind: String, Sendable, Codable, Hashable, CaseIterable {
        case shell, final

        public var germanLabel: String {
            switch self {
            case .shell: "Rohbauabnahme"
            case .final: "Schlussabnahme"
            }
        }
    }

    public let kind: Kind
    public let legalBasis: String
    public let condition: ProjectCondition?

    public init(kind: Kind, legalBasis: String, condition: ProjectCondition? = nil) {
        self.kind = kind
        self.legalBasis = legalBasis
        self.condition = condition
    }
}
