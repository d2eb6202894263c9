// A planning procedure type as data (Bauleitplanung, Planfeststellung): its participation phases,
// each with the period the law gives and its source. Read from `Procedures/planning/*.yaml`.

public struct PlanningProcedureDefinition: Sendable, Codable, Hashable {
    /// Stable id, e.g. `baugb-bebauungsplan`; stored on every participation.
    public let id: String
    public let name: String
    /// A Land code (`BE`), or `BauGB` / `VwVfG` for federal law (the authority's Land gives the holidays).
    public let jurisdiction: String
    public let legalBasis: String
    public let phases: [PlanningPhase]

    public init(id: String, name: String, jurisdiction: String, legalBasis: String, phases: [PlanningPhase]) {
        self.id = id
        self.name = name
        self.jurisdiction = jurisdiction
        self.legalBasis = legalBasis
        self.phases = phases
    }

    public var land: Land? { Land(rawValue: jurisdiction) }

    /// Federal laws a planning procedure may name instead of a Land; the authority's Land gives the holidays.
    public static let federalLaws: Set<String> = ["BauGB", "VwVfG", "ROG", "UVPG"]

    public func phase(_ id: String) -> PlanningPhase? {
        phases.first { $0.id == id }
    }

    /// Problems that make the definition unusable, each with the path of the offending key.
    public var problems: [ProcedureValidator.Problem] {
        var problems: [ProcedureValidator.Problem] = []
        if id.isEmpty || !id.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }) {
            problems.append(.init(path: ["id"], message: "id must be lower-case letters, digits and '-'"))
        }
        if legalBasis.isEmpty { problems.append(.init(path: ["legalBasis"], message: "legal basis is missing")) }
        if land == nil && !Self.federalLaws.contains(jurisdiction) {
            problems.append(.init(path: ["jurisdiction"], message: "unknown jurisdiction '\(jurisdiction)' (use BauGB, VwVfG or a Land code such as BE)"))
        }
        if phases.isEmpty { problems.append(.init(path: ["phases"], message: "a planning procedure needs at least one phase")) }
        var seen: Set<String> = []
        for (index, phase) in phases.enumerated() {
            let path = ["phases", String(index)]
            if !seen.insert(phase.id).inserted { problems.append(.init(path: path + ["id"], message: "the phase id '\(phase.id)' is used twice")) }
            if phase.id.isEmpty { problems.append(.init(path: path + ["id"], message: "the phase id is empty")) }
            if phase.label.isEmpty { problems.append(.init(path: path + ["label"], message: "the phase needs a label")) }
            if phase.length.value <= 0 { problems.append(.init(path: path + ["length"], message: "the period must be longer than zero")) }
            if phase.minimumDays < 0 { problems.append(.init(path: path + ["minimumDays"], message: "minimumDays cannot be negative")) }
            if phase.extensionDays < 0 { problems.append(.init(path: path + ["extensionDays"], message: "extensionDays cannot be negative")) }
            if phase.legalBasis.isEmpty { problems.append(.init(path: path + ["legalBasis"], message: "legal basis is missing")) }
        }
        return problems
    }
}
